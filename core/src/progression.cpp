#include "limber/progression.h"

#include <algorithm>
#include "sort_by.h"

namespace limber {
namespace {

std::string pains(int before, int after) {
  return "pain " + std::to_string(before) + " before, " + std::to_string(after) + " after";
}

// The last check-in dated `day` (a later check-in of the same day replaces an earlier one).
// A search per question, not a map by day: it is asked once per progression step at most,
// and each kind of map is more code in the web module.
const DayPain* last_checkin(const std::vector<DayPain>& checkins, Date day) {
  for (std::size_t i = checkins.size(); i > 0; --i)
    if (checkins[i - 1].date == day) return &checkins[i - 1];
  return nullptr;
}

}  // namespace

Progression replay_progression(std::vector<SessionOutcome> sessions, std::vector<DayPain> checkins,
                               std::vector<DayWalk> walks, const ProgressionRules& rules) {
  auto by_date = [](const auto& a, const auto& b) { return a.date < b.date; };
  sort_by(sessions, by_date);
  sort_by(walks, by_date);

  Progression out;
  out.walking_minutes = rules.walking_start_minutes;
  int good_in_a_row = 0;
  int walk_days_at_target = 0;
  std::size_t next_walk = 0;

  auto walk_until = [&](Date limit, bool inclusive) {
    for (; next_walk < walks.size(); ++next_walk) {
      const DayWalk& w = walks[next_walk];
      if (inclusive ? w.date > limit : w.date >= limit) break;
      if (w.minutes < out.walking_minutes) continue;
      if (++walk_days_at_target < rules.walking_days_per_step) continue;
      walk_days_at_target = 0;
      out.walking_minutes =
          std::min(rules.walking_goal_minutes, out.walking_minutes + rules.walking_step_minutes);
    }
  };

  for (const SessionOutcome& s : sessions) {
    walk_until(s.date, false);
    const bool rated = s.pain_before && s.pain_after;
    const bool flare = rated && *s.pain_after >= *s.pain_before + rules.regress_margin;
    if (s.any_hurts || flare) {
      good_in_a_row = 0;
      walk_days_at_target = 0;
      out.walking_minutes = std::max(rules.walking_start_minutes,
                                     out.walking_minutes - rules.walking_step_minutes);
      const std::string why = s.any_hurts ? "an exercise was stopped because it hurt"
                                          : "pain rose by " +
                                                std::to_string(*s.pain_after - *s.pain_before) +
                                                " points (" +
                                                pains(*s.pain_before, *s.pain_after) + ")";
      if (out.step > rules.min_step) {
        --out.step;
        out.events.push_back({s.date, -1, "Eased back one step: " + why + "."});
      } else {
        out.events.push_back({s.date, 0, "Kept at the easiest step: " + why + "."});
      }
      continue;
    }
    const bool good = s.completed && rated && *s.pain_after <= *s.pain_before + rules.good_margin;
    if (!good) {
      // Progress needs evidence: an unfinished or unrated session breaks the run.
      good_in_a_row = 0;
      continue;
    }
    if (++good_in_a_row < rules.good_sessions_to_progress) continue;
    // Pain that settles by the next morning is fine; pain that is worse the next day is not.
    const DayPain* day_of = last_checkin(checkins, s.date);
    const DayPain* next_day = last_checkin(checkins, s.date.plus_days(1));
    const int before = day_of ? day_of->pain : *s.pain_before;
    if (next_day && next_day->pain > before) {
      out.events.push_back({s.date, 0,
                            "Not moved up yet: pain the next day was " +
                                std::to_string(next_day->pain) + ", higher than " +
                                std::to_string(before) + " the day before."});
      continue;  // the run stands; the next good session may progress
    }
    good_in_a_row = 0;
    if (out.step < rules.max_step) {
      ++out.step;
      out.events.push_back({s.date, +1,
                            "Moved up one step after " +
                                std::to_string(rules.good_sessions_to_progress) +
                                " sessions in a row that your pain handled well."});
    }
  }
  walk_until(Date::from_days(INT32_MAX), true);
  return out;
}

}  // namespace limber
