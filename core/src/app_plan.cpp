// The plan command, and how the journal feeds the plan.
#include <algorithm>

#include "app_commands.h"
#include "limber/plan_input.h"

namespace limber {
namespace {

using json_read::Need;
using json = limber::Json;

bool plan_get(AppState& state, json_read::Fields& args, json* result, CommandError*) {
  Date today;
  if (!date_arg(args, today)) return false;
  const Plan plan = current_plan(state, today);
  json out = to_json(plan);
  // Each day's kind in the words every shell shows ("Strength and stretch").
  out["today"]["kind_text"] = state.labels.of("day_kind", out["today"]["kind"].as_string());
  for (json& day : out["week"]) day["kind_text"] = state.labels.of("day_kind", day["kind"].as_string());
  const auto& record = state.journal.screening();
  if (record) {
    const auto verdict = latest_verdict(state);
    out["check"] = {{"date", record->date.to_string()},
                    {"level", record->level},
                    {"acknowledged", record->acknowledged},
                    {"title", verdict ? verdict->title : ""},
                    {"acknowledgement", verdict ? verdict->acknowledgement : ""},
                    {"show_sciatica_guidance", verdict && verdict->show_sciatica_guidance}};
  } else {
    out["check"] = nullptr;
  }
  // A new symptom or a pain of 8 or more in a check-in since the last check: offer the
  // check again before the next session (programme.md).
  bool recheck = false;
  for (const Entry& entry : state.journal.entries()) {
    const auto* c = entry.checkin();
    if (!c || !record || c->date < record->date) continue;
    if (c->new_symptom || c->pain >= 8) recheck = true;
  }
  out["offer_check"] = recheck;
  *result = std::move(out);
  return true;
}

}  // namespace

PlanInput current_plan_input(const AppState& state, Date today) {
  const auto& record = state.journal.screening();
  const auto verdict = latest_verdict(state);
  // Built in place (no PlanInput assignment is compiled).
  PlanInput in = record && verdict ? plan_input_from_check(*state.screening, *verdict, record->date,
                                                           today, record->acknowledged)
                                   : PlanInput();
  if (!record || !verdict) {
    in.today = today;
    in.access = Access::locked;
    in.lock_reason = record ? "The check has changed since you last did it. Please do it again "
                              "before starting the exercises."
                            : "Please do the check for warning signs first. It takes a few minutes.";
  }
  add_journal_history(state.journal, in);
  return in;
}

Plan current_plan(const AppState& state, Date today) {
  return build_plan(state.catalogue, state.plan_rules, current_plan_input(state, today));
}

template <bool S>
CommandList plan_commands() {
  static constexpr CommandSpec kCommands[] = {
      {"plan.get", plan_get,
       summary<S>("Today's session and the week for a date, from the latest check and the "
                  "journal; status ready, locked or needs_acknowledgement, with the reason.")},
  };
  return {kCommands, std::end(kCommands)};
}

template CommandList plan_commands<false>();
template CommandList plan_commands<true>();

}  // namespace limber
