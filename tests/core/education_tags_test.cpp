// Education tags (assets/screening/education_tags.json): each kind of condition against
// verdicts built from answers, every load problem named by file, entry and field, and the
// wiring into card loading, validate_content and App::open.
#include <cctype>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "limber/app.h"
#include "limber/content.h"
#include "limber/education.h"
#include "limber/screening.h"
#include "screening_fixture.h"
#include "case_name.h"

namespace limber {
namespace {

const std::string kFile = education_tags_path();

// Loads a tag file checked against the shipped screening.
std::vector<EducationTag> load(const std::string& text, Problems& problems,
                               const Screening* screening = &screening_test::shipped()) {
  return load_education_tags(Assets{{kFile, text}}, screening, problems);
}

std::vector<EducationTag> load_clean(const std::string& text) {
  Problems problems;
  auto tags = load(text, problems);
  EXPECT_TRUE(problems.empty()) << to_string(problems);
  return tags;
}

std::vector<std::string> names(const std::vector<EducationTag>& tags) {
  std::vector<std::string> out;
  for (const EducationTag& t : tags) out.push_back(t.tag);
  return out;
}

TEST(EducationTags, ShippedFileLoadsWithoutProblems) {
  Problems problems;
  const auto tags =
      load_education_tags(embedded_assets(), &screening_test::shipped(), problems);
  EXPECT_TRUE(problems.empty()) << to_string(problems);
  EXPECT_EQ(names(tags), (std::vector<std::string>{"sciatica", "hip_replacement",
                                                   "warning_signs", "worry"}));
  EXPECT_TRUE(validate_content(embedded_assets()).empty());
}

// --- Each kind of condition against verdicts ---------------------------------------------

// Answers as stored in a table (an initializer_list would not outlive the table's
// construction).
using AnswerList = std::vector<std::pair<const char*, const char*>>;

Verdict verdict_for(const AnswerList& changes) {
  const Screening& s = screening_test::shipped();
  Answers answers = screening_test::all_no();
  Problems problems;
  for (const auto& [id, value] : changes) s.set_text(answers, id, value, problems);
  EXPECT_TRUE(problems.empty()) << to_string(problems);
  return s.evaluate(answers);
}

struct ConditionCase {
  const char* entry;  // one entry of "tags", with "tag": "t"
  AnswerList answers;
  bool applies;
};

void PrintTo(const ConditionCase& c, std::ostream* os) { *os << c.entry; }

const std::vector<ConditionCase>& condition_cases() {
  static const std::vector<ConditionCase> all = {
      // sciatica_guidance: the verdict's flag, set by the precaution that shows it.
      {R"({"tag": "t", "when": "sciatica_guidance"})", {}, false},
      {R"({"tag": "t", "when": "sciatica_guidance"})", {{"sciatica", "yes"}}, true},
      {R"({"tag": "t", "when": "sciatica_guidance"})", {{"sciatica", "no"}}, false},
      {R"({"tag": "t", "when": "sciatica_guidance"})", {{"hip_replacement", "posterior"}}, false},
      // precaution: any precaution reading one of the questions applies.
      {R"({"tag": "t", "when": "precaution", "ids": ["hip_replacement"]})", {}, false},
      {R"({"tag": "t", "when": "precaution", "ids": ["hip_replacement"]})",
       {{"hip_replacement", "posterior"}}, true},
      {R"({"tag": "t", "when": "precaution", "ids": ["hip_replacement"]})",
       {{"hip_replacement", "anterior"}}, true},
      {R"({"tag": "t", "when": "precaution", "ids": ["hip_replacement"]})",
       {{"hip_replacement", "none"}}, false},
      {R"({"tag": "t", "when": "precaution", "ids": ["hip_replacement"]})",
       {{"sciatica", "yes"}}, false},
      {R"({"tag": "t", "when": "precaution", "ids": ["sciatica", "osteoporosis"]})",
       {{"osteoporosis", "unsure"}}, true},
      {R"({"tag": "t", "when": "precaution", "ids": ["sciatica", "osteoporosis"]})",
       {{"knee_pain_kneeling", "yes"}}, false},
      // level_above: strictly above the level named.
      {R"({"tag": "t", "when": "level_above", "level": "self_care"})", {}, false},
      {R"({"tag": "t", "when": "level_above", "level": "self_care"})",
       {{"inflammatory_pattern", "yes"}}, true},  // routine
      {R"({"tag": "t", "when": "level_above", "level": "self_care"})",
       {{"sciatica", "yes"}, {"worry", "yes"}}, false},  // never the level
      {R"({"tag": "t", "when": "level_above", "level": "routine"})",
       {{"inflammatory_pattern", "yes"}}, false},
      {R"({"tag": "t", "when": "level_above", "level": "routine"})", {{"night_pain", "yes"}},
       true},  // soon
      {R"({"tag": "t", "when": "level_above", "level": "routine"})", {{"night_pain", "unsure"}},
       false},  // soon one step less: routine
      {R"({"tag": "t", "when": "level_above", "level": "urgent"})",
       {{"saddle_numbness", "yes"}}, true},
      {R"({"tag": "t", "when": "level_above", "level": "urgent"})",
       {{"saddle_numbness", "unsure"}}, false},  // urgent
      // answered: a pain history answer among the values.
      {R"({"tag": "t", "when": "answered", "ids": ["fear_of_movement", "worry", "low_mood"],
           "values": ["yes", "unsure"]})", {}, false},
      {R"({"tag": "t", "when": "answered", "ids": ["fear_of_movement", "worry", "low_mood"],
           "values": ["yes", "unsure"]})", {{"fear_of_movement", "yes"}}, true},
      {R"({"tag": "t", "when": "answered", "ids": ["fear_of_movement", "worry", "low_mood"],
           "values": ["yes", "unsure"]})", {{"worry", "unsure"}}, true},
      {R"({"tag": "t", "when": "answered", "ids": ["fear_of_movement", "worry", "low_mood"],
           "values": ["yes", "unsure"]})", {{"low_mood", "yes"}}, true},
      {R"({"tag": "t", "when": "answered", "ids": ["fear_of_movement", "worry", "low_mood"],
           "values": ["yes", "unsure"]})",
       {{"fear_of_movement", "no"}, {"worry", "no"}, {"low_mood", "no"}}, false},
      {R"({"tag": "t", "when": "answered", "ids": ["worry"], "values": ["yes"]})",
       {{"worry", "unsure"}}, false},
      {R"({"tag": "t", "when": "answered", "ids": ["worry"], "values": ["yes"]})",
       {{"low_mood", "yes"}}, false},
      {R"({"tag": "t", "when": "answered", "ids": ["onset"], "values": ["sudden"]})",
       {{"onset", "sudden"}}, true},
      {R"({"tag": "t", "when": "answered", "ids": ["onset"], "values": ["sudden"]})",
       {{"onset", "gradual"}}, false},
  };
  return all;
}

