#include "limber/plan.h"

#include <gtest/gtest.h>

#include <random>

namespace limber {
namespace {

struct Fixture {
  Problems problems;
  Catalogue catalogue = Catalogue::load(embedded_assets(), problems);
  PlanRules rules = PlanRules::load(embedded_assets(), catalogue, problems);
};

const Fixture& fixture() {
  static const Fixture f;
  return f;
}

Plan plan_for(const PlanInput& in) { return build_plan(fixture().catalogue, fixture().rules, in); }

PlanInput full_access(const char* today = "2026-11-18") {  // a Wednesday
  PlanInput in;
  in.today = *Date::parse(today);
  in.access = Access::full;
  in.stage = Stage::chronic;
  return in;
}

PastSession logged(const char* date, const char* plan_day, int before, int after,
                   bool completed = true, std::vector<std::string> hurt = {}) {
  PastSession s;
  s.plan_day = plan_day;
  s.outcome = {*Date::parse(date), completed, !hurt.empty(), before, after};
  s.hurt_ids = std::move(hurt);
  return s;
}

bool involves_any(const Exercise& e, const std::vector<Movement>& moves) {
  for (Movement m : moves)
    if (e.involves(m)) return true;
  return false;
}

TEST(PlanRules, TheShippedRoutineLoadsCleanly) {
  EXPECT_TRUE(fixture().problems.empty()) << to_string(fixture().problems);
  EXPECT_FALSE(fixture().rules.half_a.empty());
  EXPECT_FALSE(fixture().rules.half_b.empty());
}

TEST(PlanRules, UnknownExerciseInTheRoutineIsNamed) {
  Assets assets = embedded_assets();
  assets["programme/plan.json"].replace(assets["programme/plan.json"].find("\"cat_cow\""), 9,
                                        "\"cat_cows\"");
  Problems problems;
  PlanRules::load(assets, fixture().catalogue, problems);
  ASSERT_FALSE(problems.empty());
  EXPECT_EQ(problems[0].file, "programme/plan.json");
  EXPECT_NE(problems[0].message.find("cat_cows"), std::string::npos);
}

TEST(Plan, LockedAndAcknowledgementGates) {
  PlanInput in = full_access();
  in.access = Access::locked;
  in.lock_reason = "Call the emergency number now.";
  Plan p = plan_for(in);
  EXPECT_EQ(p.status, PlanStatus::locked);
  EXPECT_EQ(p.message, in.lock_reason);
  EXPECT_TRUE(p.today.exercises.empty());
  for (const DayPlan& d : p.week)
    if (d.date >= in.today) {
      EXPECT_EQ(d.kind, DayKind::locked);
    }

  in.access = Access::gentle;
  p = plan_for(in);
  EXPECT_EQ(p.status, PlanStatus::needs_acknowledgement);
  EXPECT_TRUE(p.today.exercises.empty());

  in.gentle_acknowledged = true;
  p = plan_for(in);
  EXPECT_EQ(p.status, PlanStatus::ready);
  EXPECT_EQ(p.today.kind, DayKind::gentle);
  for (const PlannedExercise& e : p.today.exercises) {
    EXPECT_NE(e.exercise->category, Category::strength) << e.exercise->id;
    EXPECT_NE(e.exercise->category, Category::plyometric) << e.exercise->id;
  }
}

TEST(Plan, AcuteStageStartsGentleWithWalking) {
  PlanInput in = full_access();
  in.stage = Stage::acute;
  const Plan p = plan_for(in);
  EXPECT_EQ(p.today.kind, DayKind::gentle);
  EXPECT_EQ(p.today.walking_minutes, 10);
  for (const DayPlan& d : p.week)
    if (d.date >= in.today) {
      EXPECT_EQ(d.kind, DayKind::gentle);
    }
}

TEST(Plan, WarmUpAlwaysComesFirst) {
  for (int offset = 0; offset < 7; ++offset) {
    for (Stage stage : {Stage::acute, Stage::subacute, Stage::chronic}) {
      PlanInput in = full_access();
      in.today = in.today.plus_days(offset);
      in.stage = stage;
      const Plan p = plan_for(in);
      ASSERT_FALSE(p.today.exercises.empty());
      bool warming_up = true;
      for (const PlannedExercise& e : p.today.exercises) {
        if (!e.warm_up) warming_up = false;
        EXPECT_TRUE(warming_up || !e.warm_up) << "warm-up after the main part: " << e.exercise->id;
      }
      EXPECT_TRUE(p.today.exercises.front().warm_up);
    }
  }
}

TEST(Plan, StrengthDaysAlternateHalvesWithARestDayBetween) {
  PlanInput in = full_access("2026-11-16");  // a Monday, nothing logged yet
  const Plan p = plan_for(in);
  std::vector<std::string> days;
  for (const DayPlan& d : p.week) days.push_back(d.plan_day);
  EXPECT_EQ(days, (std::vector<std::string>{"A", "stretch", "B", "stretch", "A", "stretch",
                                            "stretch"}));
}

TEST(Plan, YesterdaysStrengthSessionMakesTodayARestDayForTheHips) {
  PlanInput in = full_access("2026-11-18");
  in.sessions = {logged("2026-11-17", "A", 3, 3)};
  const Plan p = plan_for(in);
  EXPECT_EQ(p.today.kind, DayKind::stretch);
  EXPECT_EQ(p.week[1].plan_day, "A");
  EXPECT_TRUE(p.week[1].done);
  EXPECT_EQ(p.week[3].plan_day, "B");  // the next half after A
}

// Property: over random histories, no week ever plans two strength days in a row, and the
// number of strength days (done + planned) never passes the weekly target.
TEST(PlanProperty, NeverTwoStrengthDaysInARow) {
  std::mt19937 rng(11);
  for (int round = 0; round < 400; ++round) {
    PlanInput in = full_access();
    in.today = Date::parse("2026-11-16")->plus_days(rng() % 7);
    for (Date d = in.today.plus_days(-10); d < in.today; d = d.plus_days(1)) {
      if (rng() % 3 == 0) continue;
      const char* kinds[] = {"A", "B", "stretch"};
      in.sessions.push_back(logged(d.to_string().c_str(), kinds[rng() % 3], 3, 3));
    }
    const Plan p = plan_for(in);
    int strength = 0;
    for (std::size_t i = 0; i < p.week.size(); ++i) {
      const DayPlan& d = p.week[i];
      if (d.kind != DayKind::strength) continue;
      if (!d.done) {
        ++strength;
        if (i > 0) {
          EXPECT_NE(p.week[i - 1].kind, DayKind::strength) << "round " << round << " day " << i;
        }
      }
    }
    EXPECT_LE(strength, fixture().rules.sessions_per_week);
  }
}

TEST(Plan, PrecautionsSwapForTheNearestSafeAlternativeAndSayWhy) {
  const std::vector<Movement> posterior = {Movement::hip_flexion_past_90, Movement::crosses_midline,
                                           Movement::hip_internal_rotation, Movement::high_impact};
  for (int offset = 0; offset < 7; ++offset) {
    for (int step = 0; step < 7; ++step) {
      PlanInput in = full_access();
      in.today = in.today.plus_days(offset);
      in.excluded = posterior;
      in.exclusion_reasons = {"after a hip replacement, avoid bending the hip past a right angle"};
      // A history that reaches this progression step.
      for (int i = 0; i < step * 2; ++i)
        in.sessions.push_back(
            logged(in.today.plus_days(-40 + i * 2).to_string().c_str(), "stretch", 3, 3));
      const Plan p = plan_for(in);
      for (const PlannedExercise& e : p.today.exercises) {
        EXPECT_FALSE(involves_any(*e.exercise, posterior))
            << e.exercise->id << " on day " << offset << " at step " << step;
        if (!e.replaces.empty()) {
          EXPECT_FALSE(e.reason.empty()) << e.exercise->id;
        }
      }
    }
  }
}

TEST(Plan, OsteoporosisNeverGetsPlyometricsOrLoadedFlexion) {
  PlanInput in = full_access();
  in.excluded = {Movement::spinal_flexion_loaded, Movement::high_impact};
  in.allow_plyometrics = false;
  for (int i = 0; i < 16; ++i)  // a long good run: the highest step, where harder steps appear
    in.sessions.push_back(logged(in.today.plus_days(-33 + i * 2).to_string().c_str(),
                                 i % 2 ? "A" : "B", 2, 2));
  for (int offset = 0; offset < 7; ++offset) {
    in.today = Date::parse("2026-11-18")->plus_days(offset);
    const Plan p = plan_for(in);
    for (const PlannedExercise& e : p.today.exercises) {
      EXPECT_NE(e.exercise->category, Category::plyometric) << e.exercise->id;
      EXPECT_FALSE(e.exercise->involves(Movement::spinal_flexion_loaded)) << e.exercise->id;
    }
  }
}

TEST(Plan, ProgressionRaisesTheDoseAndRegressionLowersIt) {
  PlanInput base = full_access("2026-11-16");  // Monday: a strength day (half A)
  const Plan start = plan_for(base);
  ASSERT_EQ(start.today.plan_day, "A");

  PlanInput up = base;
  up.sessions = {logged("2026-11-09", "A", 3, 3), logged("2026-11-11", "B", 3, 4)};
  up.sessions.push_back(logged("2026-11-13", "B", 3, 3));  // last was B: today is A again
  const Plan progressed = plan_for(up);
  ASSERT_EQ(progressed.progression.step, 1);

  PlanInput down = base;
  down.sessions = {logged("2026-11-13", "B", 2, 6)};
  const Plan regressed = plan_for(down);
  ASSERT_EQ(regressed.progression.step, -1);
  ASSERT_EQ(regressed.today.plan_day, "A");

  // Compare a reps exercise of the routine across the three plans.
  auto find = [](const Plan& p, const std::string& replaces_or_id) -> const PlannedExercise* {
    for (const auto& e : p.today.exercises)
      if (e.exercise->id == replaces_or_id || e.replaces == replaces_or_id) return &e;
    return nullptr;
  };
  const PlannedExercise* a = find(start, "straight_leg_raise");
  const PlannedExercise* b = find(progressed, "straight_leg_raise");
  const PlannedExercise* c = find(regressed, "straight_leg_raise");
  ASSERT_TRUE(a && b && c);
  EXPECT_EQ(b->exercise, a->exercise);
  EXPECT_GT(b->dosage.reps, a->dosage.reps);
  EXPECT_FALSE(b->reason.empty());
  EXPECT_TRUE(c->exercise != a->exercise || c->dosage.reps < a->dosage.reps)
      << "regression gives an easier exercise or a lighter dose";
  EXPECT_FALSE(c->reason.empty());
}

TEST(Plan, AnExerciseThatHurtIsSwappedForItsEasierStep) {
  PlanInput in = full_access("2026-11-16");
  const Plan before = plan_for(in);
  const PlannedExercise* target = nullptr;
  for (const auto& e : before.today.exercises)
    if (!e.warm_up && !e.exercise->easier.empty()) target = &e;
  ASSERT_TRUE(target) << "the routine has an exercise with an easier step";
  const std::string hurt = target->exercise->id;
  in.sessions = {logged("2026-11-14", "stretch", 3, 3, false, {hurt})};
  const Plan after = plan_for(in);
  for (const auto& e : after.today.exercises) {
    EXPECT_NE(e.exercise->id, hurt);
    if (e.replaces == hurt) {
      EXPECT_NE(e.reason.find("hurt"), std::string::npos);
    }
  }
}

TEST(Plan, SessionItemsFollowTheDoses) {
  const Plan p = plan_for(full_access("2026-11-16"));
  const auto items = session_items(p.today);
  ASSERT_EQ(items.size(), p.today.exercises.size());
  for (std::size_t i = 0; i < items.size(); ++i) {
    EXPECT_EQ(items[i].exercise_id, p.today.exercises[i].exercise->id);
    EXPECT_EQ(items[i].sets, p.today.exercises[i].dosage.sets);
    EXPECT_GT(items[i].work_seconds(), 0) << items[i].exercise_id;
  }
}

}  // namespace
}  // namespace limber
