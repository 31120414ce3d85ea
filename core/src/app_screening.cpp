// Commands for the red-flag check: the questions, a verdict, the latest check.
#include "app_commands.h"
#include "limber/plan.h"

namespace limber {
namespace {

using json_read::Need;
using json = limber::Json;

bool questions(AppState& state, json_read::Fields&, json* result, CommandError*) {
  auto parsed = json_read::parse(state.screening->questionnaire_json(), nullptr);
  *result = parsed ? *parsed : json::object();
  return true;
}

bool evaluate(AppState& state, json_read::Fields& args, json* result, CommandError* error) {
  const json* answers = args.object("answers");
  Date date;
  bool save = false;
  const bool dated = date_arg(args, date, "date", Need::optional);
  args.read_bool("save", save, Need::optional);
  if (!answers) return false;
  if (save && !args.has("date")) {
    args.error("date", "is required to save the check");
    return false;
  }
  if (save && !dated) return false;
  Problems problems;
  const auto parsed = state.screening->parse_answers(json_read::dump(*answers), problems);
  if (!parsed) {
    std::string message;
    for (const Problem& p : problems) message += (message.empty() ? "" : "; ") + p.to_string();
    return fail(error, "invalid_answers", message);
  }
  const Verdict verdict = state.screening->evaluate(*parsed);
  if (save) {
    if (!may_change(state, args, error)) return false;
    ScreeningRecord record;
    record.date = date;
    record.level = to_string(verdict.level);
    json kept = json::object();  // null means "no answer": nothing to keep
    for (auto it = answers->begin(); it != answers->end(); ++it)
      if (!it->is_null()) kept[it.key()] = *it;
    record.answers_json = json_read::dump(kept);
    const Problems refused = state.journal.set_screening(record);
    if (!refused.empty()) return fail(error, "invalid_answers", to_string(refused));
    changed(state);
  }
  *result = verdict_object(verdict);
  // Which questions these answers rule out (shown_if), so a shell hides them without
  // re-implementing the conditions.
  json hidden = json::array();
  for (const Question& q : state.screening->questions())
    if (q.has_shown_if && !state.screening->shown(q.id, *parsed)) hidden.push_back(q.id);
  (*result)["hidden"] = std::move(hidden);
  return true;
}

bool latest(AppState& state, json_read::Fields&, json* result, CommandError*) {
  const auto& record = state.journal.screening();
  if (!record) {
    *result = nullptr;
    return true;
  }
  const auto verdict = latest_verdict(state);
  *result = {{"date", record->date.to_string()},
             {"level", record->level},
             {"acknowledged", record->acknowledged},
             {"answers", *json_read::parse(record->answers_json, nullptr)},
             {"verdict", verdict ? verdict_object(*verdict) : json(nullptr)}};
  return true;
}

bool acknowledge(AppState& state, json_read::Fields& args, json* result, CommandError* error) {
  if (!may_change(state, args, error)) return false;
  const auto verdict = latest_verdict(state);
  if (!verdict) return fail(error, "needs_screening", "Please do the check first.");
  if (verdict->programme != Programme::gentle_after_ack)
    return fail(error, "not_needed", "This check's result does not ask you to confirm anything.");
  ScreeningRecord record = *state.journal.screening();
  if (!record.acknowledged) {
    record.acknowledged = true;
    state.journal.set_screening(record);
    changed(state);
  }
  *result = {{"acknowledged", true}, {"text", verdict->acknowledgement}};
  return true;
}

}  // namespace

std::optional<Verdict> latest_verdict(const AppState& state) {
  const auto& record = state.journal.screening();
  if (!record) return std::nullopt;
  Problems problems;
  const auto answers = state.screening->parse_answers(record->answers_json, problems);
  if (!answers) return std::nullopt;
  return state.screening->evaluate(*answers);
}

template <bool S>
CommandList screening_commands() {
  static constexpr CommandSpec kCommands[] = {
      {"screening.questions", questions,
       summary<S>("The red-flag questionnaire: groups, questions (lay text, type, options, "
                  "shown_if) and the not-a-diagnosis statement.")},
      {"screening.evaluate", evaluate,
       summary<S>("A verdict for answers {id: value} (with hidden: the questions these answers "
                  "rule out); with save:true and date, it becomes the latest check in the "
                  "journal.")},
      {"screening.latest", latest,
       summary<S>("The latest saved check (date, level, answers, acknowledged) with its "
                  "verdict, or null.")},
      {"screening.acknowledge", acknowledge,
       summary<S>("Records that the person confirmed the advice of a 'see a doctor soon' "
                  "result, which opens the gentle programme.")},
  };
  return {kCommands, std::end(kCommands)};
}

template CommandList screening_commands<false>();
template CommandList screening_commands<true>();

}  // namespace limber
