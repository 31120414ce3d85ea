// The protocol reference in core/README.md is the one generated from the command table, so
// a command cannot be added, renamed or removed without its documentation following.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "limber/app.h"

namespace limber {
namespace {

TEST(ProtocolDoc, ReadmeCarriesTheGeneratedReference) {
  std::ifstream in(std::string(LIMBER_SOURCE_DIR) + "/core/README.md");
  ASSERT_TRUE(in.is_open()) << "core/README.md";
  std::stringstream text;
  text << in.rdbuf();
  const std::string readme = text.str();
  const std::string begin = "<!-- protocol-reference:begin -->\n";
  const std::string end = "<!-- protocol-reference:end -->";
  const auto from = readme.find(begin);
  const auto to = readme.find(end);
  ASSERT_NE(from, std::string::npos);
  ASSERT_NE(to, std::string::npos);
  std::string documented = readme.substr(from + begin.size(), to - from - begin.size());
#ifdef LIMBER_NO_FIGURE_SHAPES
  // The README documents the full core; the web core leaves this one command out.
  const auto row = documented.find("| `figure.shapes` |");
  ASSERT_NE(row, std::string::npos);
  documented.erase(row, documented.find('\n', row) + 1 - row);
#endif
  EXPECT_EQ(documented, App::protocol_reference())
      << "core/README.md is out of date: paste the output of `limber-cli protocol` between "
         "the protocol-reference markers";
  for (const std::string& name : App::commands())
    EXPECT_NE(documented.find("| `" + name + "` |"), std::string::npos) << name;
}

}  // namespace
}  // namespace limber
