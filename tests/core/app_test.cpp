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

// A reply that reports a bad or unknown argument means nothing changed: not the journal
// (revision and stored document as they were) and not a running session.
TEST(AppProtocol, ARefusedArgumentChangesNothing) {
  auto app = open_app();
  json answers = json::object();
  const json questions = call(*app, R"({"cmd":"screening.questions"})");
  for (const json& q : questions["result"]["questions"])
    if (q["role"] == "red_flag") answers[q["id"].get<std::string>()] = "no";
  answers["age"] = 40;
  answers["weeks_since_onset"] = 30;
  ASSERT_EQ(app->call(json{{"cmd", "screening.evaluate"}, {"answers", answers}, {"date", "2026-11-16"},
                           {"save", true}})["ok"], true);
  const auto document = [&] { return call(*app, R"({"cmd":"document.get"})")["result"]; };
  const json before = document();
  const char* refused[] = {
      R"({"cmd":"journal.add","entry":{"type":"checkin","date":"2026-11-16","pain":3},"typo":1})",
      R"({"cmd":"checklist.tick","date":"2026-11-16","habit":"walk","ticked":true,"typo":1})",
      R"({"cmd":"settings.set","voice":false,"tones":"loud"})",
      R"({"cmd":"settings.set","voice":false,"typo":1})",
      R"({"cmd":"screening.evaluate","answers":{},"date":"2026-11-16","save":true,"typo":1})",
      R"({"cmd":"document.reset","confirm":"delete everything","typo":1})",
      R"({"cmd":"document.import","text":"{}","mode":"replace","typo":1})",
      R"({"cmd":"session.start","date":"2026-11-16","now":1000,"reduced_motion":"yes"})",
      R"({"cmd":"session.start","date":"2026-11-16","now":1000,"typo":1})",
  };
  for (const char* request : refused) {
    const json reply = call(*app, request);
    EXPECT_EQ(reply["error"]["code"], "invalid_argument") << request;
    EXPECT_EQ(document(), before) << request;
  }
  EXPECT_EQ(call(*app, R"({"cmd":"session.view","now":2000})")["error"]["code"], "no_session")
      << "no session was started";

  // A running session does not move on (or end) on a refused argument either.
  const json started = call(*app, R"({"cmd":"session.start","date":"2026-11-16","now":1000})");
  ASSERT_EQ(started["ok"], true) << started.dump();
  for (const char* request : {R"({"cmd":"session.skip","now":2000,"reduced_motion":"yes"})",
                              R"({"cmd":"session.hurts","now":2000,"typo":1})",
                              R"({"cmd":"session.cancel","typo":1})"}) {
    EXPECT_EQ(call(*app, request)["error"]["code"], "invalid_argument") << request;
    const json view = call(*app, R"({"cmd":"session.view","now":2000})")["result"];
    EXPECT_EQ(view["item"], 0) << request;
    EXPECT_EQ(view["state"], "running") << request;
  }
}

TEST(AppProtocol, CommandsAreListedSorted) {
  const auto names = App::commands();
  EXPECT_TRUE(std::is_sorted(names.begin(), names.end()));
  EXPECT_NE(std::find(names.begin(), names.end(), "about"), names.end());
}

}  // namespace
}  // namespace limber