class Condition : public ::testing::TestWithParam<ConditionCase> {};

TEST_P(Condition, AppliesExactlyWhenItShould) {
  const ConditionCase& c = GetParam();
  const auto tags = load_clean(std::string(R"({"tags": [)") + c.entry + "]}");
  ASSERT_EQ(tags.size(), 1u);
  const Verdict verdict = verdict_for(c.answers);
  EXPECT_EQ(applies(tags[0], verdict), c.applies);
  EXPECT_EQ(education_tags(tags, verdict),
            c.applies ? std::vector<std::string>{"t"} : std::vector<std::string>{});
}

INSTANTIATE_TEST_SUITE_P(Cases, Condition, ::testing::ValuesIn(condition_cases()));

TEST(EducationTags, TheTableCoversEveryKindBothWays) {
  for (const char* kind : {"sciatica_guidance", "precaution", "level_above", "answered"}) {
    int yes = 0, no = 0;
    for (const ConditionCase& c : condition_cases())
      if (std::string(c.entry).find(std::string("\"") + kind + "\"") != std::string::npos)
        ++(c.applies ? yes : no);
    EXPECT_GT(yes, 0) << kind;
    EXPECT_GT(no, 0) << kind;
  }
}

TEST(EducationTags, AnsweredMatchesAnyChosenValueOfAMultiChoice) {
  const Screening& s = screening_test::shipped();
  const auto tags = load_clean(R"({"tags": [
      {"tag": "t", "when": "answered", "ids": ["aggravating"], "values": ["sitting"]}]})");
  ASSERT_EQ(tags.size(), 1u);
  Answers answers = screening_test::all_no();
  Problems problems;
  ASSERT_TRUE(s.set_list(answers, "aggravating", {"walking", "sitting"}, problems));
  EXPECT_TRUE(applies(tags[0], s.evaluate(answers)));
  ASSERT_TRUE(s.set_list(answers, "aggravating", {"walking"}, problems));
  EXPECT_FALSE(applies(tags[0], s.evaluate(answers)));
}

