// The daily-habit checklist: the shipped list loads and keeps the habits the programme
// names; broken lists are reported with file, entry and field; the journal's habit_ids()
// reads the same list.
#include <cctype>
#include <functional>
#include <ostream>

#include <gtest/gtest.h>

#include "json_read.h"
#include "limber/checklist.h"
#include "limber/journal.h"
#include "case_name.h"

namespace limber {
namespace {

using json = limber::Json;

const std::string kFile = "checklist/habits.json";

TEST(Checklist, ShippedListLoadsWithoutProblems) {
  Problems problems;
  const auto habits = load_checklist(embedded_assets(), problems);
  EXPECT_TRUE(problems.empty()) << to_string(problems);
  std::vector<std::string> ids;
  for (const Habit& h : habits) {
    ids.push_back(h.id);
    EXPECT_FALSE(h.label.empty()) << h.id;
    EXPECT_FALSE(h.why.empty()) << h.id;
    EXPECT_FALSE(h.source.empty()) << h.id;
  }
  // The daily habits programme.md names, in the file's order (journals store these ids).
  EXPECT_EQ(ids, (std::vector<std::string>{"move_hourly", "warm_up_first", "stretch_after",
                                           "ice_inflamed_hip"}));
}

TEST(Checklist, IceHabitKeepsTheSafeDose) {
  Problems problems;
  for (const Habit& h : load_checklist(embedded_assets(), problems)) {
    if (h.id != "ice_inflamed_hip") continue;
    EXPECT_NE(h.label.find("10 to 15 minutes"), std::string::npos) << h.label;
    EXPECT_NE(h.label.find("towel"), std::string::npos) << h.label;
    EXPECT_NE(h.why.find("four times a day"), std::string::npos) << h.why;
    return;
  }
  FAIL() << "ice_inflamed_hip is missing";
}

TEST(Checklist, JournalHabitIdsComeFromTheLoader) {
  Problems a, b;
  std::vector<std::string> from_loader;
  for (const Habit& h : load_checklist(embedded_assets(), a)) from_loader.push_back(h.id);
  EXPECT_EQ(habit_ids(embedded_assets(), b), from_loader);
  EXPECT_TRUE(b.empty()) << to_string(b);

  // A habit the loader rejects cannot be ticked either.
  Assets assets = {{kFile, R"({"habits": [
      {"id": "walk", "label": "Walked", "why": "Moving helps.", "source": "test"},
      {"id": "nap", "label": "Napped", "source": "test"}]})"}};
  Problems problems;
  EXPECT_EQ(habit_ids(assets, problems), std::vector<std::string>{"walk"});
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].field, "habits[1].why");
}

TEST(Checklist, ToJsonLoadsBackToTheSameHabits) {
  Problems problems;
  const auto habits = load_checklist(embedded_assets(), problems);
  json list = json::array();
  for (const Habit& h : habits) list.push_back(to_json(h));
  const Assets assets = {{kFile, json_read::dump(json{{"habits", list}})}};
  const auto again = load_checklist(assets, problems);
  EXPECT_TRUE(problems.empty()) << to_string(problems);
  ASSERT_EQ(again.size(), habits.size());
  for (std::size_t i = 0; i < habits.size(); ++i) {
    EXPECT_EQ(again[i].id, habits[i].id);
    EXPECT_EQ(again[i].label, habits[i].label);
    EXPECT_EQ(again[i].why, habits[i].why);
    EXPECT_EQ(again[i].source, habits[i].source);
  }
}

// --- Broken lists --------------------------------------------------------------------------

constexpr const char* kList = R"({"habits": [
  {"id": "walk", "label": "Went for a walk", "why": "Moving helps.", "source": "test"},
  {"id": "stretch", "label": "Stretched", "why": "Keeps hips mobile.", "source": "test"}]})";

void edit(Assets& assets, const std::function<void(json&)>& change) {
  json j = json::parse(assets[kFile], nullptr).value_or(json());
  change(j);
  assets[kFile] = j.dump();
}

