// limber/stats.h: what the journal adds up to, for the person and for their clinician.
//
//   Stats s = journal_stats(journal, today, /*sessions_per_week=*/3);
//   s.current_streak; s.sessions_this_week; s.pain_average_7d; s.pain_trend.direction
//
// Everything is by calendar date; today is an input and entries dated after it are ignored.
// - Active day: a date with a completed session (SessionEntry::completed(): at least one
//   exercise done or partly done) or with a check-in. Habit ticks alone do not count.
// - Current streak: active days in a row ending today, or ending yesterday while today has
//   nothing yet (the day is not over, so the streak is not broken yet); otherwise 0.
// - Longest streak: the longest run of active days in a row, up to today.
// - This week: Monday to Sunday, the week holding today (up to today).
//   Sessions this week: completed sessions, against the plan's target (an input).
//   Walking minutes this week: the check-ins' walking_minutes added up, against 150.
// - A day's pain is the mean of that day's check-ins (so three check-ins on one bad day
//   count as one day). Pain average (7 days): the mean over today-6..today of the days
//   that have a check-in.
// - Trends cover the 4 weeks today-27..today: first_week is the mean of today-27..today-21,
//   last_week of today-6..today, change = last_week - first_week, slope_per_week is the
//   least-squares line through the daily values (needs 2 or more days). direction comes
//   from the slope: a change of at least 1 point over the 3 weeks between the first and
//   last week's middles counts; pain going down and activity scores going up are "better".
// - Activity trends: one per activity name (0 = could not, 10 = as well as ever), the
//   settings' names first in their order, then other names rated in the 4 weeks, A-Z.
// - Adherence: completed sessions in today-27..today divided by 4 x the weekly target.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "limber/date.h"
#include "limber/journal.h"

namespace limber {

constexpr int kWalkingMinutesPerWeek = 150;

enum class TrendDirection { unknown, better, steady, worse };
const char* to_string(TrendDirection direction);

struct Trend {
  std::optional<double> first_week;
  std::optional<double> last_week;
  std::optional<double> change;
  std::optional<double> slope_per_week;
  int days = 0;  // days with a value in the 4 weeks
  TrendDirection direction = TrendDirection::unknown;
};

struct ActivityTrend {
  std::string name;
  std::optional<int> latest;  // the most recent score up to today
  Trend trend;
};

struct Stats {
  Date today;
  int current_streak = 0;
  int longest_streak = 0;

  Date week_start;  // Monday
  int sessions_this_week = 0;
  int sessions_target = 0;
  int walking_minutes_this_week = 0;
  int walking_minutes_target = kWalkingMinutesPerWeek;

  std::optional<double> pain_average_7d;
  int pain_days_7d = 0;
  Trend pain_trend;
  std::vector<ActivityTrend> activities;

  int sessions_done_4w = 0;
  int sessions_planned_4w = 0;
  std::optional<double> adherence;  // done / planned; none when nothing was planned
};

Stats journal_stats(const Journal& journal, Date today, int sessions_per_week_target);

}  // namespace limber
