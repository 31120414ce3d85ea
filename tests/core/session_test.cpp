#include "limber/session.h"

#include <gtest/gtest.h>

#include <random>

namespace limber {
namespace {

constexpr Millis s = 1000;
constexpr Millis T0 = 1763700000000;  // an arbitrary wall-clock start

SessionItem hold(const char* id, int seconds, int sets, bool per_side, int rest = 0) {
  SessionItem item;
  item.exercise_id = id;
  item.name = id;
  item.kind = DoseKind::hold;
  item.hold_seconds = seconds;
  item.sets = sets;
  item.per_side = per_side;
  item.rest_seconds = rest;
  return item;
}

SessionItem reps(const char* id, int count, int sets, int rest) {
  SessionItem item = hold(id, 0, sets, false, rest);
  item.kind = DoseKind::reps;
  item.reps = count;
  item.rep_seconds = 4;
  return item;
}

std::vector<std::pair<CueKind, Millis>> timeline(const std::vector<Cue>& cues) {
  std::vector<std::pair<CueKind, Millis>> out;
  for (const auto& c : cues) out.push_back({c.kind, (c.due - T0) / s});
  return out;
}

TEST(SessionPlayer, PerSideHoldCuesFallExactlyOnTime) {
  SessionPlayer p({hold("pigeon_stretch", 30, 1, true)});
  p.start(T0);
  p.tick(T0 + 500 * s);  // one late tick still places every cue at its own time
  using C = CueKind;
  EXPECT_EQ(timeline(p.take_cues()),
            (std::vector<std::pair<CueKind, Millis>>{
                {C::next_exercise, 0}, {C::go, 10}, {C::halfway, 25}, {C::last_5_seconds, 35},
                {C::switch_sides, 40}, {C::go, 45}, {C::halfway, 60}, {C::last_5_seconds, 70},
                {C::exercise_done, 75}, {C::session_done, 75}}));
  EXPECT_TRUE(p.finished());
  const SessionResult r = p.result();
  EXPECT_EQ(r.started_at, T0);
  EXPECT_EQ(r.ended_at, T0 + 75 * s);
  ASSERT_EQ(r.items.size(), 1u);
  EXPECT_EQ(r.items[0].status, ItemStatus::done);
  EXPECT_EQ(r.items[0].sets_done, 1);
  EXPECT_EQ(r.items[0].seconds, 60);
}

TEST(SessionPlayer, SidesFollowTheStepsRightThenLeft) {
  // Exercise steps describe the right side and then say "swap" (assets/README.md): the
  // label and the spoken cue must name the side the person is working.
  SessionPlayer p({hold("pigeon_stretch", 30, 2, true, 20)});
  p.start(T0);
  struct Moment {
    Millis at;
    Side side;
    int set;
  };
  // Ready 0-10 s; set 1: right 10-40, swap 40-45, left 45-75; rest 75-95; set 2 from 95.
  const Moment moments[] = {{12, Side::right, 1}, {42, Side::left, 1},
                            {50, Side::left, 1},  {77, Side::right, 2}, {135, Side::left, 2}};
  for (const auto& m : moments) {
    p.tick(T0 + m.at * s);
    const SessionView v = p.view(T0 + m.at * s);
    EXPECT_EQ(v.side, m.side) << "at " << m.at << " s";
    EXPECT_EQ(v.set, m.set) << "at " << m.at << " s";
    if (m.at == 77) {
      EXPECT_EQ(p.result().items[0].sets_done, 1) << "a set counts once both sides are done";
    }
  }
  std::vector<std::string> said;
  for (const Cue& c : p.cue_history())
    if (c.kind == CueKind::go || c.kind == CueKind::switch_sides) said.push_back(c.text);
  EXPECT_EQ(said, (std::vector<std::string>{"Right side", "Switch sides", "Left side", "Right side",
                                            "Switch sides", "Left side"}));
}

TEST(SessionPlayer, PauseShiftsEverythingAfterIt) {
  SessionPlayer p({hold("childs_pose", 30, 1, false)});
  p.start(T0);
  p.pause(T0 + 20 * s);
  p.tick(T0 + 70 * s);  // nothing moves while paused
  EXPECT_EQ(p.view(T0 + 70 * s).step_elapsed, 10 * s);
  p.resume(T0 + 80 * s);
  p.tick(T0 + 1000 * s);
  using C = CueKind;
  EXPECT_EQ(timeline(p.cue_history()),
            (std::vector<std::pair<CueKind, Millis>>{{C::next_exercise, 0},
                                                     {C::go, 10},
                                                     {C::halfway, 85},
                                                     {C::last_5_seconds, 95},
                                                     {C::exercise_done, 100},
                                                     {C::session_done, 100}}));
  EXPECT_EQ(p.view(T0 + 1000 * s).elapsed, 40 * s);  // pauses are not session time
}

TEST(SessionPlayer, RestBetweenSetsAndRepCounting) {
  SessionPlayer p({reps("straight_leg_raise", 15, 2, 30)});
  p.start(T0);
  SessionView v = p.view(T0);
  EXPECT_EQ(v.step, StepKind::get_ready);
  EXPECT_EQ(v.remaining, (10 + 60 + 30 + 60) * s);
  p.tick(T0 + 20 * s);  // 10 s into the first set: rep 3, halfway through it
  v = p.view(T0 + 20 * s);
  EXPECT_EQ(v.step, StepKind::work);
  EXPECT_EQ(v.set, 1);
  EXPECT_EQ(v.rep, 3);
  EXPECT_DOUBLE_EQ(v.rep_phase, 0.5);
  p.tick(T0 + 75 * s);
  v = p.view(T0 + 75 * s);
  EXPECT_EQ(v.step, StepKind::rest);
  EXPECT_EQ(v.set, 2);  // the rest leads into set 2
  EXPECT_EQ(v.step_remaining, 25 * s);
  p.tick(T0 + 160 * s);
  EXPECT_TRUE(p.finished());
  EXPECT_EQ(p.result().items[0].reps_done, 30);
  EXPECT_EQ(p.result().items[0].sets_done, 2);
}

TEST(SessionPlayer, HurtsStopsTheExerciseRecordsItAndWaits) {
  SessionPlayer p({reps("clamshell", 10, 2, 20), hold("childs_pose", 30, 1, false)});
  p.start(T0);
  p.hurts(T0 + 19 * s);  // 9 s into the first set: two reps done
  EXPECT_EQ(p.state(), PlayerState::paused);
  EXPECT_EQ(p.last_hurt_item(), 0);
  const SessionView v = p.view(T0 + 100 * s);
  EXPECT_EQ(v.exercise_id, "childs_pose");
  EXPECT_EQ(v.step, StepKind::get_ready);
  EXPECT_EQ(v.step_elapsed, 0);
  const ItemResult r = p.result().items[0];
  EXPECT_EQ(r.status, ItemStatus::stopped_hurts);
  EXPECT_EQ(r.reps_done, 2);
  EXPECT_EQ(r.seconds, 9);
}

TEST(SessionPlayer, TheEasierStepCanBeTriedAfterThisHurts) {
  SessionPlayer p({reps("clamshell", 10, 2, 20), hold("childs_pose", 30, 1, false)});
  p.start(T0);
  p.tick(T0 + 12 * s);
  EXPECT_FALSE(p.insert_next(reps("heel_slide", 8, 1, 0), T0 + 12 * s)) << "not mid-exercise";
  p.hurts(T0 + 12 * s);
  ASSERT_TRUE(p.insert_next(reps("heel_slide", 8, 1, 0), T0 + 30 * s));
  EXPECT_FALSE(p.last_hurt_item()) << "the offer was taken";
  EXPECT_EQ(p.state(), PlayerState::paused);
  EXPECT_EQ(p.view(T0 + 30 * s).exercise_id, "heel_slide");
  p.resume(T0 + 40 * s);
  p.tick(T0 + 1000 * s);
  const SessionResult r = p.result();
  ASSERT_EQ(r.items.size(), 3u);
  EXPECT_EQ(r.items[0].status, ItemStatus::stopped_hurts);
  EXPECT_EQ(r.items[1].exercise_id, "heel_slide");
  EXPECT_EQ(r.items[1].status, ItemStatus::done);
  EXPECT_EQ(r.items[2].status, ItemStatus::done);
}

TEST(SessionPlayer, CarryingOnAnswersTheOffer) {
  SessionPlayer p({reps("clamshell", 10, 2, 20), hold("childs_pose", 30, 1, false)});
  p.start(T0);
  p.hurts(T0 + 15 * s);
  EXPECT_EQ(p.last_hurt_item(), 0);
  p.resume(T0 + 20 * s);
  EXPECT_FALSE(p.last_hurt_item());
  EXPECT_EQ(p.result().items[0].status, ItemStatus::stopped_hurts) << "still logged";
}

TEST(SessionPlayer, TheNextExerciseIsAnnouncedOnlyOnceThePersonGoesOn) {
  SessionPlayer p({reps("clamshell", 10, 2, 20), hold("childs_pose", 30, 1, false)});
  p.start(T0);
  p.take_cues();
  p.hurts(T0 + 15 * s);
  for (const Cue& cue : p.take_cues())
    EXPECT_NE(cue.kind, CueKind::next_exercise) << "announced while the person is still hurting";
  p.resume(T0 + 40 * s);
  const std::vector<Cue> cues = p.take_cues();
  ASSERT_FALSE(cues.empty());
  EXPECT_EQ(cues[0], (Cue{CueKind::next_exercise, T0 + 40 * s, 1, "childs_pose"}));
}

TEST(SessionPlayer, SkippingOnAnswersTheOffer) {
  SessionPlayer p({hold("a", 30, 1, false), hold("b", 30, 1, false), hold("c", 30, 1, false)});
  p.start(T0);
  p.hurts(T0 + 15 * s);
  p.skip(T0 + 20 * s);
  EXPECT_FALSE(p.last_hurt_item()) << "the offer was for before b, and b is gone";
}

// After the last exercise hurts the player waits at the end instead of finishing, so an
// easier version can still be offered; every way on from there is defined.
SessionPlayer last_one_hurt() {
  SessionPlayer p({hold("a", 30, 1, false), reps("b", 10, 1, 0)});
  p.start(T0);
  p.skip(T0 + 1 * s);    // into b's "get ready" (10 s)
  p.hurts(T0 + 19 * s);  // 8 s into b's work: two reps done
  return p;
}

TEST(SessionPlayer, TheLastExerciseHurtingWaitsAtTheEnd) {
  SessionPlayer p = last_one_hurt();
  EXPECT_EQ(p.state(), PlayerState::paused) << "not finished: the person still chooses";
  EXPECT_EQ(p.last_hurt_item(), 1);
  EXPECT_TRUE(p.can_insert());
  const SessionView v = p.view(T0 + 100 * s);
  EXPECT_EQ(v.item, 1);
  EXPECT_EQ(v.elapsed, 19 * s) << "the time stopped when it hurt";
  EXPECT_EQ(p.result().items[1].status, ItemStatus::stopped_hurts);
  EXPECT_EQ(p.result().items[1].reps_done, 2);
  p.hurts(T0 + 30 * s);  // nothing is running to stop
  p.tick(T0 + 500 * s);
  EXPECT_EQ(p.state(), PlayerState::paused);
  EXPECT_EQ(p.result().items[1].status, ItemStatus::stopped_hurts);
}

TEST(SessionPlayer, GoingOnAfterTheLastExerciseHurtEndsTheSession) {
  for (const char* how : {"resume", "skip", "finish"}) {
    SCOPED_TRACE(how);
    SessionPlayer p = last_one_hurt();
    p.take_cues();
    const std::string way = how;
    if (way == "resume") p.resume(T0 + 40 * s);
    else if (way == "skip") p.skip(T0 + 40 * s);
    else p.finish(T0 + 40 * s);
    EXPECT_TRUE(p.finished());
    EXPECT_FALSE(p.last_hurt_item());
    const std::vector<Cue> cues = p.take_cues();
    ASSERT_EQ(cues.size(), 1u);
    EXPECT_EQ(cues[0].kind, CueKind::session_done);
    const SessionResult r = p.result();
    EXPECT_EQ(r.items[0].status, ItemStatus::skipped);
    EXPECT_EQ(r.items[1].status, ItemStatus::stopped_hurts) << "still logged as it was";
    EXPECT_EQ(r.items[1].reps_done, 2);
    EXPECT_EQ(p.view(T0 + 50 * s).elapsed, 19 * s) << "the choosing is not exercise time";
  }
}

TEST(SessionPlayer, TheEasierStepCanFollowTheLastExercise) {
  SessionPlayer p = last_one_hurt();
  p.take_cues();
  ASSERT_TRUE(p.insert_next(reps("heel_slide", 8, 1, 0), T0 + 30 * s));
  EXPECT_FALSE(p.last_hurt_item()) << "the offer was taken";
  EXPECT_EQ(p.view(T0 + 30 * s).exercise_id, "heel_slide");
  EXPECT_EQ(p.view(T0 + 30 * s).step, StepKind::get_ready);
  // Due when the player paused (the clock stood still since), as for an insert mid-session.
  EXPECT_EQ(p.take_cues(), (std::vector<Cue>{{CueKind::next_exercise, T0 + 19 * s, 2, "heel_slide"}}));
  p.resume(T0 + 40 * s);
  p.tick(T0 + 1000 * s);
  EXPECT_TRUE(p.finished());
  const SessionResult r = p.result();
  ASSERT_EQ(r.items.size(), 3u);
  EXPECT_EQ(r.items[1].status, ItemStatus::stopped_hurts);
  EXPECT_EQ(r.items[2].exercise_id, "heel_slide");
  EXPECT_EQ(r.items[2].status, ItemStatus::done);
  EXPECT_EQ(r.items[2].reps_done, 8);
}

TEST(SessionPlayer, BackAfterTheLastExerciseHurtRestartsIt) {
  SessionPlayer p = last_one_hurt();
  p.back(T0 + 30 * s);
  EXPECT_FALSE(p.last_hurt_item());
  EXPECT_EQ(p.state(), PlayerState::paused);
  const SessionView v = p.view(T0 + 30 * s);
  EXPECT_EQ(v.item, 1);
  EXPECT_EQ(v.step, StepKind::get_ready);
  EXPECT_EQ(p.result().items[1].status, ItemStatus::pending) << "done again from its start";
  p.resume(T0 + 40 * s);
  p.tick(T0 + 1000 * s);
  EXPECT_TRUE(p.finished());
  EXPECT_EQ(p.result().items[1].status, ItemStatus::done);
}

TEST(SessionPlayer, SkipMarksSkippedOrPartial) {
  SessionPlayer p({hold("a", 30, 1, false), hold("b", 30, 1, false), hold("c", 30, 1, false)});
  p.start(T0);
  p.skip(T0 + 5 * s);  // still getting ready: nothing done
  p.tick(T0 + 25 * s);  // b: 10 s ready, then 10 s into the hold
  p.skip(T0 + 25 * s);
  p.finish(T0 + 30 * s);
  const SessionResult r = p.result();
  EXPECT_EQ(r.items[0].status, ItemStatus::skipped);
  EXPECT_EQ(r.items[1].status, ItemStatus::partial);
  EXPECT_EQ(r.items[1].seconds, 10);
  EXPECT_EQ(r.items[2].status, ItemStatus::skipped);
  EXPECT_TRUE(p.finished());
  EXPECT_EQ(r.ended_at, T0 + 30 * s);
}

TEST(SessionPlayer, BackRestartsOrGoesToThePreviousExercise) {
  SessionPlayer p({hold("a", 30, 1, false), hold("b", 30, 1, false)});
  p.start(T0);
  p.tick(T0 + 41 * s);  // a finished at 40 s; b is 1 s into getting ready
  EXPECT_EQ(p.view(T0 + 41 * s).exercise_id, "b");
  p.back(T0 + 41 * s);  // within the grace period: back to a
  SessionView v = p.view(T0 + 41 * s);
  EXPECT_EQ(v.exercise_id, "a");
  EXPECT_EQ(v.step, StepKind::get_ready);
  EXPECT_EQ(p.result().items[0].status, ItemStatus::pending);
  p.tick(T0 + 61 * s);  // 10 s into a's hold again
  p.back(T0 + 61 * s);  // past the grace period: restart a
  v = p.view(T0 + 61 * s);
  EXPECT_EQ(v.exercise_id, "a");
  EXPECT_EQ(v.step_elapsed, 0);
}

TEST(SessionPlayer, EmptySessionFinishesAtOnce) {
  SessionPlayer p({});
  p.start(T0);
  EXPECT_TRUE(p.finished());
  EXPECT_EQ(p.take_cues().size(), 1u);
}

TEST(SessionPlayer, TakeCuesHandsEachCueOutOnce) {
  SessionPlayer p({hold("a", 30, 1, false)});
  p.start(T0);
  EXPECT_EQ(p.take_cues().size(), 1u);  // next_exercise
  EXPECT_TRUE(p.take_cues().empty());
  p.tick(T0 + 10 * s);
  const auto cues = p.take_cues();
  ASSERT_EQ(cues.size(), 1u);
  EXPECT_EQ(cues[0].kind, CueKind::go);
}

// Holds never drift: whatever the tick schedule (with pauses at the same moments), the
// player ends in exactly the state of one that was ticked only at the end.
TEST(SessionPlayerProperty, TickScheduleNeverChangesTheOutcome) {
  std::mt19937 rng(20261121);
  auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  for (int round = 0; round < 2000; ++round) {
    std::vector<SessionItem> items;
    const int count = pick(1, 4);
    for (int i = 0; i < count; ++i) {
      SessionItem item = pick(0, 1) ? hold("h", pick(20, 45), pick(1, 3), pick(0, 1), pick(0, 20))
                                    : reps("r", pick(1, 15), pick(1, 3), pick(0, 30));
      item.rep_seconds = pick(1, 5);
      items.push_back(item);
    }
    SessionPlayer ticked(items), lazy(items);
    Millis now = T0;
    ticked.start(now);
    lazy.start(now);
    const int events = pick(1, 60);
    for (int e = 0; e < events; ++e) {
      now += pick(0, 9000) + (pick(0, 9) == 0 ? pick(0, 120000) : 0);
      switch (pick(0, 9)) {
        case 0:
          ticked.pause(now);
          lazy.pause(now);
          break;
        case 1:
          ticked.resume(now);
          lazy.resume(now);
          break;
        default:
          ticked.tick(now);  // only one player sees the in-between ticks
      }
    }
    now += pick(0, 400000);
    ticked.tick(now);
    lazy.tick(now);
    ASSERT_TRUE(ticked.same_state_as(lazy)) << "round " << round;
    const SessionView a = ticked.view(now), b = lazy.view(now);
    ASSERT_EQ(a.elapsed, b.elapsed);
    ASSERT_EQ(a.remaining, b.remaining);
    // Cues come out in time order.
    const auto& history = ticked.cue_history();
    for (std::size_t i = 1; i < history.size(); ++i) ASSERT_LE(history[i - 1].due, history[i].due);
  }
}

// Elapsed plus remaining always adds up to the plan while nothing is skipped.
TEST(SessionPlayerProperty, ElapsedPlusRemainingIsThePlan) {
  SessionPlayer p({hold("a", 30, 2, true, 15), reps("b", 12, 3, 20)});
  p.start(T0);
  const Millis total = p.view(T0).remaining;
  for (Millis t = T0; !p.finished(); t += 777) {
    p.tick(t);
    const SessionView v = p.view(t);
    if (v.state == PlayerState::finished) break;
    ASSERT_EQ(v.elapsed + v.remaining, total) << (t - T0);
  }
}

}  // namespace
}  // namespace limber
