// Answer files: every mistake is a problem naming the item, never a silent "no".
#include <gtest/gtest.h>

#include <cmath>

#include "json_read.h"
#include "screening_fixture.h"

namespace limber {
namespace {

using namespace screening_test;

// Problems from parsing `text`, which must fail.
Problems rejected(const std::string& text) {
  Problems problems;
  EXPECT_FALSE(shipped().parse_answers(text, problems)) << text;
  EXPECT_FALSE(problems.empty()) << text;
  return problems;
}

TEST(ScreeningAnswers, ParsesEveryAnswerType) {
  Problems problems;
  const auto a = shipped().parse_answers(
      R"({"age": 42, "fever": "unsure", "bladder_change": "no", "hip_replacement": "anterior",
          "weeks_since_hip_replacement": 8.5, "aggravating": ["sitting", "lying"],
          "pregnant_over_20_weeks": "no", "pain_now": 0, "location": [], "onset": null})",
      problems);
  ASSERT_TRUE(a) << to_string(problems);
  EXPECT_EQ(a->answered(), 9u);  // null is "no answer"
  const Screening& s = shipped();
  EXPECT_EQ(s.answer(*a, "age")->number, 42);
  EXPECT_EQ(s.answer(*a, "fever")->text, "unsure");
  EXPECT_EQ(s.answer(*a, "aggravating")->list, (std::vector<std::string>{"sitting", "lying"}));
  EXPECT_EQ(s.answer(*a, "onset"), nullptr);
}

TEST(ScreeningAnswers, EachMistakeNamesTheItem) {
  struct Case {
    const char* text;
    const char* item;
    const char* says;
  };
  for (const Case& c : {
           Case{R"({"fevr": "yes"})", "fevr", "not a question"},
           Case{R"({"fever": "maybe"})", "fever", "\"yes\", \"no\" or \"unsure\""},
           Case{R"({"fever": true})", "fever", "not boolean"},
           Case{R"({"fever": 1})", "fever", "not 1"},
           Case{R"({"fever": ["yes"]})", "fever", "not array"},
           Case{R"({"fever": {}})", "fever", "not object"},
           Case{R"({"age": "forty"})", "age", "number from 0 to 120"},
           Case{R"({"age": 130})", "age", "not 130"},
           Case{R"({"age": -1})", "age", "not -1"},
           Case{R"({"age": 40.5})", "age", "whole number"},
           Case{R"({"pain_now": 11})", "pain_now", "0 to 10"},
           Case{R"({"weeks_since_onset": -2})", "weeks_since_onset", "not -2"},
           Case{R"({"hip_replacement": "sideways"})", "hip_replacement", "\"posterior\""},
           Case{R"({"hip_replacement": "yes"})", "hip_replacement", "not \"yes\""},
           Case{R"({"pregnant_over_20_weeks": "unsure"})", "pregnant_over_20_weeks", "\"yes\" or \"no\""},
           Case{R"({"aggravating": "sitting"})", "aggravating", "a list of"},
           Case{R"({"aggravating": ["flying"]})", "aggravating", "\"flying\" is not one of"},
           Case{R"({"aggravating": ["sitting", "sitting"]})", "aggravating", "twice"},
           Case{R"({"aggravating": ["sitting", 3]})", "aggravating", "a list of"},
       }) {
    SCOPED_TRACE(c.text);
    const Problems problems = rejected(c.text);
    ASSERT_EQ(problems.size(), 1u) << to_string(problems);
    EXPECT_EQ(problems[0].entry, c.item);
    EXPECT_NE(problems[0].message.find(c.says), std::string::npos) << problems[0].message;
  }
}

TEST(ScreeningAnswers, ReportsEveryMistakeNotJustTheFirst) {
  const Problems problems = rejected(R"({"fever": "maybe", "age": 500, "nope": "yes"})");
  EXPECT_EQ(problems.size(), 3u) << to_string(problems);
}

TEST(ScreeningAnswers, RejectsTextThatIsNotAnAnswerObject) {
  EXPECT_NE(rejected("{\"fever\": ").front().message.find("invalid JSON"), std::string::npos);
  EXPECT_NE(rejected("[\"fever\"]").front().message.find("JSON object"), std::string::npos);
  EXPECT_NE(rejected("\"yes\"").front().message.find("JSON object"), std::string::npos);
}

TEST(ScreeningAnswers, SettersCheckLikeTheParser) {
  const Screening& s = shipped();
  Answers a = s.blank();
  Problems problems;
  EXPECT_FALSE(s.set_text(a, "nope", "yes", problems));
  EXPECT_FALSE(s.set_text(a, "age", "yes", problems));
  EXPECT_FALSE(s.set_number(a, "fever", 1, problems));
  EXPECT_FALSE(s.set_number(a, "pain_now", 3.5, problems));
  EXPECT_FALSE(s.set_number(a, "age", std::nan(""), problems));
  EXPECT_FALSE(s.set_list(a, "fever", {"yes"}, problems));
  EXPECT_EQ(problems.size(), 6u);
  EXPECT_EQ(a.answered(), 0u);
  EXPECT_TRUE(s.set_text(a, "fever", "yes", problems));
  s.clear(a, "fever");
  EXPECT_EQ(a.answered(), 0u);
}

TEST(ScreeningAnswers, AnEmptyObjectIsValidButIncomplete) {
  Problems problems;
  const auto a = shipped().parse_answers("{}", problems);
  ASSERT_TRUE(a);
  const Verdict v = shipped().evaluate(*a);
  EXPECT_FALSE(v.complete);
  EXPECT_EQ(v.programme, Programme::locked);
}

TEST(ScreeningJson, VerdictHasEveryKeyShellsRead) {
  const Verdict v = evaluate({{"fever", "yes"}, {"hip_replacement", "posterior"}});
  auto j = json_read::parse(to_json(v), nullptr);
  ASSERT_TRUE(j && j->is_object());
  for (const char* key : {"level", "title", "action", "actions", "programme", "reasons",
                          "fired_rules", "precautions", "excluded_tags", "show_sciatica_guidance",
                          "sources", "complete", "unanswered", "pain_history", "not_a_diagnosis"})
    EXPECT_TRUE(j->contains(key)) << key;
  EXPECT_EQ((*j)["level"], "urgent");
  EXPECT_EQ((*j)["programme"], "locked");
  EXPECT_EQ((*j)["reasons"][0]["id"], "fever");
  EXPECT_EQ((*j)["precautions"][0]["id"], "hip_replacement");
  EXPECT_EQ((*j)["pain_history"]["stage"], "unknown");
}

TEST(ScreeningJson, QuestionnaireListsEveryQuestionWithWhatAShellNeeds) {
  auto j = json_read::parse(shipped().questionnaire_json(), nullptr);
  ASSERT_TRUE(j && j->is_object());
  auto& questions = (*j)["questions"];
  ASSERT_EQ(questions.size(), shipped().questions().size());
  for (auto& q : questions) {
    SCOPED_TRACE(q.dump());
    EXPECT_TRUE(q["text"].is_string());
    EXPECT_TRUE(q["group"].is_string());
    if (q["type"] == "number") {
      EXPECT_TRUE(q["min"].is_number() && q["max"].is_number() && q["unit"].is_string());
    } else {
      EXPECT_GE(q["options"].size(), 2u);
      for (auto& o : q["options"]) EXPECT_TRUE(o["text"].is_string());
    }
  }
  EXPECT_FALSE((*j)["groups"].empty());
  EXPECT_TRUE((*j)["not_a_diagnosis"].is_string());
}

}  // namespace
}  // namespace limber