TEST(EducationTags, TagsComeInFileOrder) {
  const auto tags = load_clean(R"({"tags": [
      {"tag": "b", "when": "answered", "ids": ["worry"], "values": ["yes"]},
      {"tag": "a", "when": "sciatica_guidance"},
      {"tag": "c", "when": "level_above", "level": "self_care"}]})");
  EXPECT_EQ(education_tags(tags, screening_test::evaluate({{"sciatica", "yes"}, {"worry", "yes"}})),
            (std::vector<std::string>{"b", "a"}));
}

// --- Problems in the tag file -------------------------------------------------------------

struct Expected {
  std::string entry, field, message_part;
};

struct BrokenCase {
  const char* what;
  const char* text;  // the whole file
  std::vector<Expected> expected;
  std::vector<std::string> kept;  // the tags that still load
};

void PrintTo(const BrokenCase& c, std::ostream* os) { *os << c.what; }

const char* const kSciatica = R"({"tag": "sciatica", "when": "sciatica_guidance"})";

std::string with_entry(const char* entry) {
  return std::string(R"({"tags": [)") + kSciatica + ", " + entry + "]}";
}

const std::vector<BrokenCase>& broken_cases() {
  static const std::vector<std::string> texts = {
      with_entry(R"({"tag": "x", "when": "always"})"),
      with_entry(R"({"tag": "x", "when": "sciatica_guidance", "ids": ["sciatica"]})"),
      with_entry(R"({"tag": "x", "when": "answered", "ids": ["worry"], "values": ["yes"],
                     "level": "soon"})"),
      with_entry(R"({"tag": "sciatica", "when": "level_above", "level": "soon"})"),
      with_entry(R"({"tag": "Worry", "when": "sciatica_guidance"})"),
      with_entry(R"({"when": "sciatica_guidance"})"),
      with_entry(R"({"tag": "x"})"),
      with_entry(R"({"tag": "x", "when": "precaution", "ids": ["hip"]})"),
      with_entry(R"({"tag": "x", "when": "precaution", "ids": ["weeks_since_hip_replacement"]})"),
      with_entry(R"({"tag": "x", "when": "precaution", "ids": ["night_pain"]})"),
      with_entry(R"({"tag": "x", "when": "precaution", "ids": []})"),
      with_entry(R"({"tag": "x", "when": "precaution", "ids": ["sciatica", "sciatica"]})"),
      with_entry(R"({"tag": "x", "when": "precaution"})"),
      with_entry(R"({"tag": "x", "when": "level_above", "level": "high"})"),
      with_entry(R"({"tag": "x", "when": "level_above", "level": "emergency"})"),
      with_entry(R"({"tag": "x", "when": "level_above"})"),
      with_entry(R"({"tag": "x", "when": "answered", "ids": ["fear"], "values": ["yes"]})"),
      with_entry(R"({"tag": "x", "when": "answered", "ids": ["sciatica"], "values": ["yes"]})"),
      with_entry(R"({"tag": "x", "when": "answered", "ids": ["age"], "values": ["yes"]})"),
      with_entry(R"({"tag": "x", "when": "answered", "ids": ["pain_now"], "values": ["7"]})"),
      with_entry(R"({"tag": "x", "when": "answered", "ids": ["worry"],
                     "values": ["yes", "maybe"]})"),
      with_entry(R"({"tag": "x", "when": "answered", "ids": ["worry", "onset"],
                     "values": ["sudden", "later"]})"),
      with_entry(R"({"tag": "x", "when": "answered", "ids": ["worry"]})"),
      with_entry(R"({"tag": "x", "when": "answered", "ids": ["worry"], "values": [3]})"),
      with_entry(R"("worry")"),
      R"({"tags": [], "extra": 1})",
      R"({"tags": {}})",
      R"({"tag": []})",
      R"({"tags": [)",
  };
  static const std::vector<BrokenCase> all = {
      {"unknown kind", texts[0].c_str(),
       {{"x", "tags[1].when",
         "'always' is not one of: sciatica_guidance, precaution, level_above, answered"}},
       {"sciatica"}},
      {"key of another kind", texts[1].c_str(),
       {{"x", "tags[1].ids", "is not a known field"}}, {"sciatica"}},
      {"level on answered", texts[2].c_str(),
       {{"x", "tags[1].level", "is not a known field"}}, {"sciatica"}},
      {"duplicate tag", texts[3].c_str(),
       {{"sciatica", "tags[1].tag", "'sciatica' is already defined by tags[0]"}}, {"sciatica"}},
      {"tag not snake_case", texts[4].c_str(), {{"Worry", "tags[1].tag", "must be snake_case"}},
       {"sciatica"}},
      {"tag missing", texts[5].c_str(), {{"", "tags[1].tag", "is required"}}, {"sciatica"}},
      {"kind missing", texts[6].c_str(), {{"x", "tags[1].when", "is required"}}, {"sciatica"}},
      {"precaution id unknown", texts[7].c_str(),
       {{"x", "tags[1].ids[0]",
         "'hip' is not a question a precaution reads (hip_replacement, pregnant_over_20_weeks, "
         "osteoporosis, knee_pain_kneeling, recent_spine_surgery, sciatica)"}},
       {"sciatica"}},
      {"precaution id a question no precaution reads", texts[8].c_str(),
       {{"x", "tags[1].ids[0]", "'weeks_since_hip_replacement' is not a question a precaution"}},
       {"sciatica"}},
      {"precaution id a red flag", texts[9].c_str(),
       {{"x", "tags[1].ids[0]", "'night_pain' is not a question a precaution reads"}},
       {"sciatica"}},
      {"precaution ids empty", texts[10].c_str(),
       {{"x", "tags[1].ids", "needs at least one item"}}, {"sciatica"}},
      {"precaution id repeated", texts[11].c_str(),
       {{"x", "tags[1].ids[1]", "'sciatica' is listed twice"}}, {"sciatica"}},
      {"precaution ids missing", texts[12].c_str(), {{"x", "tags[1].ids", "is required"}},
       {"sciatica"}},
      {"level unknown", texts[13].c_str(),
       {{"x", "tags[1].level",
         "'high' is not one of: self_care, routine, soon, urgent, emergency"}},
       {"sciatica"}},
      {"nothing above emergency", texts[14].c_str(),
       {{"x", "tags[1].level", "nothing is above 'emergency'"}}, {"sciatica"}},
      {"level missing", texts[15].c_str(), {{"x", "tags[1].level", "is required"}}, {"sciatica"}},
      {"answered id unknown", texts[16].c_str(),
       {{"x", "tags[1].ids[0]", "'fear' is not a screening question"}}, {"sciatica"}},
      {"answered id a precaution question", texts[17].c_str(),
       {{"x", "tags[1].ids[0]",
         "'sciatica' is a precaution question; a verdict keeps only pain_history answers"}},
       {"sciatica"}},
      {"answered id a context question", texts[18].c_str(),
       {{"x", "tags[1].ids[0]", "'age' is a context question"}}, {"sciatica"}},
      {"answered id a number question", texts[19].c_str(),
       {{"x", "tags[1].ids[0]", "'pain_now' has number answers"}}, {"sciatica"}},
      {"answered value not an answer", texts[20].c_str(),
       {{"x", "tags[1].values[1]", "'maybe' is not an answer to worry"}}, {"sciatica"}},
      {"answered value an answer to none of the ids", texts[21].c_str(),
       {{"x", "tags[1].values[1]", "'later' is not an answer to worry, onset"}}, {"sciatica"}},
      {"answered values missing", texts[22].c_str(), {{"x", "tags[1].values", "is required"}},
       {"sciatica"}},
      {"answered value not a string", texts[23].c_str(),
       {{"x", "tags[1].values[0]", "must be a non-empty string, not number"}}, {"sciatica"}},
      {"entry not an object", texts[24].c_str(), {{"", "tags[1]", "must be an object"}},
       {"sciatica"}},
      {"unknown top-level key", texts[25].c_str(), {{"", "extra", "is not a known field"}}, {}},
      {"tags not a list", texts[26].c_str(), {{"", "tags", "must be an array, not object"}}, {}},
      {"tags missing", texts[27].c_str(),
       {{"", "tags", "is required"}, {"", "tag", "is not a known field"}}, {}},
      {"invalid JSON", texts[28].c_str(), {{"", "", "invalid JSON"}}, {}},
  };
  return all;
}

