// limber/plan_input.h: what the plan builder needs, distilled from the latest red-flag check.
//
//   PlanInput in = plan_input_from_check(screening, verdict, screened_on, today, acknowledged);
//   add_journal_history(journal, in);
//   Plan plan = build_plan(catalogue, rules, in);
//
// The check's programme decides access (locked / gentle after acknowledgement / full); its
// precautions become excluded movements with the reasons the person is shown; the pain
// stage moves on with the weeks since the check (acute pain at the check is not acute
// forever).
#pragma once
#include "limber/date.h"
#include "limber/journal.h"
#include "limber/plan.h"
#include "limber/screening.h"

namespace limber {

PlanInput plan_input_from_check(const Screening& screening, const Verdict& verdict,
                                Date screened_on, Date today, bool gentle_acknowledged);

// Adds what the plan needs from the journal: past sessions (day, completion, pain before
// and after, exercises stopped with "this hurts"), daily pain and walking minutes.
void add_journal_history(const Journal& journal, PlanInput& in);

}  // namespace limber
