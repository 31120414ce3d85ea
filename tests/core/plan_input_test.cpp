// From the red-flag check to today's exercises: the cases issue 5 names, end to end.
#include "limber/plan_input.h"

#include <gtest/gtest.h>

#include "screening_fixture.h"

namespace limber {
namespace {

using screening_test::shipped;

struct Content {
  Problems problems;
  Catalogue catalogue = Catalogue::load(embedded_assets(), problems);
  PlanRules rules = PlanRules::load(embedded_assets(), catalogue, problems);
};

const Content& content() {
  static const Content c;
  return c;
}

Answers answers(screening_test::Changes changes, std::initializer_list<std::pair<const char*, double>> numbers = {}) {
  Answers a = screening_test::with(changes);
  Problems problems;
  for (const auto& [id, value] : numbers) shipped().set_number(a, id, value, problems);
  EXPECT_TRUE(problems.empty()) << to_string(problems);
  return a;
}

// Today's exercises on every day of a week, at every progression step the journal can
// reach, for the given answers.
std::vector<const Exercise*> every_exercise_offered(const Answers& a) {
  const Verdict v = shipped().evaluate(a);
  std::vector<const Exercise*> offered;
  const Date monday = *Date::parse("2026-11-16");
  for (int day = 0; day < 7; ++day) {
    for (int good_sessions = 0; good_sessions <= 16; good_sessions += 2) {
      const Date today = monday.plus_days(day);
      PlanInput in = plan_input_from_check(shipped(), v, today, today, true);
      for (int i = 0; i < good_sessions; ++i) {
        PastSession s;
        s.plan_day = i % 2 ? "A" : "B";
        s.outcome = {today.plus_days(-40 + 2 * i), true, false, 2, 2};
        in.sessions.push_back(s);
      }
      const Plan plan = build_plan(content().catalogue, content().rules, in);
      for (const PlannedExercise& e : plan.today.exercises) offered.push_back(e.exercise);
    }
  }
  return offered;
}

TEST(PlanFromCheck, PosteriorHipReplacementFiveWeeksAgo) {
  const auto offered =
      every_exercise_offered(answers({{"hip_replacement", "posterior"}}, {{"weeks_since_hip_replacement", 5}}));
  ASSERT_FALSE(offered.empty());
  for (const Exercise* e : offered) {
    EXPECT_FALSE(e->involves(Movement::hip_flexion_past_90)) << e->id;
    EXPECT_FALSE(e->involves(Movement::crosses_midline)) << e->id;
    EXPECT_FALSE(e->involves(Movement::hip_internal_rotation)) << e->id;
    EXPECT_NE(e->category, Category::plyometric) << e->id;
  }
}

TEST(PlanFromCheck, OsteoporosisNeverGetsPlyometricsOrLoadedFlexion) {
  const auto offered = every_exercise_offered(answers({{"osteoporosis", "yes"}}));
  ASSERT_FALSE(offered.empty());
  for (const Exercise* e : offered) {
    EXPECT_NE(e->category, Category::plyometric) << e->id;
    EXPECT_FALSE(e->involves(Movement::spinal_flexion_loaded)) << e->id;
  }
}

TEST(PlanFromCheck, PregnancyAndKneelingPrecautions) {
  for (const Exercise* e : every_exercise_offered(answers({{"pregnant_over_20_weeks", "yes"}}))) {
    EXPECT_FALSE(e->involves(Movement::supine_long_hold)) << e->id;
    EXPECT_FALSE(e->involves(Movement::prone)) << e->id;
  }
  for (const Exercise* e : every_exercise_offered(answers({{"knee_pain_kneeling", "yes"}})))
    EXPECT_FALSE(e->involves(Movement::kneeling)) << e->id;
}

TEST(PlanFromCheck, EmergencyAndUrgentLockTheProgramme) {
  for (auto changes : {screening_test::Changes{{"bladder_change", "yes"}},
                       screening_test::Changes{{"fever", "yes"}}}) {
    const Verdict v = shipped().evaluate(answers(changes));
    const Date today = *Date::parse("2026-11-18");
    const Plan plan = build_plan(content().catalogue, content().rules,
                                 plan_input_from_check(shipped(), v, today, today, true));
    EXPECT_EQ(plan.status, PlanStatus::locked);
    EXPECT_TRUE(plan.today.exercises.empty());
    EXPECT_FALSE(plan.message.empty());
  }
}

TEST(PlanFromCheck, RecentSpineSurgeryLocksTheProgramme) {
  const Verdict v = shipped().evaluate(answers({{"recent_spine_surgery", "yes"}}));
  const Date today = *Date::parse("2026-11-18");
  const Plan plan = build_plan(content().catalogue, content().rules,
                               plan_input_from_check(shipped(), v, today, today, true));
  EXPECT_EQ(plan.status, PlanStatus::locked);
  EXPECT_NE(plan.message.find("surgeon"), std::string::npos) << plan.message;
}

TEST(PlanFromCheck, AcuteStageMovesOnAsWeeksPass) {
  const Verdict v = shipped().evaluate(answers({}, {{"weeks_since_onset", 2}}));
  const Date checked = *Date::parse("2026-11-02");
  EXPECT_EQ(plan_input_from_check(shipped(), v, checked, checked, false).stage, Stage::acute);
  EXPECT_EQ(plan_input_from_check(shipped(), v, checked, checked.plus_days(21), false).stage,
            Stage::subacute);
}

TEST(PlanFromCheck, PlyometricsOnlyWithNoWarningSigns) {
  const Date today = *Date::parse("2026-11-18");
  EXPECT_TRUE(plan_input_from_check(shipped(), shipped().evaluate(answers({})), today, today, false)
                  .allow_plyometrics);
  EXPECT_FALSE(plan_input_from_check(shipped(), shipped().evaluate(answers({{"not_improving_6w", "yes"}})),
                                     today, today, false)
                   .allow_plyometrics);
}

}  // namespace
}  // namespace limber

