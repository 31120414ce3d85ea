#include "json_read.h"

#include <gtest/gtest.h>

namespace limber::json_read {
namespace {

TEST(JsonParse, ReportsWhereTheTextIsBroken) {
  std::string error;
  EXPECT_FALSE(parse("{\"a\": }", &error));
  EXPECT_NE(error.find("line 1"), std::string::npos) << error;
  EXPECT_EQ(error.find("json.exception"), std::string::npos) << error;
}

TEST(JsonParse, RejectsTrailingGarbageAndDeepNesting) {
  std::string error;
  EXPECT_FALSE(parse("{} x", &error));
  EXPECT_FALSE(parse(std::string(kMaxDepth + 1, '[') + std::string(kMaxDepth + 1, ']'), &error));
  EXPECT_NE(error.find("nested deeper"), std::string::npos) << error;
  EXPECT_TRUE(parse(std::string(kMaxDepth, '[') + std::string(kMaxDepth, ']'), &error));
}

TEST(JsonParse, FileLevelProblemNamesTheFile) {
  Problems problems;
  EXPECT_FALSE(parse("nope", "screening/questions.json", problems));
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].file, "screening/questions.json");
  EXPECT_NE(problems[0].to_string().find("invalid JSON"), std::string::npos);
}

TEST(Fields, ReportsEveryMistakeWithItsPath) {
  const json doc = *parse(R"({"name": 3, "dosage": {"hold": 5, "sets": 1.5}, "extra": true,
                              "kind": "jump", "tags": ["a", 2]})", nullptr);
  Problems problems;
  Fields f(doc, "x.json", "bridge", problems);
  std::string text;
  int n = 0;
  std::vector<std::string> list;
  EXPECT_FALSE(f.read_text("name", text));
  EXPECT_FALSE(f.read_text("summary", text));
  Fields dosage = f.nested(*f.object("dosage"), "dosage");
  EXPECT_FALSE(dosage.read_int("hold", 20, 600, n));
  EXPECT_FALSE(dosage.read_int("sets", 1, 10, n));
  dosage.reject_unknown();
  EXPECT_FALSE(f.read_choice("kind", {"stretch", "strength"}, text));
  EXPECT_FALSE(f.read_list("tags", list));
  EXPECT_EQ(text, "") << "left alone";
  EXPECT_EQ(n, 0) << "left alone";
  f.reject_unknown();

  std::vector<std::string> lines;
  for (const auto& p : problems) lines.push_back(p.to_string());
  EXPECT_EQ(lines, (std::vector<std::string>{
                       "x.json: bridge: name: must be a string, not number",
                       "x.json: bridge: summary: is required",
                       "x.json: bridge: dosage.hold: must be between 20 and 600, not 5",
                       "x.json: bridge: dosage.sets: must be a whole number, not 1.5",
                       "x.json: bridge: kind: 'jump' is not one of: stretch, strength",
                       "x.json: bridge: tags[1]: must be a non-empty string, not number",
                       "x.json: bridge: extra: is not a known field",
                   }));
}

TEST(Fields, NonObjectIsOneProblemAndNoCrash) {
  Problems problems;
  Fields f(json::array(), "x.json", "e", problems);
  EXPECT_FALSE(f.ok());
  std::string text;
  int n = 0;
  EXPECT_FALSE(f.read_text("name", text));
  EXPECT_FALSE(f.read_int("n", 0, 1, n));
  f.reject_unknown();
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].message, "must be an object, not array");
}

TEST(Fields, OptionalFieldsMayBeAbsent) {
  Problems problems;
  const json doc = json::object();
  Fields f(doc, "x.json", "e", problems);
  std::string note;
  bool flag = false;
  EXPECT_FALSE(f.read_text("note", note, Need::optional));
  EXPECT_FALSE(f.read_bool("flag", flag, Need::optional));
  EXPECT_TRUE(problems.empty());
}

}  // namespace
}  // namespace limber::json_read
