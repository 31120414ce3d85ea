#include "limber/stats.h"

#include <gtest/gtest.h>

#include <random>

namespace limber {
namespace {

const Date kToday = *Date::parse("2026-11-21");  // a Saturday; the week began on the 16th

void checkin(Journal& j, int days_ago, int pain, std::vector<ActivityScore> activities = {},
             std::optional<int> walking = std::nullopt) {
  CheckinEntry c;
  c.date = kToday.plus_days(-days_ago);
  c.pain = pain;
  c.activities = std::move(activities);
  c.walking_minutes = walking;
  ASSERT_TRUE(j.add(c).ok());
}

void session(Journal& j, int days_ago, ExerciseStatus status = ExerciseStatus::done) {
  SessionEntry s;
  s.date = kToday.plus_days(-days_ago);
  s.exercises = {{"glute_bridge", status, 2, 30, 95}};
  ASSERT_TRUE(j.add(s).ok());
}

TEST(Stats, EmptyJournal) {
  const Stats s = journal_stats(Journal{}, kToday, 3);
  EXPECT_EQ(s.current_streak, 0);
  EXPECT_EQ(s.longest_streak, 0);
  EXPECT_EQ(s.week_start.to_string(), "2026-11-16");
  EXPECT_EQ(s.sessions_target, 3);
  EXPECT_EQ(s.walking_minutes_target, 150);
  EXPECT_FALSE(s.pain_average_7d);
  EXPECT_EQ(s.pain_trend.direction, TrendDirection::unknown);
  EXPECT_EQ(s.sessions_planned_4w, 1) << "day one of the programme plans today's share only";
  EXPECT_EQ(*s.adherence, 0.0);
  EXPECT_FALSE(journal_stats(Journal{}, kToday, 0).adherence);
}

TEST(Stats, PlannedSessionsStartWithTheProgramme) {
  struct Case {
    const char* name;
    int first_record_days_ago;  // -1: only a check, 10 days ago
    int planned;
  };
  const Case cases[] = {
      {"first record today", 0, 1},        // ceil(3 * 1 / 7)
      {"one week in", 6, 3},               // 7 days
      {"ten days in", 9, 5},               // ceil(3 * 10 / 7)
      {"check only, ten days ago", -1, 5},
      {"four weeks in", 27, 12},
      {"long ago: the window caps it", 200, 12},
  };
  for (const auto& c : cases) {
    Journal j;
    if (c.first_record_days_ago >= 0) {
      checkin(j, c.first_record_days_ago, 3);
    } else {
      j.set_screening({kToday.plus_days(-10), "self_care", "{}", false});
    }
    EXPECT_EQ(journal_stats(j, kToday, 3).sessions_planned_4w, c.planned) << c.name;
  }
}

TEST(Stats, StreaksCountDaysWithACompletedSessionOrACheckin) {
  struct Case {
    const char* name;
    std::vector<int> checkins, sessions, skipped_sessions, habit_days;  // days ago
    int current, longest;
  } cases[] = {
      {"today still open", {1, 2, 3}, {}, {}, {}, 3, 3},
      {"today counts", {0, 1, 2}, {}, {}, {}, 3, 3},
      {"sessions and check-ins mix", {0, 2}, {1, 3}, {}, {}, 4, 4},
      {"a gap two days ago breaks it", {0, 1, 3, 4, 5, 6}, {}, {}, {}, 2, 4},
      {"nothing yesterday or today", {2, 3}, {}, {}, {}, 0, 2},
      {"skipped sessions do not count", {0}, {}, {1}, {}, 1, 1},
      {"habit ticks do not count", {0}, {}, {}, {1}, 1, 1},
      {"two entries on one day are one day", {0, 0, 1}, {1}, {}, {}, 2, 2},
      {"future entries are ignored", {-1, 0}, {-2}, {}, {}, 1, 1},
  };
  for (const auto& c : cases) {
    Journal j;
    for (int d : c.checkins) checkin(j, d, 3);
    for (int d : c.sessions) session(j, d);
    for (int d : c.skipped_sessions) session(j, d, ExerciseStatus::skipped);
    for (int d : c.habit_days) j.tick(kToday.plus_days(-d), "move_hourly", true);
    const Stats s = journal_stats(j, kToday, 3);
    EXPECT_EQ(s.current_streak, c.current) << c.name;
    EXPECT_EQ(s.longest_streak, c.longest) << c.name;
  }
}

TEST(Stats, ThisWeekRunsFromMonday) {
  Journal j;
  session(j, 6);  // Sunday 15th: last week
  session(j, 5);  // Monday 16th
  session(j, 3);
  session(j, 2, ExerciseStatus::stopped_hurts);  // not completed
  session(j, 0);
  checkin(j, 6, 3, {}, 60);  // last week
  checkin(j, 4, 3, {}, 30);
  checkin(j, 1, 3, {}, 45);
  checkin(j, 0, 3);  // no walking recorded
  const Stats s = journal_stats(j, kToday, 3);
  EXPECT_EQ(s.sessions_this_week, 3);
  EXPECT_EQ(s.walking_minutes_this_week, 75);
}

TEST(Stats, PainAverageWeighsEachDayOnce) {
  Journal j;
  checkin(j, 0, 2);
  checkin(j, 0, 6);  // today's pain: 4
  checkin(j, 6, 7);
  checkin(j, 7, 10);  // outside the 7 days
  const Stats s = journal_stats(j, kToday, 3);
  EXPECT_DOUBLE_EQ(*s.pain_average_7d, 5.5);
  EXPECT_EQ(s.pain_days_7d, 2);
}

TEST(Stats, FourWeekTrendsForPainAndActivities) {
  Journal j;
  Settings settings;
  settings.activities = {"walking to work", "stairs"};
  j.set_settings(settings);
  // Pain eases from 8 to 2 over the 4 weeks; stairs get easier; walking stays the same.
  for (int d = 27; d >= 0; d -= 3) {
    const int pain = 2 + (d * 6) / 27;
    checkin(j, d, pain, {{"stairs", 10 - pain}, {"walking to work", 6}, {"gardening", 5}});
  }
  checkin(j, 40, 9, {{"cycling", 1}});  // before the window: no trend, but a latest score
  const Stats s = journal_stats(j, kToday, 3);
  EXPECT_EQ(s.pain_trend.direction, TrendDirection::better);
  EXPECT_LT(*s.pain_trend.slope_per_week, -1.0);
  EXPECT_GT(*s.pain_trend.first_week, *s.pain_trend.last_week);
  EXPECT_DOUBLE_EQ(*s.pain_trend.change, *s.pain_trend.last_week - *s.pain_trend.first_week);
  EXPECT_EQ(s.pain_trend.days, 10);

  ASSERT_EQ(s.activities.size(), 3u);
  EXPECT_EQ(s.activities[0].name, "walking to work");  // settings first, in their order
  EXPECT_EQ(s.activities[0].trend.direction, TrendDirection::steady);
  EXPECT_EQ(s.activities[1].name, "stairs");
  EXPECT_EQ(s.activities[1].trend.direction, TrendDirection::better);
  EXPECT_EQ(*s.activities[1].latest, 8);
  EXPECT_EQ(s.activities[2].name, "gardening");  // rated in the window, not in settings

  Journal worse;
  checkin(worse, 20, 2);
  checkin(worse, 1, 7);
  EXPECT_EQ(journal_stats(worse, kToday, 3).pain_trend.direction, TrendDirection::worse);
  Journal one;
  checkin(one, 1, 7);
  EXPECT_EQ(journal_stats(one, kToday, 3).pain_trend.direction, TrendDirection::unknown);
  EXPECT_FALSE(journal_stats(one, kToday, 3).pain_trend.first_week);
}

TEST(Stats, AdherenceOverFourWeeks) {
  Journal j;
  for (int d : {0, 3, 7, 10, 20, 27}) session(j, d);
  session(j, 28);  // outside
  session(j, 5, ExerciseStatus::skipped);
  const Stats s = journal_stats(j, kToday, 3);
  EXPECT_EQ(s.sessions_done_4w, 6);
  EXPECT_EQ(s.sessions_planned_4w, 12);
  EXPECT_DOUBLE_EQ(*s.adherence, 0.5);
}

TEST(StatsProperty, StreakInvariants) {
  std::mt19937 rng(7);
  for (int round = 0; round < 100; ++round) {
    Journal j;
    for (int d = 0; d < 40; ++d)
      if (rng() % 3) checkin(j, d, 3);
    const Stats before = journal_stats(j, kToday, 3);
    EXPECT_LE(before.current_streak, before.longest_streak);
    checkin(j, 0, 3);
    const Stats after = journal_stats(j, kToday, 3);
    EXPECT_GE(after.current_streak, before.current_streak);
    EXPECT_GE(after.current_streak, 1);
    EXPECT_GE(after.longest_streak, after.current_streak);
  }
}

}  // namespace
}  // namespace limber