namespace limber {
namespace {

SessionEntry logged_session(const char* date, std::vector<ExerciseStatus> statuses) {
  SessionEntry s;
  s.date = *Date::parse(date);
  s.plan_day = "A";
  s.pain_before = 3;
  s.pain_after = 3;
  for (ExerciseStatus st : statuses) s.exercises.push_back({"glute_bridge", st, 1, 10, 40});
  return s;
}

TEST(JournalHistory, OnlyWholeSessionsCountTowardProgress) {
  const Verdict v = shipped().evaluate(answers({}));
  const Date today = *Date::parse("2026-11-20");
  auto step_after = [&](std::vector<ExerciseStatus> second) {
    Journal journal;
    EXPECT_TRUE(journal.add(logged_session("2026-11-16", {ExerciseStatus::done})).ok());
    EXPECT_TRUE(journal.add(logged_session("2026-11-18", second)).ok());
    PlanInput in = plan_input_from_check(shipped(), v, today, today, false);
    add_journal_history(journal, in);
    return build_plan(content().catalogue, content().rules, in).progression.step;
  };
  EXPECT_EQ(step_after({ExerciseStatus::done, ExerciseStatus::done}), 1);
  EXPECT_EQ(step_after({ExerciseStatus::done, ExerciseStatus::skipped}), 0);
  EXPECT_EQ(step_after({ExerciseStatus::done, ExerciseStatus::partial}), 0);
}

TEST(JournalHistory, ASessionWithEverythingSkippedIsNotADayDone) {
  const Verdict v = shipped().evaluate(answers({}));
  const Date today = *Date::parse("2026-11-18");  // a Wednesday
  Journal journal;
  ASSERT_TRUE(journal.add(logged_session("2026-11-17", {ExerciseStatus::skipped})).ok());
  PlanInput in = plan_input_from_check(shipped(), v, today, today, false);
  add_journal_history(journal, in);
  const Plan plan = build_plan(content().catalogue, content().rules, in);
  EXPECT_FALSE(plan.week[1].done);
  EXPECT_EQ(plan.today.kind, DayKind::strength) << "no strength work yesterday: no rest day needed";
}

}  // namespace
}  // namespace limber
