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
      if (std::find(in.excluded.begin(), in.excluded.end(), *movement) == in.excluded.end())
        in.excluded.push_back(*movement);
      in.exclusion_reasons.emplace(*movement, hit.reason);
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

}  // namespace limber