struct Expected {
  std::string entry, field, message_part;
};

struct Case {
  const char* what;
  std::function<void(Assets&)> break_it;
  std::vector<Expected> expected;
  std::vector<std::string> kept;  // habit ids still loaded
};

const std::vector<Case>& cases() {
  static const std::vector<Case> all = {
      {"duplicate id",
       [](Assets& a) { edit(a, [](json& j) { j["habits"][1]["id"] = "walk"; }); },
       {{"walk", "habits[1].id", "'walk' is already used by habits[0]"}},
       {"walk"}},
      {"missing label", [](Assets& a) { edit(a, [](json& j) { j["habits"][0].erase("label"); }); },
       {{"walk", "habits[0].label", "is required"}},
       {"stretch"}},
      {"missing id", [](Assets& a) { edit(a, [](json& j) { j["habits"][1].erase("id"); }); },
       {{"", "habits[1].id", "is required"}},
       {"walk"}},
      {"unknown field in a habit",
       [](Assets& a) { edit(a, [](json& j) { j["habits"][1]["emoji"] = "x"; }); },
       {{"stretch", "habits[1].emoji", "is not a known field"}},
       {"walk"}},
      {"unknown field at the top",
       [](Assets& a) { edit(a, [](json& j) { j["version"] = 2; }); },
       {{"", "version", "is not a known field"}},
       {"walk", "stretch"}},
      {"id not snake_case",
       [](Assets& a) { edit(a, [](json& j) { j["habits"][0]["id"] = "Walk-Daily"; }); },
       {{"Walk-Daily", "habits[0].id", "must be snake_case"}},
       {"stretch"}},
      {"label too long",
       [](Assets& a) { edit(a, [](json& j) { j["habits"][1]["label"] = std::string(81, 'l'); }); },
       {{"stretch", "habits[1].label", "must be at most 80 characters, not 81"}},
       {"walk"}},
      {"why on two lines",
       [](Assets& a) { edit(a, [](json& j) { j["habits"][0]["why"] = "One.\nTwo."; }); },
       {{"walk", "habits[0].why", "must be a single line"}},
       {"stretch"}},
      {"habit not an object", [](Assets& a) { edit(a, [](json& j) { j["habits"][0] = "walk"; }); },
       {{"", "habits[0]", "must be an object, not string"}},
       {"stretch"}},
      {"empty list", [](Assets& a) { edit(a, [](json& j) { j["habits"] = json::array(); }); },
       {{"", "habits", "needs 1 to 12 habits, not 0"}},
       {}},
      {"habits missing", [](Assets& a) { a[kFile] = "{}"; },
       {{"", "habits", "is required"}},
       {}},
      {"invalid JSON", [](Assets& a) { a[kFile] = "{\"habits\": ["; },
       {{"", "", "invalid JSON"}},
       {}},
      {"file missing", [](Assets& a) { a.erase(kFile); },
       {{"", "", "is missing"}},
       {}},
  };
  return all;
}

class BrokenChecklist : public ::testing::TestWithParam<Case> {};

TEST_P(BrokenChecklist, IsReportedPrecisely) {
  const Case& c = GetParam();
  Assets assets = {{kFile, kList}};
  c.break_it(assets);
  Problems problems;
  const auto habits = load_checklist(assets, problems);
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
  std::vector<std::string> kept;
  for (const Habit& h : habits) kept.push_back(h.id);
  EXPECT_EQ(kept, c.kept);
}

INSTANTIATE_TEST_SUITE_P(Cases, BrokenChecklist, ::testing::ValuesIn(cases()), testing_support::CaseName());

TEST(Checklist, BaseFixtureIsClean) {
  Problems problems;
  const auto habits = load_checklist({{kFile, kList}}, problems);
  EXPECT_TRUE(problems.empty()) << to_string(problems);
  EXPECT_EQ(habits.size(), 2u);
}

}  // namespace
}  // namespace limber
