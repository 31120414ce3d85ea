#include "limber/progression.h"

#include <algorithm>
#include <map>
#include "sort_by.h"

namespace limber {
namespace {

std::string pains(int before, int after) {
  return "pain " + std::to_string(before) + " before, " + std::to_string(after) + " after";
}

}  // namespace

Progression replay_progression(std::vector<SessionOutcome> sessions, std::vector<DayPain> checkins,
                               std::vector<DayWalk> walks, const ProgressionRules& rules) {
  auto by_date = [](const auto& a, const auto& b) { return a.date < b.date; };
  sort_by(sessions, by_date);
  sort_by(walks, by_date);
  std::map<std::int64_t, int> pain_on;  // the last check-in of each day wins
  for (const DayPain& c : checkins) pain_on[c.date.days()] = c.pain;

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
    const auto day_of = pain_on.find(s.date.days());
    const auto next_day = pain_on.find(s.date.plus_days(1).days());
    const int before = day_of != pain_on.end() ? day_of->second : *s.pain_before;
    if (next_day != pain_on.end() && next_day->second > before) {
      out.events.push_back({s.date, 0,
                            "Not moved up yet: pain the next day was " +
                                std::to_string(next_day->second) + ", higher than " +
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
