#include "limber/session.h"

#include <algorithm>

namespace limber {
namespace {

constexpr Millis kSecond = 1000;
constexpr Millis kSwitchSides = 5 * kSecond;  // a short pause to change sides
// Exercise steps describe the right side (e.g. "lift your right knee"), then say "swap":
// the player follows them, so the label on screen always names the side being worked.
constexpr Side kFirstSide = Side::right;
constexpr Side kSecondSide = Side::left;
constexpr Millis kBackGrace = 3 * kSecond;    // "back" this early goes to the previous item
constexpr int kHalfwayBit = 1, kLast5Bit = 2;

}  // namespace

const char* to_string(DoseKind kind) {
  switch (kind) {
    case DoseKind::hold: return "hold";
    case DoseKind::reps: return "reps";
    case DoseKind::timed: return "timed";
    case DoseKind::minutes: return "minutes";
  }
  return "?";
}

const char* to_string(StepKind kind) {
  switch (kind) {
    case StepKind::get_ready: return "get_ready";
    case StepKind::work: return "work";
    case StepKind::rest: return "rest";
  }
  return "?";
}

const char* to_string(Side side) {
  switch (side) {
    case Side::none: return "none";
    case Side::left: return "left";
    case Side::right: return "right";
  }
  return "?";
}

const char* to_string(CueKind kind) {
  switch (kind) {
    case CueKind::next_exercise: return "next_exercise";
    case CueKind::go: return "go";
    case CueKind::halfway: return "halfway";
    case CueKind::last_5_seconds: return "last_5_seconds";
    case CueKind::switch_sides: return "switch_sides";
    case CueKind::rest: return "rest";
    case CueKind::exercise_done: return "exercise_done";
    case CueKind::session_done: return "session_done";
  }
  return "?";
}

const char* to_string(PlayerState state) {
  switch (state) {
    case PlayerState::ready: return "ready";
    case PlayerState::running: return "running";
    case PlayerState::paused: return "paused";
    case PlayerState::finished: return "finished";
  }
  return "?";
}

const char* to_string(ItemStatus status) {
  switch (status) {
    case ItemStatus::pending: return "pending";
    case ItemStatus::done: return "done";
    case ItemStatus::partial: return "partial";
    case ItemStatus::skipped: return "skipped";
    case ItemStatus::stopped_hurts: return "stopped_hurts";
  }
  return "?";
}

int SessionItem::work_seconds() const {
  switch (kind) {
    case DoseKind::reps: return reps * rep_seconds;
    case DoseKind::minutes: return hold_seconds;  // the plan converts minutes to seconds
    default: return hold_seconds;
  }
}

SessionPlayer::SessionPlayer(std::vector<SessionItem> items) : items_(std::move(items)) {
  for (auto& item : items_) {
    // Defensive clamps: a malformed plan must not produce a step that never ends or
    // a division by zero; the catalogue validator rejects such doses long before this.
    item.sets = std::max(1, item.sets);
    item.rep_seconds = std::max(1, item.rep_seconds);
    item.reps = std::max(0, item.reps);
    item.hold_seconds = std::max(0, item.hold_seconds);
    item.rest_seconds = std::max(0, item.rest_seconds);
    item.get_ready_seconds = std::max(0, item.get_ready_seconds);
    results_.push_back({item.exercise_id, ItemStatus::pending, 0, 0, 0});
  }
  build_steps();
}

void SessionPlayer::build_steps() {
  for (int i = 0; i < static_cast<int>(items_.size()); ++i) {
    const SessionItem& item = items_[i];
    steps_.push_back({StepKind::get_ready, i, 0, Side::none, item.get_ready_seconds * kSecond});
    const std::vector<Side> sides =
        item.per_side ? std::vector<Side>{kFirstSide, kSecondSide} : std::vector<Side>{Side::none};
    for (int set = 1; set <= item.sets; ++set) {
      for (std::size_t s = 0; s < sides.size(); ++s) {
        steps_.push_back({StepKind::work, i, set, sides[s], item.work_seconds() * kSecond});
        const bool last_side = s + 1 == sides.size();
        if (!last_side) {
          steps_.push_back({StepKind::rest, i, set, sides[s + 1], kSwitchSides});
        } else if (set < item.sets && item.rest_seconds > 0) {
          steps_.push_back({StepKind::rest, i, set + 1, sides[0], item.rest_seconds * kSecond});
        }
      }
    }
  }
}

void SessionPlayer::emit(CueKind kind, Millis due, int item, std::string text) {
  history_.push_back({kind, due, item, std::move(text)});
}

std::vector<Cue> SessionPlayer::take_cues() {
  std::vector<Cue> out(history_.begin() + static_cast<std::ptrdiff_t>(delivered_), history_.end());
  delivered_ = history_.size();
  return out;
}

int SessionPlayer::first_step_of_item(int item) const {
  for (int s = 0; s < static_cast<int>(steps_.size()); ++s)
    if (steps_[s].item == item) return s;
  return static_cast<int>(steps_.size());
}

Millis SessionPlayer::planned_from(int step_index) const {
  Millis total = 0;
  for (int s = step_index; s < static_cast<int>(steps_.size()); ++s) total += steps_[s].duration;
  return total;
}

void SessionPlayer::enter_step(int index, Millis at) {
  step_ = index;
  step_start_ = at;
  step_cues_done_ = 0;
  if (index >= static_cast<int>(steps_.size())) {
    state_ = PlayerState::finished;
    ended_at_ = at;
    emit(CueKind::session_done, at, static_cast<int>(items_.size()) - 1, "Session complete");
    return;
  }
  const Step& step = steps_[index];
  const SessionItem& item = items_[step.item];
  switch (step.kind) {
    case StepKind::get_ready:
      emit(CueKind::next_exercise, at, step.item, item.name);
      break;
    case StepKind::work:
      emit(CueKind::go, at, step.item,
           step.side == Side::left ? "Left side" : step.side == Side::right ? "Right side" : "Go");
      break;
    case StepKind::rest: {
      const bool switching = step.side == kSecondSide && steps_[index - 1].side == kFirstSide &&
                             steps_[index - 1].set == step.set;
      if (switching) emit(CueKind::switch_sides, at, step.item, "Switch sides");
      else emit(CueKind::rest, at, step.item, "Rest");
      break;
    }
  }
}

void SessionPlayer::emit_step_cues_until(Millis now) {
  const Step& step = steps_[step_];
  if (step.kind != StepKind::work || items_[step.item].kind == DoseKind::reps) return;
  // Halfway only helps in a long hold; the 5-second warning needs room before it.
  if (step.duration >= 20 * kSecond && !(step_cues_done_ & kHalfwayBit)) {
    const Millis due = step_start_ + step.duration / 2;
    if (due > now) return;
    emit(CueKind::halfway, due, step.item, "Halfway");
    step_cues_done_ |= kHalfwayBit;
  }
  if (step.duration >= 10 * kSecond && !(step_cues_done_ & kLast5Bit)) {
    const Millis due = step_start_ + step.duration - 5 * kSecond;
    if (due > now) return;
    emit(CueKind::last_5_seconds, due, step.item, "5 seconds");
    step_cues_done_ |= kLast5Bit;
  }
}

void SessionPlayer::close_item(int item, ItemStatus status) {
  results_[item].status = status;
}

void SessionPlayer::advance_to(Millis now) {
  while (state_ == PlayerState::running) {
    emit_step_cues_until(now);
    const Step& step = steps_[step_];
    const Millis end = step_start_ + step.duration;
    if (end > now) return;
    // The step is complete: credit it, then start the next one exactly at `end`.
    if (step.kind == StepKind::work) {
      ItemResult& r = results_[step.item];
      const SessionItem& item = items_[step.item];
      r.seconds += static_cast<int>(step.duration / kSecond);
      if (item.kind == DoseKind::reps) r.reps_done += item.reps;
      if (step.side != kFirstSide) r.sets_done += 1;  // a set is done when its last side is
    }
    elapsed_before_step_ += step.duration;
    const int next = step_ + 1;
    const bool item_ends = next >= static_cast<int>(steps_.size()) || steps_[next].item != step.item;
    if (item_ends && step.kind == StepKind::work) {
      close_item(step.item, ItemStatus::done);
      emit(CueKind::exercise_done, end, step.item, "Well done");
    }
    enter_step(next, end);
  }
}

void SessionPlayer::start(Millis now) {
  if (state_ != PlayerState::ready) return;
  started_at_ = now;
  if (steps_.empty()) {
    enter_step(0, now);  // nothing to do: finished at once
    return;
  }
  state_ = PlayerState::running;
  enter_step(0, now);
  advance_to(now);
}

void SessionPlayer::tick(Millis now) { advance_to(now); }

void SessionPlayer::pause(Millis now) {
  advance_to(now);
  if (state_ != PlayerState::running) return;
  state_ = PlayerState::paused;
  paused_at_ = std::max(now, step_start_);
}

void SessionPlayer::resume(Millis now) {
  if (state_ != PlayerState::paused) return;
  const bool after_hurt = last_hurt_.has_value();
  last_hurt_.reset();  // carrying on answers the offer of an easier step
  const Millis at = std::max(now, paused_at_);
  step_start_ += at - paused_at_;
  state_ = PlayerState::running;
  if (at_end()) {  // the last exercise hurt: carrying on ends the session
    enter_step(step_, at);
    return;
  }
  // hurts() kept the next exercise quiet; it is announced now that the person goes on.
  if (after_hurt) emit(CueKind::next_exercise, at, steps_[step_].item, items_[steps_[step_].item].name);
  advance_to(at);
}

// Credits the partly done work step the person is leaving (skip, hurts, back, finish).
void SessionPlayer::credit_current_step(Millis now) {
  if (step_ >= static_cast<int>(steps_.size())) return;
  const Step& step = steps_[step_];
  const Millis done = std::clamp<Millis>(now - step_start_, 0, step.duration);
  elapsed_before_step_ += done;
  if (step.kind != StepKind::work) return;
  ItemResult& r = results_[step.item];
  const SessionItem& item = items_[step.item];
  r.seconds += static_cast<int>(done / kSecond);
  if (item.kind == DoseKind::reps) r.reps_done += static_cast<int>(done / (item.rep_seconds * kSecond));
}

namespace {
bool any_work(const ItemResult& r) { return r.seconds > 0 || r.reps_done > 0 || r.sets_done > 0; }
}  // namespace

void SessionPlayer::skip(Millis now) {
  advance_to(now);
  if (state_ != PlayerState::running && state_ != PlayerState::paused) return;
  if (at_end()) return resume(now);  // nothing left to skip after the last exercise hurt
  const Millis at = state_ == PlayerState::paused ? paused_at_ : now;
  const int item = steps_[step_].item;
  credit_current_step(at);
  close_item(item, any_work(results_[item]) ? ItemStatus::partial : ItemStatus::skipped);
  last_hurt_.reset();  // moving on answers any offer of an easier step
  enter_step(first_step_of_item(item + 1), at);
}

void SessionPlayer::hurts(Millis now) {
  advance_to(now);
  if ((state_ != PlayerState::running && state_ != PlayerState::paused) || at_end()) return;
  const Millis at = state_ == PlayerState::paused ? paused_at_ : now;
  const int item = steps_[step_].item;
  credit_current_step(at);
  close_item(item, ItemStatus::stopped_hurts);
  const int next = first_step_of_item(item + 1);
  // Nothing runs on until the person chooses: an easier exercise, carry on, or stop. After
  // the last exercise the player waits at the end (at_end()) rather than finishing, so the
  // easier one can still be offered.
  last_hurt_ = item;
  if (next == static_cast<int>(steps_.size())) {
    step_ = next;
    step_start_ = at;
  } else {
    const std::size_t cues_before = history_.size();
    enter_step(next, at);
    // Announcing the next exercise now would talk over the one that hurt: resume() or
    // insert_next() announces whichever the person picks.
    while (history_.size() > cues_before) history_.pop_back();
  }
  state_ = PlayerState::paused;
  paused_at_ = at;
}

void SessionPlayer::back(Millis now) {
  advance_to(now);
  if (state_ != PlayerState::running && state_ != PlayerState::paused) return;
  const Millis at = state_ == PlayerState::paused ? paused_at_ : now;
  // Waiting at the end after the last exercise hurt, "back" goes to that exercise.
  int item = at_end() ? static_cast<int>(items_.size()) : steps_[step_].item;
  // How long the person has been in this exercise (this step plus the completed ones).
  Millis in_item = at_end() ? 0 : std::clamp<Millis>(at - step_start_, 0, steps_[step_].duration);
  for (int s = first_step_of_item(item); s < step_; ++s) in_item += steps_[s].duration;
  credit_current_step(at);
  last_hurt_.reset();
  if (in_item < kBackGrace && item > 0) item -= 1;
  // The exercise is done again from its start, so its earlier credit no longer stands.
  for (int i = item; i < static_cast<int>(results_.size()); ++i)
    results_[i] = ItemResult{items_[i].exercise_id, ItemStatus::pending, 0, 0, 0};
  enter_step(first_step_of_item(item), at);
  if (state_ == PlayerState::paused) paused_at_ = at;
}

void SessionPlayer::finish(Millis now) {
  if (state_ == PlayerState::ready) start(now);
  advance_to(now);
  if (state_ == PlayerState::finished) return;
  const Millis at = state_ == PlayerState::paused ? paused_at_ : now;
  if (!at_end()) {
    const int item = steps_[step_].item;
    credit_current_step(at);
    close_item(item, any_work(results_[item]) ? ItemStatus::partial : ItemStatus::skipped);
  }
  for (auto& r : results_)
    if (r.status == ItemStatus::pending) r.status = ItemStatus::skipped;
  last_hurt_.reset();  // ending the session answers any offer of an easier step
  state_ = PlayerState::running;  // enter_step() past the end marks it finished
  enter_step(static_cast<int>(steps_.size()), at);
}

bool SessionPlayer::can_insert() const {
  if (state_ == PlayerState::paused && at_end()) return true;  // after the last exercise hurt
  return (state_ == PlayerState::running || state_ == PlayerState::paused) &&
         step_ < static_cast<int>(steps_.size()) && steps_[step_].kind == StepKind::get_ready;
}

bool SessionPlayer::insert_next(SessionItem item, Millis now) {
  advance_to(now);
  if (!can_insert()) return false;
  const Millis at = state_ == PlayerState::paused ? paused_at_ : now;
  // At the end (the last exercise hurt) the new item goes last.
  const int index = at_end() ? static_cast<int>(items_.size()) : steps_[step_].item;
  // The time already spent getting ready still counts as session time.
  if (!at_end()) elapsed_before_step_ += std::clamp<Millis>(at - step_start_, 0, steps_[step_].duration);
  item.sets = std::max(1, item.sets);
  item.rep_seconds = std::max(1, item.rep_seconds);
  // Appended, then swapped back into place: push_back is compiled anyway, vector::insert
  // would be two more templates in the web module.
  results_.push_back(ItemResult{item.exercise_id, ItemStatus::pending, 0, 0, 0});
  items_.push_back(std::move(item));
  for (std::size_t i = items_.size() - 1; i > static_cast<std::size_t>(index); --i) {
    std::swap(results_[i], results_[i - 1]);
    std::swap(items_[i], items_[i - 1]);
  }
  steps_.clear();
  build_steps();
  enter_step(first_step_of_item(index), at);
  if (state_ == PlayerState::paused) paused_at_ = at;
  last_hurt_.reset();  // the offer was taken
  return true;
}

SessionView SessionPlayer::view(Millis now) const {
  SessionView v;
  v.state = state_;
  v.item_count = static_cast<int>(items_.size());
  if (steps_.empty()) return v;
  const bool done = step_ >= static_cast<int>(steps_.size());
  const Step& step = done ? steps_.back() : steps_[step_];
  const SessionItem& item = items_[step.item];
  v.item = step.item;
  v.exercise_id = item.exercise_id;
  v.name = item.name;
  v.step = step.kind;
  v.side = step.side;
  v.set = step.set;
  v.sets = item.sets;
  v.reps = item.kind == DoseKind::reps ? item.reps : 0;
  if (done) {
    v.elapsed = elapsed_before_step_;
    return v;
  }
  const Millis at = state_ == PlayerState::paused ? paused_at_
                    : state_ == PlayerState::ready ? step_start_
                                                   : now;
  v.step_elapsed = std::clamp<Millis>(at - step_start_, 0, step.duration);
  v.step_remaining = step.duration - v.step_elapsed;
  v.elapsed = elapsed_before_step_ + v.step_elapsed;
  v.remaining = planned_from(step_) - v.step_elapsed;
  if (step.kind == StepKind::work && item.kind == DoseKind::reps && item.reps > 0) {
    const Millis rep_ms = item.rep_seconds * kSecond;
    v.rep = std::min<int>(static_cast<int>(v.step_elapsed / rep_ms) + 1, item.reps);
    v.rep_phase = v.step_remaining == 0
                      ? 1.0
                      : static_cast<double>(v.step_elapsed % rep_ms) / static_cast<double>(rep_ms);
  }
  return v;
}

SessionResult SessionPlayer::result() const { return {started_at_, ended_at_, results_}; }

bool SessionPlayer::same_state_as(const SessionPlayer& o) const {
  auto same_results = [](const std::vector<ItemResult>& a, const std::vector<ItemResult>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
      if (a[i].status != b[i].status || a[i].sets_done != b[i].sets_done ||
          a[i].reps_done != b[i].reps_done || a[i].seconds != b[i].seconds)
        return false;
    return true;
  };
  return state_ == o.state_ && step_ == o.step_ && step_start_ == o.step_start_ &&
         (state_ != PlayerState::paused || paused_at_ == o.paused_at_) &&
         started_at_ == o.started_at_ && ended_at_ == o.ended_at_ &&
         elapsed_before_step_ == o.elapsed_before_step_ && step_cues_done_ == o.step_cues_done_ &&
         history_ == o.history_ && same_results(results_, o.results_) && last_hurt_ == o.last_hurt_;
}

}  // namespace limber
