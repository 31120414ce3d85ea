#include "limber/journal.h"

#include <gtest/gtest.h>

namespace limber {
namespace {

Date day(const char* text) { return *Date::parse(text); }

CheckinEntry checkin(const char* date, int pain, std::string note = "") {
  CheckinEntry c;
  c.date = day(date);
  c.pain = pain;
  c.note = std::move(note);
  return c;
}

SessionEntry session(const char* date) {
  SessionEntry s;
  s.date = day(date);
  s.started_at = 1763700000000;
  s.ended_at = 1763700900000;
  s.plan_day = "A";
  s.exercises = {{"glute_bridge", ExerciseStatus::done, 2, 30, 95}};
  return s;
}

std::vector<std::string> lines(const Problems& problems) {
  std::vector<std::string> out;
  for (const auto& p : problems) out.push_back(p.to_string());
  return out;
}

TEST(Journal, AssignsStableIdsFromTypeDateAndSequence) {
  Journal j;
  EXPECT_EQ(j.add(checkin("2026-11-21", 4)).id, "checkin-2026-11-21-1");
  EXPECT_EQ(j.add(checkin("2026-11-21", 5)).id, "checkin-2026-11-21-2");
  EXPECT_EQ(j.add(session("2026-11-21")).id, "session-2026-11-21-1");
  EXPECT_EQ(j.add(checkin("2026-11-22", 3)).id, "checkin-2026-11-22-1");
  // Deleting an earlier entry never hands its id to a new one while a later one exists.
  ASSERT_TRUE(j.remove("checkin-2026-11-21-1"));
  EXPECT_EQ(j.add(checkin("2026-11-21", 6)).id, "checkin-2026-11-21-3");
  EXPECT_EQ(j.size(), 4u);
}

TEST(Journal, KeepsGivenIdsAndRefusesDuplicates) {
  Journal j;
  CheckinEntry c = checkin("2026-11-21", 4);
  c.id = "phone:abc-1";
  EXPECT_EQ(j.add(c).id, "phone:abc-1");
  Added again = j.add(c);
  EXPECT_FALSE(again.ok());
  EXPECT_EQ(lines(again.problems), std::vector<std::string>{
                                       "phone:abc-1: id: is already used by another entry"});
  // A generated id steps around one that was given by hand.
  c.id = "checkin-2026-11-21-1";
  ASSERT_TRUE(j.add(c).ok());
  EXPECT_EQ(j.add(checkin("2026-11-21", 1)).id, "checkin-2026-11-21-2");
}

TEST(Journal, EditReplacesByIdAndKeepsTheType) {
  Journal j;
  const std::string id = j.add(checkin("2026-11-21", 4)).id;
  CheckinEntry c = *j.find(id)->checkin();
  c.pain = 2;
  c.note = "better after a walk";
  EXPECT_TRUE(j.edit(c).empty());
  EXPECT_EQ(j.find(id)->checkin()->pain, 2);

  SessionEntry s = session("2026-11-21");
  s.id = id;
  EXPECT_EQ(lines(j.edit(s)), std::vector<std::string>{id + ": type: must stay checkin"});
  c.id = "nope";
  EXPECT_EQ(lines(j.edit(c)), std::vector<std::string>{"nope: id: there is no entry with this id"});
  EXPECT_FALSE(j.remove("nope"));
}

TEST(Journal, RejectsInvalidEntriesNamingTheField) {
  Journal j;
  CheckinEntry c = checkin("2026-11-21", 11);
  c.activities = {{"stairs", 3}, {"stairs", 12}, {"", 1}, {"gardening", 2}};
  c.walking_minutes = -5;
  Added added = j.add(c);
  EXPECT_EQ(lines(added.problems),
            (std::vector<std::string>{
                "new checkin: pain: must be between 0 and 10, not 11",
                "new checkin: activities: must hold at most 3 items, not 4",
                "new checkin: walking_minutes: must be between 0 and 1440, not -5",
            }));
  EXPECT_EQ(j.size(), 0u);

  SessionEntry s = session("2026-11-21");
  s.id = "session-x";
  s.ended_at = 1;
  s.pain_after = 12;
  s.exercises[0].exercise_id = "Glute Bridge";
  EXPECT_EQ(lines(validate(s)),
            (std::vector<std::string>{
                "session-x: ended_at: must not be before started_at",
                "session-x: exercises[0].exercise_id: must be 1-64 characters from a-z 0-9 _ -, "
                "not 'Glute Bridge'",
                "session-x: pain_after: must be between 0 and 10, not 12",
            }));
}

TEST(Journal, NotesAreAnyUtf8TextButNeverBrokenUtf8) {
  Journal j;
  EXPECT_TRUE(j.add(checkin("2026-11-21", 4, "Hüfte steif 😣 <b>not markup</b>\n\"quoted\"")).ok());
  Added broken = j.add(checkin("2026-11-21", 4, std::string("bad \xC3\x28 byte")));
  EXPECT_EQ(lines(broken.problems), std::vector<std::string>{"new checkin: note: is not UTF-8 text"});
  EXPECT_FALSE(j.add(checkin("2026-11-21", 4, std::string(10001, 'x'))).ok());
}

TEST(Journal, OneHabitsEntryPerDateAndTickingEditsIt) {
  Journal j;
  const Date d = day("2026-11-21");
  Added first = j.tick(d, "move_hourly", true);
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(first.id, "habits-2026-11-21-1");
  EXPECT_EQ(j.tick(d, "stretch_after", true).id, first.id);
  EXPECT_EQ(j.tick(d, "move_hourly", true).id, first.id);  // ticking twice is one tick
  EXPECT_EQ(j.habits_on(d)->ticked, (std::vector<std::string>{"move_hourly", "stretch_after"}));
  EXPECT_TRUE(j.tick(d, "move_hourly", false).ok());
  EXPECT_EQ(j.habits_on(d)->ticked, std::vector<std::string>{"stretch_after"});
  EXPECT_EQ(j.size(), 1u);

  HabitsEntry other;
  other.id = "mine";
  other.date = d;
  EXPECT_FALSE(j.add(other).ok());
  EXPECT_FALSE(j.tick(d, "Not An Id", true).ok());
}

TEST(Journal, HabitIdsComeFromTheChecklistAsset) {
  Problems problems;
  auto ids = habit_ids(embedded_assets(), problems);
  EXPECT_TRUE(problems.empty()) << to_string(problems);
  EXPECT_EQ(ids, (std::vector<std::string>{"move_hourly", "warm_up_first", "stretch_after",
                                            "ice_inflamed_hip"}));
  Assets none;
  habit_ids(none, problems);
  EXPECT_EQ(problems.size(), 1u);
}

TEST(Journal, ScreeningAndSettingsAreValidated) {
  Journal j;
  ScreeningRecord r{day("2026-11-20"), "self_care", R"({"age": 47, "saddle_numbness": "no"})"};
  EXPECT_TRUE(j.set_screening(r).empty());
  EXPECT_EQ(j.screening()->answers_json, R"({"age":47,"saddle_numbness":"no"})");
  r.level = "fine";
  EXPECT_FALSE(j.set_screening(r).empty());
  r.level = "urgent";
  r.answers_json = "[1]";
  EXPECT_FALSE(j.set_screening(r).empty());
  EXPECT_EQ(j.screening()->level, "self_care");  // unchanged by refused values

  Settings s;
  s.voice = false;
  s.activities = {"walking to work", "stairs", "gardening"};
  EXPECT_TRUE(j.set_settings(s).empty());
  s.activities.push_back("cycling");
  EXPECT_FALSE(j.set_settings(s).empty());
  EXPECT_EQ(j.settings().activities.size(), 3u);
}

TEST(Journal, CompletedSessionNeedsSomeWorkDone) {
  SessionEntry s = session("2026-11-21");
  EXPECT_TRUE(s.completed());
  s.exercises = {{"glute_bridge", ExerciseStatus::skipped, 0, 0, 0},
                 {"clamshell", ExerciseStatus::stopped_hurts, 0, 3, 10}};
  EXPECT_FALSE(s.completed());
  s.exercises.push_back({"bird_dog", ExerciseStatus::partial, 1, 5, 30});
  EXPECT_TRUE(s.completed());
}

}  // namespace
}  // namespace limber
