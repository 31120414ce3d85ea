// Commands for the guided session: start today's plan, drive the player with the shell's
// clock, and turn the result into a journal entry.
#include <algorithm>

#include "app_commands.h"
#include "limber/figure_svg.h"

namespace limber {
namespace {

using json_read::Need;
using json = limber::Json;

ExerciseStatus entry_status(ItemStatus status) {
  switch (status) {
    case ItemStatus::done: return ExerciseStatus::done;
    case ItemStatus::partial: return ExerciseStatus::partial;
    case ItemStatus::stopped_hurts: return ExerciseStatus::stopped_hurts;
    case ItemStatus::pending:
    case ItemStatus::skipped: return ExerciseStatus::skipped;
  }
  return ExerciseStatus::skipped;
}

// The picture for this moment: still while getting ready or resting, moving with the count
// during the work (the figure module owns the timing; reduced motion shows key poses only).
// The frame is also in the view (figure_frame), so a shell that paints primitives can ask
// figure.shapes for the same moment.
std::optional<figure::Frame> current_frame(const AppState& state, const SessionView& v,
                                           const SessionItem& item, bool reduced_motion) {
  const figure::PoseSet* set = state.poses.find(v.exercise_id);
  if (!set) return std::nullopt;
  if (v.step == StepKind::work) {
    const double seconds = static_cast<double>(v.step_elapsed) / 1000.0;
    const double rep = item.kind == DoseKind::reps ? item.rep_seconds : 0;
    return figure::frame_at(*set, seconds, reduced_motion, rep);
  }
  const std::string still = set->find("start") ? "start" : "hold";
  return figure::Frame{still, still, 0};
}

std::string current_figure(const AppState& state, const SessionView& v, const figure::Frame& frame) {
  const Exercise* e = state.catalogue.find(v.exercise_id);
  const figure::PoseSet* set = state.poses.find(v.exercise_id);
  if (!e || !set) return "";
  return figure::to_svg(figure::draw(*set, frame.from, frame.to, frame.phase), {e->name});
}

// After "this hurts", until the person chooses: the exercise that hurt, the easier step to
// try when one suits, and the next exercise (null after the last one: going on ends the
// session), so a shell can be about the choice (the rest of the view already shows the next
// exercise, waiting to get ready). The player keeps the offer only while paused for it.
json hurt_json(const AppState& state, const SessionView& v) {
  const RunningSession& s = *state.session;
  const auto hurt = s.player.last_hurt_item();
  if (!hurt || v.state != PlayerState::paused) return nullptr;
  const bool last = v.item == *hurt;  // waiting at the end, not before the next exercise
  const SessionItem& item = s.player.items()[*hurt];
  const Exercise* e = state.catalogue.find(item.exercise_id);
  const Exercise* easier =
      e ? suitable_easier(state.catalogue, *e, current_plan_input(state, s.date)) : nullptr;
  json out = {{"item", *hurt},
              {"name", item.name},
              {"easier", nullptr},
              {"next_name", last ? json(nullptr) : json(v.name)}};
  std::string text;
  if (easier) {
    out["easier"] = json{{"id", easier->id}, {"name", easier->name}};
    text = "You could try an easier one instead: " + easier->name + ".";
  } else {
    text = e && !e->easier.empty() ? "None of its easier versions suits you right now."
                                   : "There is no easier version of this one.";
    text += last ? " It was the last exercise today: rest until the pain settles."
                 : " Rest until the pain settles, then go on when you are ready.";
  }
  out["text"] = std::move(text);
  return out;
}

json view_json(const AppState& state, Millis now, bool reduced_motion, std::vector<Cue> cues) {
  const RunningSession& s = *state.session;
  const SessionView v = s.player.view(now);
  json out = {{"state", to_string(v.state)},
              {"date", s.date.to_string()},
              {"item", v.item},
              {"item_count", v.item_count},
              {"exercise_id", v.exercise_id},
              {"name", v.name},
              {"step", to_string(v.step)},
              {"step_text", state.labels.of("step", to_string(v.step))},
              {"side", to_string(v.side)},
              {"side_text", state.labels.of("side", to_string(v.side))},  // "" for none
              {"set", v.set},
              {"sets", v.sets},
              {"rep", v.rep},
              {"reps", v.reps},
              {"step_elapsed_ms", v.step_elapsed},
              {"step_remaining_ms", v.step_remaining},
              {"elapsed_ms", v.elapsed},
              {"remaining_ms", v.remaining},
              {"pain_before", s.pain_before ? json(*s.pain_before) : json(nullptr)}};
  if (const Exercise* e = state.catalogue.find(v.exercise_id)) {
    out["steps"] = e->steps;
    out["cue_lines"] = e->cues;
    out["stop_if"] = e->stop_if;
  }
  out["figure_frame"] = nullptr;
  if (!v.exercise_id.empty() && v.item < static_cast<int>(s.player.items().size())) {
    if (const auto frame = current_frame(state, v, s.player.items()[v.item], reduced_motion)) {
      out["figure_svg"] = current_figure(state, v, *frame);
      out["figure_frame"] = {{"from", frame->from}, {"to", frame->to}, {"phase", frame->phase}};
    } else {
      out["figure_svg"] = "";
    }
  }
  out["hurt"] = hurt_json(state, v);
  json cue_list = json::array();
  for (const Cue& c : cues)
    cue_list.push_back({{"kind", to_string(c.kind)}, {"text", c.text}, {"due", c.due}, {"item", c.item}});
  out["cues"] = std::move(cue_list);
  return out;
}

// The reply of every session action: the view now, with the cues since the last one.
bool reply_view(AppState& state, Millis now, bool reduced_motion, json* result) {
  *result = view_json(state, now, reduced_motion, state.session->player.take_cues());
  return true;
}

bool need_session(AppState& state, CommandError* error) {
  if (state.session) return true;
  return fail(error, "no_session", "No session is running. Start one from today's plan.");
}

bool start(AppState& state, json_read::Fields& args, json* result, CommandError* error) {
  Date date;
  Millis now = 0;
  int pain_before = 0;
  bool reduced = false;
  date_arg(args, date);
  now_arg(args, now);
  const bool has_pain = args.read_int("pain_before", 0, 10, pain_before, Need::optional);
  args.read_bool("reduced_motion", reduced, Need::optional);
  if (!may_change(state, args, error)) return false;
  if (state.session && !state.session->player.finished())
    return fail(error, "already_running", "A session is already running. Finish or cancel it first.");
  const Plan plan = current_plan(state, date);
  if (plan.status != PlanStatus::ready) return fail(error, "locked", plan.message);
  if (plan.today.exercises.empty())
    return fail(error, "nothing_planned", "There are no exercises planned for today.");
  std::optional<int> pain;
  if (has_pain) pain = pain_before;
  state.session.emplace(RunningSession{SessionPlayer(session_items(plan.today)), date,
                                       plan.today.plan_day, pain});
  state.session->player.start(now);
  return reply_view(state, now, reduced, result);
}

// One handler per player action, all answering with the view and the new cues. The work is
// shared, the action passed in: a copy of it per action would be more code to download.
using Action = void (SessionPlayer::*)(Millis);

bool drive_with(Action action, AppState& state, json_read::Fields& args, json* result,
                CommandError* error) {
  Millis now = 0;
  bool reduced = false;
  const bool has_now = now_arg(args, now);
  args.read_bool("reduced_motion", reduced, Need::optional);
  // Nothing moves on a refused argument: an error reply means the session is as it was.
  if (!has_now || !args.all_accepted() || !need_session(state, error)) return false;
  (state.session->player.*action)(now);
  return reply_view(state, now, reduced, result);
}

template <Action A>
bool drive(AppState& state, json_read::Fields& args, json* result, CommandError* error) {
  return drive_with(A, state, args, result, error);
}

bool easier(AppState& state, json_read::Fields& args, json* result, CommandError* error) {
  Millis now = 0;
  bool reduced = false;
  const bool has_now = now_arg(args, now);
  args.read_bool("reduced_motion", reduced, Need::optional);
  // Nothing moves on a refused argument: an error reply means the session is as it was.
  if (!has_now || !args.all_accepted() || !need_session(state, error)) return false;
  RunningSession& s = *state.session;
  const auto hurt = s.player.last_hurt_item();
  if (!hurt || !s.player.can_insert())
    return fail(error, "no_offer", "There is no easier step to try right now.");
  const Exercise* e = state.catalogue.find(s.player.items()[*hurt].exercise_id);
  const Exercise* alt = e ? suitable_easier(state.catalogue, *e, current_plan_input(state, s.date)) : nullptr;
  if (!alt) return fail(error, "no_offer", "There is no easier step that suits you.");
  s.player.insert_next(session_item(*alt, alt->dosage, false), now);
  return reply_view(state, now, reduced, result);
}

bool save(AppState& state, json_read::Fields& args, json* result, CommandError* error) {
  int pain_after = 0;
  const bool has_pain = args.read_int("pain_after", 0, 10, pain_after, Need::optional);
  const std::string* note = args.string_at("note", Need::optional);
  if (!need_session(state, error) || !may_change(state, args, error)) return false;
  RunningSession& s = *state.session;
  if (!s.player.finished())
    return fail(error, "not_finished", "Finish the session first (or cancel it).");
  const SessionResult r = s.player.result();
  SessionEntry entry;
  entry.date = s.date;
  entry.started_at = r.started_at;
  entry.ended_at = r.ended_at;
  entry.plan_day = s.plan_day;
  entry.pain_before = s.pain_before;
  if (has_pain) entry.pain_after = pain_after;
  if (note) entry.note = *note;
  for (const ItemResult& item : r.items)
    entry.exercises.push_back(
        {item.exercise_id, entry_status(item.status), item.sets_done, item.reps_done, item.seconds});
  Added added = state.journal.add(entry);
  if (!added.ok()) return fail(error, "invalid_entry", to_string(added.problems));
  changed(state);
  state.session.reset();
  *result = {{"id", added.id}};
  return true;
}

bool cancel(AppState& state, json_read::Fields& args, json* result, CommandError*) {
  if (!args.all_accepted()) return false;
  const bool had = state.session.has_value();
  state.session.reset();
  *result = {{"cancelled", had}};
  return true;
}

}  // namespace

template <bool S>
CommandList session_commands() {
  static constexpr CommandSpec kCommands[] = {
      {"session.start", start,
       summary<S>("Starts today's planned session: date, now (ms), optional pain_before 0-10 "
                  "and reduced_motion. Answers with the view (step and side, also in words as "
                  "step_text and side_text; set, rep, times, picture) and cues.")},
      {"session.view", drive<&SessionPlayer::tick>,
       summary<S>("Advances the session to now (ms since the epoch, from the shell's clock) and "
                  "answers with the view and any cues that fell due. Every session command "
                  "takes now.")},
      {"session.tick", drive<&SessionPlayer::tick>, summary<S>("The same as session.view.")},
      {"session.pause", drive<&SessionPlayer::pause>, summary<S>("Pauses at now.")},
      {"session.skip", drive<&SessionPlayer::skip>, summary<S>("Skips the current exercise.")},
      {"session.back", drive<&SessionPlayer::back>,
       summary<S>("Restarts the current exercise, or goes to the previous one within its first "
                  "seconds.")},
      {"session.hurts", drive<&SessionPlayer::hurts>,
       summary<S>("'This hurts': stops the exercise, records it and pauses. Until the person "
                  "chooses, the view's hurt names that exercise, the easier one to try (or null), "
                  "the next one and a sentence to show (text).")},
      {"session.easier", easier,
       summary<S>("Tries hurt.easier next (after session.hurts); then session.resume starts it.")},
      {"session.resume", drive<&SessionPlayer::resume>,
       summary<S>("Resumes at now (after session.hurts: goes on to the next exercise).")},
      {"session.finish", drive<&SessionPlayer::finish>, summary<S>("Ends the session now.")},
      {"session.save", save,
       summary<S>("Saves the finished session to the journal with optional pain_after 0-10 and "
                  "note.")},
      {"session.cancel", cancel, summary<S>("Drops the running session without saving it.")},
  };
  return {kCommands, std::end(kCommands)};
}

template CommandList session_commands<false>();
template CommandList session_commands<true>();

}  // namespace limber
