// The shipped red-flag rules, one table row per rule: the change from the all-no baseline
// that fires it, the level expected, and a near miss that must not fire it.
#include <gtest/gtest.h>

#include <set>

#include "screening_fixture.h"

namespace limber {
namespace {

using namespace screening_test;

struct RuleCase {
  const char* rule;
  std::vector<std::pair<const char*, const char*>> fire;  // set on top of all_no(age)
  double age;
  Level expected;                                         // the verdict's level
  std::vector<std::pair<const char*, const char*>> miss;  // like fire, but the rule must not fire
  double miss_age;
};

Answers build(const std::vector<std::pair<const char*, const char*>>& changes, double age) {
  const Screening& s = shipped();
  Answers a = all_no(age);
  Problems problems;
  for (const auto& [id, value] : changes) s.set_text(a, id, value, problems);
  EXPECT_TRUE(problems.empty()) << to_string(problems);
  return a;
}

constexpr Level E = Level::emergency, U = Level::urgent, S = Level::soon, R = Level::routine;

const std::vector<RuleCase>& rule_cases() {
  static const std::vector<RuleCase> cases = {
      // Single items: yes alone gives the item's level; the baseline (all no) does not fire.
      {"saddle_numbness", {{"saddle_numbness", "yes"}}, 35, E, {}, 35},
      {"bladder_change", {{"bladder_change", "yes"}}, 35, E, {}, 35},
      {"bowel_change", {{"bowel_change", "yes"}}, 35, E, {}, 35},
      {"sexual_change", {{"sexual_change", "yes"}}, 35, U, {}, 35},
      {"both_legs_symptoms", {{"both_legs_symptoms", "yes"}}, 35, E, {}, 35},
      {"progressive_weakness", {{"progressive_weakness", "yes"}}, 35, E, {}, 35},
      {"major_trauma", {{"major_trauma", "yes"}}, 35, E, {}, 35},
      {"chest_pain", {{"chest_pain", "yes"}}, 35, E, {}, 35},
      {"aortic_signs", {{"aortic_signs", "yes"}}, 35, E, {}, 35},
      {"fall_cannot_bear_weight", {{"fall_cannot_bear_weight", "yes"}}, 35, E, {}, 35},
      {"hot_swollen_hip", {{"hot_swollen_hip", "yes"}}, 35, E, {}, 35},
      {"fever", {{"fever", "yes"}}, 35, U, {}, 35},
      {"infection_risk", {{"infection_risk", "yes"}}, 35, S, {}, 35},
      {"cancer_history", {{"cancer_history", "yes"}}, 35, U, {}, 35},
      {"weight_loss", {{"weight_loss", "yes"}}, 35, S, {}, 35},
      {"night_pain", {{"night_pain", "yes"}}, 35, S, {}, 35},
      {"fragility_trauma", {{"fragility_trauma", "yes"}}, 35, U, {}, 35},
      {"back_deformity", {{"back_deformity", "yes"}}, 35, U, {}, 35},
      {"kidney_signs", {{"kidney_signs", "yes"}}, 35, U, {}, 35},
      {"shingles_signs", {{"shingles_signs", "yes"}}, 35, S, {}, 35},
      {"runner_groin_pain", {{"runner_groin_pain", "yes"}}, 35, S, {}, 35},
      {"cannot_walk", {{"cannot_walk", "yes"}}, 35, U, {}, 35},
      {"avn_risk", {{"avn_risk", "yes"}}, 35, S, {}, 35},
      {"inflammatory_pattern", {{"inflammatory_pattern", "yes"}}, 35, R, {}, 35},
      {"not_improving_6w", {{"not_improving_6w", "yes"}}, 35, R, {}, 35},
      // Age is context: child_limp counts for 16 and under only.
      {"child_limp", {{"child_limp", "yes"}}, 12, U, {{"child_limp", "yes"}}, 17},
      // Combinations: the near miss is the same answers without the partner item.
      {"sexual_change_with_nerve_signs", {{"sexual_change", "yes"}, {"bowel_change", "yes"}}, 35,
       E, {{"sexual_change", "yes"}}, 35},
      {"fever_with_leg_nerve_signs", {{"fever", "yes"}, {"progressive_weakness", "yes"}}, 35, E,
       {{"fever", "yes"}}, 35},
      {"infection_risk_with_fever", {{"infection_risk", "yes"}, {"fever", "yes"}}, 35, U,
       {{"infection_risk", "yes"}}, 35},
      {"cancer_history_with_nerve_signs", {{"cancer_history", "yes"}, {"sexual_change", "yes"}},
       35, E, {{"cancer_history", "yes"}, {"fever", "yes"}}, 35},
      {"weight_loss_with_cancer_history", {{"weight_loss", "yes"}, {"cancer_history", "yes"}}, 35,
       U, {{"weight_loss", "yes"}, {"night_pain", "yes"}}, 35},
      {"night_pain_with_cancer_or_weight_loss", {{"night_pain", "yes"}, {"weight_loss", "yes"}},
       35, U, {{"night_pain", "yes"}, {"infection_risk", "yes"}}, 35},
      {"child_limp_cannot_walk", {{"child_limp", "yes"}, {"cannot_walk", "yes"}}, 12, E,
       {{"child_limp", "yes"}, {"cannot_walk", "yes"}}, 30},
      {"cannot_walk_after_injury", {{"cannot_walk", "yes"}, {"fragility_trauma", "yes"}}, 35, E,
       {{"cannot_walk", "yes"}, {"back_deformity", "yes"}}, 35},
      // Age modifiers: under 20 or over 55 raises night pain and weight loss one level.
      {"night_pain_age", {{"night_pain", "yes"}}, 60, U, {{"night_pain", "yes"}}, 55},
      {"weight_loss_age", {{"weight_loss", "yes"}}, 19, U, {{"weight_loss", "yes"}}, 20},
  };
  return cases;
}

TEST(ScreeningRules, EveryShippedRuleHasATableCaseAndEveryCaseARule) {
  std::set<std::string> in_data, in_table;
  for (const Rule& r : shipped().rules()) in_data.insert(r.id);
  for (const RuleCase& c : rule_cases()) EXPECT_TRUE(in_table.insert(c.rule).second) << c.rule;
  EXPECT_EQ(in_data, in_table);
}

TEST(ScreeningRules, EachRuleFiresOnItsCaseAndNotOnItsNearMiss) {
  for (const RuleCase& c : rule_cases()) {
    SCOPED_TRACE(c.rule);
    const Verdict v = shipped().evaluate(build(c.fire, c.age));
    EXPECT_TRUE(fired(v, c.rule));
    EXPECT_EQ(v.level, c.expected) << to_string(v.level);
    EXPECT_TRUE(v.complete);
    EXPECT_FALSE(v.reasons.empty());
    const Verdict miss = shipped().evaluate(build(c.miss, c.miss_age));
    EXPECT_FALSE(fired(miss, c.rule));
  }
}

TEST(ScreeningRules, AllNoIsSelfCareWithTheFullProgramme) {
  const Verdict v = shipped().evaluate(all_no());
  EXPECT_EQ(v.level, Level::self_care);
  EXPECT_TRUE(v.complete);
  EXPECT_TRUE(v.reasons.empty());
  EXPECT_TRUE(v.fired.empty());
  EXPECT_EQ(v.programme, Programme::full);
  EXPECT_FALSE(v.sources.empty());  // the level's own sources
  EXPECT_FALSE(v.not_a_diagnosis.empty());
}

TEST(ScreeningRules, CombinationsRaiseAboveEachItemAlone) {
  // Each item alone is urgent at most; together they are an emergency.
  EXPECT_EQ(evaluate({{"cancer_history", "yes"}}).level, Level::urgent);
  EXPECT_EQ(evaluate({{"sexual_change", "yes"}}).level, Level::urgent);
  EXPECT_EQ(evaluate({{"cancer_history", "yes"}, {"sexual_change", "yes"}}).level,
            Level::emergency);
  EXPECT_EQ(evaluate({{"cannot_walk", "yes"}, {"fragility_trauma", "yes"}}).level,
            Level::emergency);
  EXPECT_EQ(evaluate({{"night_pain", "yes"}, {"cancer_history", "yes"}}).level, Level::urgent);
  EXPECT_EQ(evaluate({{"infection_risk", "yes"}}).level, Level::soon);
  EXPECT_EQ(evaluate({{"infection_risk", "yes"}, {"fever", "yes"}}).level, Level::urgent);
  // Each partner listed in a combination counts.
  for (const char* nerve : {"saddle_numbness", "bladder_change", "bowel_change", "sexual_change",
                            "both_legs_symptoms", "progressive_weakness"}) {
    SCOPED_TRACE(nerve);
    EXPECT_TRUE(fired(evaluate({{"cancer_history", "yes"}, {nerve, "yes"}}),
                      "cancer_history_with_nerve_signs"));
  }
  for (const char* injury : {"major_trauma", "fall_cannot_bear_weight", "fragility_trauma"})
    EXPECT_TRUE(fired(evaluate({{"cannot_walk", "yes"}, {injury, "yes"}}),
                      "cannot_walk_after_injury"))
        << injury;
  EXPECT_TRUE(fired(evaluate({{"child_limp", "yes"}, {"fall_cannot_bear_weight", "yes"}}, 10),
                    "child_limp_cannot_walk"));
}

TEST(ScreeningRules, BladderChangeIsAnEmergencyWithTheProgrammeLocked) {
  const Verdict v = evaluate({{"bladder_change", "yes"}});
  EXPECT_EQ(v.level, Level::emergency);
  EXPECT_EQ(v.programme, Programme::locked);
  EXPECT_NE(v.action.find("emergency"), std::string::npos) << v.action;
  ASSERT_EQ(v.reasons.size(), 1u);
  EXPECT_EQ(v.reasons[0].id, "bladder_change");
  EXPECT_EQ(v.reasons[0].level, Level::emergency);
  EXPECT_FALSE(v.reasons[0].unsure);
  EXPECT_FALSE(v.reasons[0].text.empty());
  EXPECT_TRUE(std::count(v.sources.begin(), v.sources.end(), "CES card"));
}

// ---- unsure ----

Level one_less(Level l) { return l > Level::routine ? static_cast<Level>(static_cast<int>(l) - 1) : l; }

TEST(ScreeningUnsure, EachItemAloneCountsOneStepLessThanYesNeverBelowRoutine) {
  const Screening& s = shipped();
  for (const Question& q : s.questions()) {
    if (q.role != Role::red_flag) continue;
    SCOPED_TRACE(q.id);
    const double age = q.id == "child_limp" ? 12 : 35;
    Answers yes = all_no(age), unsure = all_no(age);
    Problems problems;
    s.set_text(yes, q.id, "yes", problems);
    s.set_text(unsure, q.id, "unsure", problems);
    const Verdict vy = s.evaluate(yes), vu = s.evaluate(unsure);
    EXPECT_EQ(vu.level, one_less(vy.level)) << to_string(vy.level) << " " << to_string(vu.level);
    EXPECT_GE(vu.level, Level::routine);
    if (vy.level == Level::emergency) {
      EXPECT_EQ(vu.level, Level::urgent);
    }
    ASSERT_FALSE(vu.reasons.empty());
    EXPECT_EQ(vu.reasons[0].id, q.id);
    EXPECT_TRUE(vu.reasons[0].unsure);
    EXPECT_TRUE(vu.fired[0].via_unsure);
  }
}

TEST(ScreeningUnsure, ACombinationWithAnUnsureItemCountsOneStepLess) {
  // cancer yes (urgent) + sexual change unsure (soon alone): the emergency combination
  // still counts, as urgent, so the verdict stays urgent.
  Verdict v = evaluate({{"cancer_history", "yes"}, {"sexual_change", "unsure"}});
  const FiredRule* combo = find_fired(v, "cancer_history_with_nerve_signs");
  ASSERT_NE(combo, nullptr);
  EXPECT_TRUE(combo->via_unsure);
  EXPECT_EQ(combo->level, Level::urgent);
  EXPECT_EQ(v.level, Level::urgent);

  // night pain unsure + weight loss yes: urgent combination at one step less, soon.
  v = evaluate({{"night_pain", "unsure"}, {"weight_loss", "yes"}});
  combo = find_fired(v, "night_pain_with_cancer_or_weight_loss");
  ASSERT_NE(combo, nullptr);
  EXPECT_EQ(combo->level, Level::soon);

  // Both unsure: still one step less (not two), so an emergency combination gives urgent.
  v = evaluate({{"cannot_walk", "unsure"}, {"fragility_trauma", "unsure"}});
  combo = find_fired(v, "cannot_walk_after_injury");
  ASSERT_NE(combo, nullptr);
  EXPECT_EQ(combo->level, Level::urgent);
  EXPECT_EQ(v.level, Level::urgent);  // each alone would be soon

  // A child who may not be able to walk, with a limp: at least urgent.
  v = evaluate({{"child_limp", "yes"}, {"cannot_walk", "unsure"}}, 12);
  EXPECT_EQ(v.level, Level::urgent);
  EXPECT_TRUE(fired(v, "child_limp_cannot_walk"));
}

TEST(ScreeningUnsure, ReasonsNameTheItemsAndTheHighestLevelEachGave) {
  const Verdict v = evaluate({{"cancer_history", "yes"}, {"bladder_change", "unsure"}});
  EXPECT_EQ(v.level, Level::urgent);
  ASSERT_EQ(v.reasons.size(), 2u);
  for (const Reason& r : v.reasons) {
    EXPECT_EQ(r.level, Level::urgent) << r.id;
    EXPECT_EQ(r.unsure, r.id == "bladder_change") << r.id;
  }
}

// ---- age ----

TEST(ScreeningAge, UnderTwentyOrOverFiftyFiveRaisesNightPainAndWeightLoss) {
  for (const char* item : {"night_pain", "weight_loss"}) {
    SCOPED_TRACE(item);
    for (double age : {0.0, 15.0, 19.0, 56.0, 70.0, 120.0})
      EXPECT_EQ(evaluate({{item, "yes"}}, age).level, Level::urgent) << age;
    for (double age : {20.0, 35.0, 55.0})
      EXPECT_EQ(evaluate({{item, "yes"}}, age).level, Level::soon) << age;
    // Unsure is one step below whatever yes gives at that age.
    EXPECT_EQ(evaluate({{item, "unsure"}}, 70).level, Level::soon);
    EXPECT_EQ(evaluate({{item, "unsure"}}, 35).level, Level::routine);
  }
  // The modifier raises the item, not other items.
  EXPECT_EQ(evaluate({{"shingles_signs", "yes"}}, 70).level, Level::soon);
}

TEST(ScreeningAge, UnknownAgeCountsAsTheCautiousCase) {
  const Screening& s = shipped();
  Answers a = with({{"night_pain", "yes"}, {"child_limp", "yes"}});
  s.clear(a, "age");
  const Verdict v = s.evaluate(a);
  EXPECT_TRUE(fired(v, "night_pain_age"));
  EXPECT_TRUE(fired(v, "child_limp"));
  EXPECT_FALSE(v.complete);
  EXPECT_EQ(v.unanswered, std::vector<std::string>{"age"});
}

TEST(ScreeningAge, ChildLimpIsShownAndRequiredOnlyUpToSixteen) {
  const Screening& s = shipped();
  EXPECT_TRUE(s.shown("child_limp", all_no(16)));
  EXPECT_FALSE(s.shown("child_limp", all_no(17)));
  EXPECT_TRUE(s.shown("child_limp", s.blank()));  // age not given yet
  Answers adult = all_no(40);
  s.clear(adult, "child_limp");
  EXPECT_TRUE(s.evaluate(adult).complete);
  Answers child = all_no(12);
  s.clear(child, "child_limp");
  const Verdict v = s.evaluate(child);
  EXPECT_FALSE(v.complete);
  EXPECT_EQ(v.unanswered, std::vector<std::string>{"child_limp"});
}

// ---- levels, programme and actions ----

TEST(ScreeningLevels, EachLevelSaysWhatToDoAndSetsTheProgramme) {
  struct Case {
    const char* item;
    Level level;
    Programme programme;
    const char* action_word;
  };
  for (const Case& c : {Case{"chest_pain", Level::emergency, Programme::locked, "emergency"},
                        Case{"fever", Level::urgent, Programme::locked, "today"},
                        Case{"avn_risk", Level::soon, Programme::gentle_after_ack, "few days"},
                        Case{"not_improving_6w", Level::routine, Programme::full, "routine"}}) {
    SCOPED_TRACE(c.item);
    const Verdict v = evaluate({{c.item, "yes"}});
    EXPECT_EQ(v.level, c.level);
    EXPECT_EQ(v.programme, c.programme);
    EXPECT_NE(v.action.find(c.action_word), std::string::npos) << v.action;
    EXPECT_EQ(v.actions.front(), v.action);
    EXPECT_FALSE(v.title.empty());
    EXPECT_EQ(v.acknowledgement.empty(), c.programme != Programme::gentle_after_ack);
  }
}

TEST(ScreeningLevels, RuleAdviceFollowsTheActionOnlyAtTheVerdictsLevel) {
  const Verdict v = evaluate({{"runner_groin_pain", "yes"}});
  ASSERT_EQ(v.actions.size(), 2u);
  EXPECT_NE(v.actions[1].find("running"), std::string::npos) << v.actions[1];
  // With an emergency, the less urgent rule's advice is left out: one clear instruction.
  const Verdict e = evaluate({{"runner_groin_pain", "yes"}, {"chest_pain", "yes"}});
  EXPECT_EQ(e.actions, std::vector<std::string>{e.action});
  const Verdict c = evaluate({{"cancer_history", "yes"}, {"bowel_change", "yes"}});
  EXPECT_EQ(c.level, Level::emergency);
  EXPECT_EQ(c.actions.size(), 1u);
}

TEST(ScreeningLevels, NamesAndOrder) {
  for (Level l : {Level::self_care, Level::routine, Level::soon, Level::urgent, Level::emergency})
    EXPECT_EQ(level_from_string(to_string(l)), l);
  EXPECT_FALSE(level_from_string("severe"));
  EXPECT_LT(Level::self_care, Level::routine);
  EXPECT_LT(Level::urgent, Level::emergency);
  for (Programme p : {Programme::full, Programme::gentle_after_ack, Programme::locked})
    EXPECT_EQ(programme_from_string(to_string(p)), p);
  EXPECT_FALSE(programme_from_string("open"));
}

// ---- missing answers ----

TEST(ScreeningMissing, NothingAnsweredIsIncompleteAndLockedNeverASilentSelfCare) {
  const Screening& s = shipped();
  const Verdict v = s.evaluate(s.blank());
  EXPECT_FALSE(v.complete);
  EXPECT_EQ(v.programme, Programme::locked);
  EXPECT_FALSE(v.unanswered.empty());
  const Verdict clear = s.evaluate(all_no());
  EXPECT_NE(v.action, clear.action);  // never "no warning signs found"
  EXPECT_NE(v.title, clear.title);
}

TEST(ScreeningMissing, OneMissingItemIsNamedAndTheLevelStillComes) {
  const Screening& s = shipped();
  Answers a = with({{"fever", "yes"}});
  s.clear(a, "bladder_change");
  const Verdict v = s.evaluate(a);
  EXPECT_EQ(v.level, Level::urgent);
  EXPECT_FALSE(v.complete);
  EXPECT_EQ(v.unanswered, std::vector<std::string>{"bladder_change"});
  EXPECT_EQ(v.programme, Programme::locked);
  EXPECT_GE(v.actions.size(), 2u);  // the urgent action, then "answer every question"

  Answers soon = with({{"avn_risk", "yes"}});
  s.clear(soon, "fever");
  EXPECT_EQ(s.evaluate(soon).programme, Programme::locked);  // not gentle_after_ack
}

// ---- precautions ----

std::set<std::string> tags(const Verdict& v) {
  return {v.excluded_tags.begin(), v.excluded_tags.end()};
}

Verdict with_precautions(std::vector<std::pair<const char*, const char*>> texts,
                         std::vector<std::pair<const char*, double>> numbers = {}) {
  const Screening& s = shipped();
  Answers a = all_no();
  Problems problems;
  for (const auto& [id, value] : texts) s.set_text(a, id, value, problems);
  for (const auto& [id, value] : numbers) s.set_number(a, id, value, problems);
  EXPECT_TRUE(problems.empty()) << to_string(problems);
  return s.evaluate(a);
}

TEST(ScreeningPrecautions, HipReplacementByApproachAndTime) {
  using Tags = std::set<std::string>;
  const Tags back = {"hip_flexion_past_90", "crosses_midline", "hip_internal_rotation",
                     "high_impact"};
  for (const char* approach : {"posterior", "lateral", "unknown"}) {
    SCOPED_TRACE(approach);
    EXPECT_EQ(tags(with_precautions({{"hip_replacement", approach}},
                                    {{"weeks_since_hip_replacement", 6}})),
              back);
    EXPECT_EQ(tags(with_precautions({{"hip_replacement", approach}})), back);  // weeks unknown
    EXPECT_EQ(tags(with_precautions({{"hip_replacement", approach}},
                                    {{"weeks_since_hip_replacement", 12}})),
              Tags{"high_impact"});
  }
  EXPECT_EQ(tags(with_precautions({{"hip_replacement", "anterior"}},
                                  {{"weeks_since_hip_replacement", 3}})),
            (Tags{"hip_extension_with_turn_out", "high_impact"}));
  EXPECT_EQ(tags(with_precautions({{"hip_replacement", "anterior"}},
                                  {{"weeks_since_hip_replacement", 30}})),
            Tags{"high_impact"});
  EXPECT_TRUE(tags(with_precautions({{"hip_replacement", "none"}})).empty());
}

TEST(ScreeningPrecautions, EachYesExcludesItsMovements) {
  using Tags = std::set<std::string>;
  EXPECT_EQ(tags(with_precautions({{"pregnant_over_20_weeks", "yes"}})),
            (Tags{"supine_long_hold", "prone", "high_impact"}));
  EXPECT_EQ(tags(with_precautions({{"osteoporosis", "yes"}})),
            (Tags{"spinal_flexion_loaded", "high_impact"}));
  EXPECT_EQ(tags(with_precautions({{"osteoporosis", "unsure"}})),
            (Tags{"spinal_flexion_loaded", "high_impact"}));
  EXPECT_EQ(tags(with_precautions({{"knee_pain_kneeling", "yes"}})), Tags{"kneeling"});
  for (const char* id : {"pregnant_over_20_weeks", "osteoporosis", "knee_pain_kneeling",
                         "recent_spine_surgery", "sciatica"})
    EXPECT_TRUE(with_precautions({{id, "no"}}).precautions.empty()) << id;

  const Verdict sciatica = with_precautions({{"sciatica", "yes"}});
  EXPECT_EQ(tags(sciatica), Tags{"hamstring_end_range"});
  EXPECT_TRUE(sciatica.show_sciatica_guidance);
  ASSERT_EQ(sciatica.precautions.size(), 1u);
  EXPECT_EQ(sciatica.precautions[0].id, "sciatica");
  EXPECT_EQ(sciatica.precautions[0].value, "yes");
  EXPECT_FALSE(sciatica.precautions[0].reason.empty());
  EXPECT_FALSE(sciatica.precautions[0].sources.empty());
}

TEST(ScreeningPrecautions, RecentSpineSurgeryLocksTheProgrammeButNotTheLevel) {
  const Verdict v = with_precautions({{"recent_spine_surgery", "yes"}});
  EXPECT_EQ(v.level, Level::self_care);
  EXPECT_TRUE(v.complete);
  EXPECT_EQ(v.programme, Programme::locked);
  ASSERT_EQ(v.precautions.size(), 1u);
  EXPECT_TRUE(v.precautions[0].locks_programme);
  EXPECT_NE(std::find(v.actions.begin(), v.actions.end(), v.precautions[0].reason),
            v.actions.end());
}

TEST(ScreeningPrecautions, NeverChangeTheLevel) {
  for (const char* item : {"fever", "avn_risk", "chest_pain"}) {
    const Level plain = evaluate({{item, "yes"}}).level;
    const Verdict v = with_precautions({{item, "yes"},
                                        {"hip_replacement", "posterior"},
                                        {"pregnant_over_20_weeks", "yes"},
                                        {"osteoporosis", "yes"},
                                        {"recent_spine_surgery", "yes"},
                                        {"sciatica", "yes"}});
    EXPECT_EQ(v.level, plain) << item;
  }
}

// ---- pain history ----

TEST(ScreeningPainHistory, StageFromWeeksSinceOnset) {
  const Screening& s = shipped();
  for (const auto& [weeks, stage] : std::vector<std::pair<double, std::string>>{
           {0, "acute"}, {3.5, "acute"}, {4, "subacute"}, {12, "subacute"}, {12.5, "chronic"},
           {400, "chronic"}}) {
    Answers a = all_no();
    Problems problems;
    ASSERT_TRUE(s.set_number(a, "weeks_since_onset", weeks, problems));
    const Verdict v = s.evaluate(a);
    EXPECT_EQ(v.pain_history.stage, stage) << weeks;
    EXPECT_FALSE(v.pain_history.stage_text.empty());
  }
  EXPECT_EQ(s.evaluate(all_no()).pain_history.stage, "unknown");
}

TEST(ScreeningPainHistory, ListsThePainAnswersAndNeverChangesTheLevel) {
  const Screening& s = shipped();
  Answers a = with({{"onset", "sudden"}, {"radiates", "below_knee"}, {"fear_of_movement", "yes"}});
  Problems problems;
  ASSERT_TRUE(s.set_list(a, "aggravating", {"sitting", "bending"}, problems));
  ASSERT_TRUE(s.set_number(a, "pain_now", 9, problems));
  const Verdict v = s.evaluate(a);
  EXPECT_EQ(v.level, Level::self_care);
  std::vector<std::string> ids;
  for (const auto& [id, value] : v.pain_history.answers) ids.push_back(id);
  EXPECT_EQ(ids, (std::vector<std::string>{"onset", "aggravating", "pain_now", "radiates",
                                           "fear_of_movement"}));
  EXPECT_EQ(v.pain_history.answers[1].second.list,
            (std::vector<std::string>{"sitting", "bending"}));
}

}  // namespace
}  // namespace limber
