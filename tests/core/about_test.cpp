#include <gtest/gtest.h>

#include "limber/about.h"
#include "limber/version.h"

namespace limber {
namespace {

TEST(About, CountsTheContentItWasGiven) {
  const Assets assets = {{"a.json", "{}"}, {"b/c.json", "[1,2]"}};
  const About a = about(assets);
  EXPECT_EQ(a.asset_files, 2);
  EXPECT_EQ(a.asset_bytes, 7u);
  EXPECT_EQ(a.version, version());
}

TEST(About, EmbeddedAssetsMatchTheSourceFolder) {
  // The build embeds every file in assets/ (README.md excepted); none may be lost or empty.
  const Assets& assets = embedded_assets();
  EXPECT_FALSE(assets.empty());
  for (const auto& [path, bytes] : assets) {
    EXPECT_FALSE(bytes.empty()) << path;
    EXPECT_EQ(path.find('\\'), std::string::npos) << path;
  }
}

TEST(AssetPaths, ListsOneFolderBySuffix) {
  const Assets assets = {{"exercises/a.json", ""}, {"exercises/b.txt", ""},
                         {"exercises/c.json", ""}, {"screening/q.json", ""},
                         {"exercisesX/d.json", ""}};
  EXPECT_EQ(asset_paths(assets, "exercises/"),
            (std::vector<std::string>{"exercises/a.json", "exercises/c.json"}));
}

}  // namespace
}  // namespace limber