class BrokenTags : public ::testing::TestWithParam<BrokenCase> {};

TEST_P(BrokenTags, IsReportedPreciselyAndLeftOut) {
  const BrokenCase& c = GetParam();
  Problems problems;
  const auto tags = load(c.text, problems);
  ASSERT_EQ(problems.size(), c.expected.size()) << to_string(problems);
  for (std::size_t i = 0; i < problems.size(); ++i) {
    const Problem& p = problems[i];
    const Expected& e = c.expected[i];
    EXPECT_EQ(p.file, kFile) << p.to_string();
    EXPECT_EQ(p.entry, e.entry) << p.to_string();
    EXPECT_EQ(p.field, e.field) << p.to_string();
    EXPECT_NE(p.message.find(e.message_part), std::string::npos)
        << "message: " << p.message << "\nexpected to contain: " << e.message_part;
  }
  EXPECT_EQ(names(tags), c.kept);
}

INSTANTIATE_TEST_SUITE_P(Cases, BrokenTags, ::testing::ValuesIn(broken_cases()), testing_support::CaseName());

TEST(EducationTags, EveryProblemIsReportedAtOnce) {
  Problems problems;
  const auto tags = load(R"({"tags": [
      {"tag": "a", "when": "precaution", "ids": ["hip"], "colour": "red"},
      {"tag": "b", "when": "level_above", "level": "high"},
      {"tag": "c", "when": "sciatica_guidance"},
      {"tag": "a", "when": "answered", "ids": ["worry"], "values": ["maybe"]}]})",
                         problems);
  EXPECT_EQ(problems.size(), 5u) << to_string(problems);
  EXPECT_EQ(names(tags), std::vector<std::string>{"c"});
}

