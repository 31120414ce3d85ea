// limber/progression.h: how the programme moves up or down with the person's pain.
//
// The rules (programme.md; Silbernagel 2007's pain-monitoring model) replayed over the
// journal, oldest first, so the current step is a pure function of what was logged:
//   - progress one step after `good_sessions_to_progress` completed sessions in a row whose
//     pain after was at most pain before + `good_margin`;
//   - but never while next-day pain is higher than the day before;
//   - regress one step after a session with pain after >= pain before + `regress_margin`,
//     or any exercise stopped with "this hurts".
// Walking follows its own ladder: start at `start_minutes`, add `step_minutes` after
// `days_per_step` days walked at the target, up to `goal_minutes`; a regression takes a step
// off it too.
//
//   ProgressionRules rules = ...;                 // from assets/programme/plan.json
//   Progression p = replay_progression(sessions, checkins, walks, rules);
//   p.step, p.walking_minutes, p.events (each with its date and reason, for the person)
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "limber/date.h"

namespace limber {

struct ProgressionRules {
  int good_sessions_to_progress = 2;
  int good_margin = 1;
  int regress_margin = 3;
  int min_step = -2;
  int max_step = 6;
  int walking_start_minutes = 10;
  int walking_step_minutes = 5;
  int walking_days_per_step = 3;
  int walking_goal_minutes = 30;
};

// One guided session, as progression needs it.
struct SessionOutcome {
  Date date;
  bool completed = false;  // every exercise done (none skipped, partial or stopped)
  bool any_hurts = false;  // some exercise was stopped with "this hurts"
  std::optional<int> pain_before, pain_after;
};

struct DayPain {
  Date date;
  int pain = 0;  // the day's check-in, 0-10
};

struct DayWalk {
  Date date;
  int minutes = 0;
};

struct ProgressionEvent {
  Date date;
  int change = 0;        // +1 progress, -1 regress, 0 held back
  std::string reason;    // plain words for the person
};

struct Progression {
  int step = 0;
  int walking_minutes = 0;
  std::vector<ProgressionEvent> events;  // oldest first
};

Progression replay_progression(std::vector<SessionOutcome> sessions, std::vector<DayPain> checkins,
                               std::vector<DayWalk> walks, const ProgressionRules& rules);

}  // namespace limber
