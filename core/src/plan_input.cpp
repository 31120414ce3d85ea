#include "limber/plan_input.h"

#include <algorithm>

namespace limber {

PlanInput plan_input_from_check(const Screening& screening, const Verdict& verdict,
                                Date screened_on, Date today, bool gentle_acknowledged) {
  PlanInput in;
  in.today = today;
  in.gentle_acknowledged = gentle_acknowledged;
  switch (verdict.programme) {
    case Programme::full: in.access = Access::full; break;
    case Programme::gentle_after_ack: in.access = Access::gentle; break;
    case Programme::locked: in.access = Access::locked; break;
  }
  // The verdict's actions already say why, most important first (the level's action, then
  // what is missing, then precautions that lock the programme).
  for (const std::string& action : verdict.actions)
    in.lock_reason += (in.lock_reason.empty() ? "" : " ") + action;

  for (const PrecautionHit& hit : verdict.precautions) {
    for (const std::string& tag : hit.excluded_tags) {
      const auto movement = parse<Movement>(tag);
      if (!movement) continue;  // the screening loader and catalogue share this vocabulary
      if (std::find(in.excluded.begin(), in.excluded.end(), *movement) != in.excluded.end())
        continue;  // the first precaution that excludes a movement gives the reason
      in.excluded.push_back(*movement);
      in.exclusion_reasons.push_back(hit.reason);
    }
  }
  // Jumping and hopping only with no warning signs at all (programme.md).
  in.allow_plyometrics = verdict.level == Level::self_care && verdict.complete;

  std::string stage = verdict.pain_history.stage;
  if (verdict.pain_history.stage_weeks >= 0) {
    const double weeks_now =
        verdict.pain_history.stage_weeks + static_cast<double>(std::max<std::int64_t>(0, today - screened_on)) / 7.0;
    stage = screening.stage_for_weeks(weeks_now);
  }
  in.stage = stage == "acute"      ? Stage::acute
             : stage == "subacute" ? Stage::subacute
             : stage == "chronic"  ? Stage::chronic
                                   : Stage::unknown;
  return in;
}

// What the plan needs from the journal: past sessions, daily pain and walking.
void add_journal_history(const Journal& journal, PlanInput& in) {
  for (const Entry& entry : journal.entries()) {
    if (const auto* s = entry.session()) {
      PastSession past;
      past.plan_day = s->plan_day;
      past.outcome.date = s->date;
      // Progression needs the whole session done; a session with skips or stops is not.
      past.outcome.completed =
          !s->exercises.empty() &&
          std::all_of(s->exercises.begin(), s->exercises.end(),
                      [](const ExerciseLog& e) { return e.status == ExerciseStatus::done; });
      past.any_work = s->completed();  // at least one exercise done or partly done
      past.outcome.pain_before = s->pain_before;
      past.outcome.pain_after = s->pain_after;
      for (const ExerciseLog& log : s->exercises) {
        if (log.status != ExerciseStatus::stopped_hurts) continue;
        past.outcome.any_hurts = true;
        past.hurt_ids.push_back(log.exercise_id);
      }
      in.sessions.push_back(std::move(past));
    } else if (const auto* c = entry.checkin()) {
      in.checkins.push_back({c->date, c->pain});
      if (c->walking_minutes) in.walks.push_back({c->date, *c->walking_minutes});
    }
  }
}

}  // namespace limber
