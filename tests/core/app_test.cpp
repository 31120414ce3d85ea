#include "limber/app.h"

#include <gtest/gtest.h>

#include "json_read.h"

namespace limber {
namespace {

using json = limber::Json;

std::unique_ptr<App> open_app() {
  std::string error;
  auto app = App::open({embedded_assets(), ""}, &error);
  EXPECT_TRUE(app) << error;
  return app;
}

json call(App& app, std::string_view request) {
  auto reply = json_read::parse(app.call(request), nullptr);
  EXPECT_TRUE(reply.has_value()) << "every reply is JSON: " << request;
  return reply ? *reply : json();
}

TEST(AppProtocol, AboutAnswersWithTheProtocolVersion) {
  auto app = open_app();
  const json reply = call(*app, R"({"cmd":"about"})");
  EXPECT_EQ(reply["protocol"], kProtocolVersion);
  EXPECT_EQ(reply["ok"], true);
  EXPECT_EQ(reply["result"]["name"], "Limber");
  EXPECT_GT(reply["result"]["asset_files"].get<int>(), 0);
}

TEST(AppProtocol, BadRequestsGetAClearCodeNeverACrash) {
  auto app = open_app();
  struct Case {
    std::string request;
    const char* code;
  } cases[] = {
      {"", "bad_json"},
      {"{", "bad_json"},
      {"[1,2]", "bad_request"},
      {"42", "bad_request"},
      {R"({"command":"about"})", "bad_request"},
      {R"({"cmd":7})", "bad_request"},
      {R"({"cmd":"no_such_thing"})", "unknown_command"},
      {R"({"cmd":"about","extra":1})", "invalid_argument"},
      {std::string(80, '[') + std::string(80, ']'), "bad_json"},
      {"{\"cmd\":\"about\xff\"}", "bad_json"},
  };
  for (const Case& c : cases) {
    const json reply = call(*app, c.request);
    EXPECT_EQ(reply["protocol"], kProtocolVersion) << c.request;
    EXPECT_EQ(reply["ok"], false) << c.request;
    EXPECT_EQ(reply["error"]["code"], c.code) << c.request;
    EXPECT_FALSE(reply["error"]["message"].get<std::string>().empty()) << c.request;
  }
}

TEST(AppProtocol, UnknownFieldsAreNamed) {
  auto app = open_app();
  const json reply = call(*app, R"({"cmd":"about","verbose":true})");
  EXPECT_NE(reply["error"]["message"].get<std::string>().find("verbose"), std::string::npos);
}

TEST(AppProtocol, CommandsAreListedSorted) {
  const auto names = App::commands();
  EXPECT_TRUE(std::is_sorted(names.begin(), names.end()));
  EXPECT_NE(std::find(names.begin(), names.end(), "about"), names.end());
}

}  // namespace
}  // namespace limber