TEST(EducationTags, MissingFileIsAProblem) {
  Problems problems;
  EXPECT_TRUE(load_education_tags(Assets{}, &screening_test::shipped(), problems).empty());
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].file, kFile);
  EXPECT_EQ(problems[0].message, "is missing");
}

TEST(EducationTags, WithoutAScreeningIdsAreNotChecked) {
  // When the screening itself failed to load, its problems say why; the tags still load so
  // that the cards naming them are not reported as well.
  const char* text =
      R"({"tags": [{"tag": "x", "when": "precaution", "ids": ["anything"]},
                   {"tag": "y", "when": "answered", "ids": ["else"], "values": ["maybe"]}]})";
  Problems problems;
  EXPECT_EQ(names(load(text, problems, nullptr)), (std::vector<std::string>{"x", "y"}));
  EXPECT_TRUE(problems.empty()) << to_string(problems);
  load(text, problems);  // the same file, checked
  EXPECT_EQ(problems.size(), 2u) << to_string(problems);
}

// --- Cards use the tags the file defines ---------------------------------------------------

const char* const kCard = R"({
  "id": "a_card", "order": 1, "topic": "safety", "show_when": "%s",
  "title": "A card", "summary": "One line.", "body": ["First.", "Second."],
  "sources": ["test"]})";

