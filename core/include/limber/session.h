// limber/session.h: the guided-session player, a pure state machine driven by timestamps.
//
//   SessionPlayer player(items);                  // items from the plan (exercise + dose)
//   player.start(now);                            // now: Millis from the shell's clock
//   player.tick(now);                             // call as often or as rarely as you like
//   for (const Cue& cue : player.take_cues()) speak(cue);
//   SessionView v = player.view(now);             // what to draw: step, side, set, countdown
//   player.pause(now); player.resume(now); player.skip(now); player.back(now);
//   player.hurts(now);                            // stop this exercise, log it, pause
//   if (player.finished()) journal.add(player.result());
//
// Time only ever comes in as arguments, and every step starts exactly when the one before
// it was due to end (never when a tick happened to notice), so holds cannot drift: any
// sequence of ticks leaves the same state as one tick at the end.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "limber/date.h"

namespace limber {

// How an exercise is dosed, as the player needs it.
enum class DoseKind { hold, reps, timed, minutes };
const char* to_string(DoseKind kind);

struct SessionItem {
  std::string exercise_id;
  std::string name;
  DoseKind kind = DoseKind::hold;
  int hold_seconds = 0;   // hold: each hold; timed: work_seconds; minutes: minutes * 60
  int reps = 0;           // reps only
  int rep_seconds = 4;    // reps only: one lift and lower
  int sets = 1;
  bool per_side = false;  // each set on the right, then the left (as the steps describe)
  int rest_seconds = 0;   // between sets and sides
  int get_ready_seconds = 10;  // time to get into position before the first set

  int work_seconds() const;  // one set on one side
};

enum class StepKind { get_ready, work, rest };
enum class Side { none, left, right };
const char* to_string(StepKind kind);
const char* to_string(Side side);

enum class CueKind {
  next_exercise,  // get ready for the next exercise (text: its name)
  go,             // the work starts
  halfway,        // half of a hold or timed step
  last_5_seconds,
  switch_sides,
  rest,
  exercise_done,
  session_done,
};
const char* to_string(CueKind kind);

struct Cue {
  CueKind kind;
  Millis due;       // when it was due (may be earlier than the tick that emitted it)
  int item = 0;     // index into the items
  std::string text; // a short phrase a shell may speak or show

  bool operator==(const Cue& o) const {
    return kind == o.kind && due == o.due && item == o.item && text == o.text;
  }
};

enum class PlayerState { ready, running, paused, finished };
const char* to_string(PlayerState state);

enum class ItemStatus { pending, done, partial, skipped, stopped_hurts };
const char* to_string(ItemStatus status);

struct ItemResult {
  std::string exercise_id;
  ItemStatus status = ItemStatus::pending;
  int sets_done = 0;        // full sets (both sides when per_side)
  int reps_done = 0;        // reps only, counted over all sets and sides
  int seconds = 0;          // time spent in work steps
};

struct SessionResult {
  Millis started_at = 0;
  Millis ended_at = 0;
  std::vector<ItemResult> items;
};

struct SessionView {
  PlayerState state = PlayerState::ready;
  int item = 0;             // current exercise index
  int item_count = 0;
  std::string exercise_id;
  std::string name;
  StepKind step = StepKind::get_ready;
  Side side = Side::none;
  int set = 0;              // 1-based, 0 before the first set
  int sets = 0;
  int rep = 0;              // reps only: the rep in progress, 1-based
  int reps = 0;
  double rep_phase = 0;     // reps only: 0..1 within the rep in progress
  Millis step_elapsed = 0;
  Millis step_remaining = 0;
  Millis elapsed = 0;       // whole session, pauses excluded
  Millis remaining = 0;     // whole session as planned from here
};

class SessionPlayer {
 public:
  explicit SessionPlayer(std::vector<SessionItem> items);

  void start(Millis now);
  void tick(Millis now);
  void pause(Millis now);
  void resume(Millis now);
  // Ends the current exercise as skipped (or partial when some work was done) and moves on.
  void skip(Millis now);
  // Restarts the current exercise; within its first 3 seconds, goes to the previous one.
  void back(Millis now);
  // "This hurts": stops the current exercise, records it, and pauses before the next one (or,
  // after the last exercise, at the end: resume() or skip() then ends the session).
  void hurts(Millis now);
  // Ends the whole session now (remaining exercises count as skipped).
  void finish(Millis now);
  // Puts `item` next, in place of where the person is now: allowed only while getting
  // ready for an exercise (e.g. paused after "this hurts", to try the easier step first).
  bool insert_next(SessionItem item, Millis now);
  bool can_insert() const;

  PlayerState state() const { return state_; }
  bool finished() const { return state_ == PlayerState::finished; }
  const std::vector<SessionItem>& items() const { return items_; }
  SessionView view(Millis now) const;
  // Cues emitted since the last call, oldest first.
  std::vector<Cue> take_cues();
  // Every cue emitted so far (for tests and logs).
  const std::vector<Cue>& cue_history() const { return history_; }
  SessionResult result() const;
  // The exercise stopped with "this hurts", while the person chooses what comes next:
  // cleared when they carry on (resume, skip, back) or take the easier step (insert_next).
  // The next exercise is announced (its next_exercise cue) only once they have chosen.
  std::optional<int> last_hurt_item() const { return last_hurt_; }

  // Two players are equal when they would behave identically from here on.
  bool same_state_as(const SessionPlayer& other) const;

 private:
  struct Step {
    StepKind kind;
    int item;
    int set;      // 1-based
    Side side;
    Millis duration;
  };

  // Past the last step but not finished: paused there after the last exercise hurt, while
  // the person chooses between its easier version and ending the session.
  bool at_end() const { return step_ >= static_cast<int>(steps_.size()); }
  void build_steps();
  void advance_to(Millis now);       // plays steps forward up to `now` (running only)
  void enter_step(int index, Millis at);
  void emit(CueKind kind, Millis due, int item, std::string text = {});
  void emit_step_cues_until(Millis now);
  void credit_current_step(Millis now);
  void close_item(int item, ItemStatus status);
  int first_step_of_item(int item) const;
  Millis planned_from(int step_index) const;

  std::vector<SessionItem> items_;
  std::vector<Step> steps_;
  std::vector<ItemResult> results_;
  std::vector<Cue> history_;
  std::size_t delivered_ = 0;  // cues already handed out by take_cues()

  PlayerState state_ = PlayerState::ready;
  int step_ = 0;
  Millis step_start_ = 0;      // when the current step started (shifted by pauses)
  Millis paused_at_ = 0;
  Millis started_at_ = 0;
  Millis ended_at_ = 0;
  Millis elapsed_before_step_ = 0;  // session time spent before the current step
  int step_cues_done_ = 0;     // bitmask of in-step cues already emitted for this step
  std::optional<int> last_hurt_;
};

}  // namespace limber
