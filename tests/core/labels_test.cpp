// The vocabulary's everyday words (assets/labels.json): complete, nothing extra, and what the
// shells get from catalogue.vocabulary.
#include "limber/labels.h"

#include <gtest/gtest.h>

#include "limber/app.h"
#include "limber/catalogue.h"

namespace limber {
namespace {

Labels load_edited(const std::function<void(Json&)>& change, Problems& problems) {
  Assets assets = embedded_assets();
  Json doc = *Json::parse(assets[labels_path()], nullptr);
  change(doc);
  assets[labels_path()] = doc.dump();
  return load_labels(assets, problems);
}

TEST(Labels, ShippedWordsCoverEveryValue) {
  Problems problems;
  const Labels labels = load_labels(embedded_assets(), problems);
  EXPECT_TRUE(problems.empty()) << to_string(problems);
  for (const std::string& v : names<Region>()) EXPECT_FALSE(labels.of("region", v).empty()) << v;
  for (const std::string& v : names<Position>())
    EXPECT_FALSE(labels.of("position", v).empty()) << v;
  EXPECT_EQ(labels.of("region", "hip_flexors"), "Front of the hip");
  EXPECT_EQ(labels.of("level", "3"), "Harder");
  for (const char* kind : {"strength", "stretch", "gentle", "locked"})
    EXPECT_FALSE(labels.of("day_kind", kind).empty()) << kind;
  EXPECT_EQ(labels.of("region", "elbow"), "");
  EXPECT_EQ(labels.of("step", "get_ready"), "Get ready");
  EXPECT_EQ(labels.of("side", "right"), "Right side");
  EXPECT_EQ(labels.of("side", "none"), "") << "a step without a side has no words";
}

TEST(Labels, EveryMistakeIsNamed) {
  const struct {
    const char* what;
    std::function<void(Json&)> change;
    const char* field;
    const char* message;
  } cases[] = {
      {"missing", [](Json& d) { d["region"].erase("calves"); }, "region.calves", "is required"},
      {"extra", [](Json& d) { d["position"]["hanging"] = "Hanging"; }, "position.hanging",
       "not a known field"},
      {"empty", [](Json& d) { d["equipment"]["band"] = ""; }, "equipment.band", "must not be empty"},
      {"too long", [](Json& d) { d["plane"]["frontal"] = std::string(41, 'x'); }, "plane.frontal",
       "at most 40"},
      {"no vocabulary", [](Json& d) { d.erase("level"); }, "level", "is required"},
      {"unknown vocabulary", [](Json& d) { d["colour"] = Json::object(); }, "colour",
       "not a known field"},
      {"no step label", [](Json& d) { d["step"].erase("rest"); }, "step.rest", "is required"},
      {"no side label", [](Json& d) { d["side"].erase("left"); }, "side.left", "is required"},
      {"words for no side", [](Json& d) { d["side"]["none"] = "Both"; }, "side.none",
       "not a known field"},
      {"no step vocabulary", [](Json& d) { d.erase("step"); }, "step", "is required"},
  };
  for (const auto& c : cases) {
    Problems problems;
    load_edited(c.change, problems);
    ASSERT_EQ(problems.size(), 1u) << c.what << ": " << to_string(problems);
    EXPECT_EQ(problems[0].file, "labels.json") << c.what;
    EXPECT_EQ(problems[0].field, c.field) << c.what;
    EXPECT_NE(problems[0].message.find(c.message), std::string::npos)
        << c.what << ": " << problems[0].message;
  }
}

TEST(Labels, TheVocabularyCommandCarriesThem) {
  std::string error;
  auto app = App::open({embedded_assets(), ""}, &error);
  ASSERT_TRUE(app) << error;
  const auto reply = Json::parse(app->call(std::string_view(R"({"cmd":"catalogue.vocabulary"})")), nullptr);
  ASSERT_TRUE(reply);
  const Json& result = (*reply)["result"];
  for (const char* vocabulary : {"region", "category", "position", "equipment", "plane"})
    for (const Json& value : result[vocabulary])
      EXPECT_TRUE(result["labels"][vocabulary][value.as_string()].is_string())
          << vocabulary << " " << value.as_string();
  EXPECT_EQ(result["labels"]["level"]["1"], "Easy");
}

TEST(Labels, PlanDaysSayTheirKindInWords) {
  std::string error;
  auto app = App::open({embedded_assets(), ""}, &error);
  ASSERT_TRUE(app) << error;
  const auto reply =
      Json::parse(app->call(std::string_view(R"({"cmd":"plan.get","date":"2026-11-21"})")), nullptr);
  ASSERT_TRUE(reply);
  const Json& result = (*reply)["result"];
  EXPECT_EQ(result["today"]["kind"], "locked") << "no check yet";
  EXPECT_EQ(result["today"]["kind_text"], "Locked");
  ASSERT_GT(result["week"].size(), 0u);
  for (const Json& day : result["week"])
    EXPECT_TRUE(day["kind_text"].is_string() && !day["kind_text"].as_string().empty()) << day;
}

TEST(Labels, TrendsComeWithTheirSentence) {
  std::string error;
  auto app = App::open({embedded_assets(), ""}, &error);
  ASSERT_TRUE(app) << error;
  const auto set = Json::parse(app->call(std::string_view(
      R"({"cmd":"settings.set","activities":["Putting on socks"]})")), nullptr);
  ASSERT_TRUE(set && (*set)["ok"] == true);
  const auto reply = Json::parse(
      app->call(std::string_view(R"({"cmd":"stats.get","date":"2026-11-21"})")), nullptr);
  ASSERT_TRUE(reply);
  const Json& result = (*reply)["result"];
  EXPECT_EQ(result["pain_trend"]["direction"], "unknown");
  EXPECT_EQ(result["pain_trend"]["text"],
            "A trend shows once you have noted your pain on more days.");
  ASSERT_EQ(result["activities"].size(), 1u);
  EXPECT_EQ(result["activities"][0]["trend"]["text"], "no trend yet");
}

}  // namespace
}  // namespace limber