Assets card_with_show_when(const std::string& tag) {
  std::string text = kCard;
  text.replace(text.find("%s"), 2, tag);
  return {{"education/a_card.json", text}};
}

TEST(EducationTags, CardsMayUseAnyDefinedTagAndNoOther) {
  const auto tags = load_clean(R"({"tags": [{"tag": "custom", "when": "sciatica_guidance"}]})");
  Problems problems;
  auto cards = load_education(card_with_show_when("custom"), tags, problems);
  EXPECT_TRUE(problems.empty()) << to_string(problems);
  ASSERT_EQ(cards.size(), 1u);
  EXPECT_EQ(cards[0].show_when, "custom");
  EXPECT_EQ(featured_cards(cards, education_tags(tags, screening_test::evaluate(
                                                           {{"sciatica", "yes"}})))
                .size(),
            1u);

  cards = load_education(card_with_show_when("sciatica"), tags, problems);
  EXPECT_TRUE(cards.empty());
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].to_string(),
            "education/a_card.json: a_card: show_when: 'sciatica' is not a tag in "
            "screening/education_tags.json (custom)");

  problems.clear();
  load_education(card_with_show_when("custom"), {}, problems);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems[0].message.find("(it defines none)"), std::string::npos)
      << problems[0].message;
}

// --- Wiring: every content check and the app see the file ----------------------------------

Assets shipped_without_worry() {
  Assets assets = embedded_assets();
  assets[kFile] = R"({"tags": [
      {"tag": "sciatica", "when": "sciatica_guidance"},
      {"tag": "hip_replacement", "when": "precaution", "ids": ["hip_replacement"]},
      {"tag": "warning_signs", "when": "level_above", "level": "self_care"},
      {"tag": "worry", "when": "answered", "ids": ["fear"], "values": ["yes"]}]})";
  return assets;
}

TEST(EducationTags, ValidateContentReportsTheFileAndTheCardsThatNeedIt) {
  const Problems problems = validate_content(shipped_without_worry());
  std::vector<std::string> lines;
  for (const Problem& p : problems) lines.push_back(p.to_string());
  EXPECT_EQ(lines, (std::vector<std::string>{
                       "screening/education_tags.json: worry: tags[3].ids[0]: 'fear' is not a "
                       "screening question",
                       "education/moving_with_confidence.json: moving_with_confidence: "
                       "show_when: 'worry' is not a tag in screening/education_tags.json "
                       "(sciatica, hip_replacement, warning_signs)",
                       "education/pain_stress_and_mood.json: pain_stress_and_mood: show_when: "
                       "'worry' is not a tag in screening/education_tags.json (sciatica, "
                       "hip_replacement, warning_signs)"}));
}

TEST(EducationTags, AppRefusesContentWithABrokenTagFile) {
  std::string error;
  EXPECT_EQ(App::open({shipped_without_worry(), ""}, &error), nullptr);
  EXPECT_NE(error.find("screening/education_tags.json: worry: tags[3].ids[0]"),
            std::string::npos)
      << error;
  Assets missing = embedded_assets();
  missing.erase(kFile);
  error.clear();
  EXPECT_EQ(App::open({missing, ""}, &error), nullptr);
  EXPECT_NE(error.find("screening/education_tags.json: is missing"), std::string::npos) << error;
}

}  // namespace
}  // namespace limber
