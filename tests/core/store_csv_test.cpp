#include <gtest/gtest.h>

#include "limber/store.h"

namespace limber {
namespace {

Date day(const char* text) { return *Date::parse(text); }

std::vector<std::string> rows(const std::string& csv) {
  std::vector<std::string> out;
  std::size_t from = 0;
  for (std::size_t at; (at = csv.find("\r\n", from)) != std::string::npos; from = at + 2)
    out.push_back(csv.substr(from, at - from));
  EXPECT_EQ(from, csv.size()) << "every row ends with CRLF";
  return out;
}

TEST(Csv, HeaderAndOneRowPerSessionOrCheckinOldestFirst) {
  Journal j;
  CheckinEntry c;
  c.date = day("2026-11-21");
  c.pain = 4;
  c.activities = {{"stairs", 3}};
  c.walking_minutes = 20;
  j.add(c);
  SessionEntry s;
  s.date = day("2026-11-20");
  s.started_at = 0;
  s.ended_at = 900000;
  s.plan_day = "A";
  s.pain_before = 3;
  s.exercises = {{"glute_bridge", ExerciseStatus::done, 2, 30, 95},
                 {"clamshell", ExerciseStatus::stopped_hurts, 0, 4, 12}};
  j.add(s);
  j.tick(day("2026-11-20"), "move_hourly", true);  // habits are not in the CSV

  const auto r = rows(export_csv(j));
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[0],
            "date,type,id,pain,pain_before,pain_after,walking_minutes,new_symptom,activity_1,"
            "score_1,activity_2,score_2,activity_3,score_3,plan_day,minutes,exercises_done,"
            "exercises_total,exercises,note");
  EXPECT_EQ(r[1],
            "2026-11-20,session,session-2026-11-20-1,,3,,,,,,,,,,A,15.0,1,2,\"glute_bridge done "
            "(sets 2, reps 30, 95 s); clamshell stopped_hurts (sets 0, reps 4, 12 s)\",");
  EXPECT_EQ(r[2], "2026-11-21,checkin,checkin-2026-11-21-1,4,,,20,no,stairs,3,,,,,,,,,,");
}

TEST(Csv, QuotesPerRfc4180AndDisarmsFormulas) {
  struct Case {
    const char* note;
    const char* cell;
  } cases[] = {
      {"plain", "plain"},
      {"a, b", "\"a, b\""},
      {"say \"hi\"", "\"say \"\"hi\"\"\""},
      {"two\nlines", "\"two\nlines\""},
      {"=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""},
      {"+1", "'+1"},
      {"-2", "'-2"},
      {"@SUM(A1)", "'@SUM(A1)"},
      {"\tcmd", "'\tcmd"},
      {"ok = fine", "ok = fine"},
      {"Hüfte 😣", "Hüfte 😣"},
  };
  for (const auto& c : cases) {
    Journal j;
    CheckinEntry e;
    e.date = day("2026-11-21");
    e.note = c.note;
    ASSERT_TRUE(j.add(e).ok());
    const std::string csv = export_csv(j);
    const std::string tail = std::string(",") + c.cell + "\r\n";
    ASSERT_GE(csv.size(), tail.size());
    EXPECT_EQ(csv.substr(csv.size() - tail.size()), tail) << c.note;
  }
  // Activity names are people's words too.
  Journal j;
  CheckinEntry e;
  e.date = day("2026-11-21");
  e.activities = {{"=cmd|' /C calc'!A0", 5}};
  j.add(e);
  EXPECT_NE(export_csv(j).find(",'=cmd|' /C calc'!A0,5,"), std::string::npos);
}

}  // namespace
}  // namespace limber
