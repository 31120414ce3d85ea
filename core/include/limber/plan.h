// limber/plan.h: the week and today's session, from the screening, the pain history and
// the journal. The routine itself is data (assets/programme/plan.json); this file holds the
// rules that shape it:
//   - gating: no programme while locked (emergency, urgent, incomplete screening, a
//     precaution that locks it); gentle mobility only for `soon`, after an acknowledgement;
//   - stage: acute (< 4 weeks) gets gentle mobility and walking; later stages get the
//     strength routine at level 1 and build from there;
//   - a rest day for the hip muscles between strength days, strength halves A/B alternating,
//     the warm-up first in every session, walking on the other days too;
//   - precautions swap out exercises for the nearest safe alternative, saying why;
//   - progression/regression steps from the journal (progression.h) change the dose.
//
//   Problems problems;
//   PlanRules rules = PlanRules::load(assets, catalogue, problems);
//   Plan plan = build_plan(catalogue, rules, input);
//   plan.today.exercises  // warm-up first; each with dose and any substitution reason
#pragma once
#include <string>
#include <vector>

#include "limber/json.h"

#include "limber/catalogue.h"
#include "limber/date.h"
#include "limber/progression.h"
#include "limber/session.h"

namespace limber {

enum class Access { full, gentle, locked };
enum class Stage { unknown, acute, subacute, chronic };
const char* to_string(Access access);
const char* to_string(Stage stage);

struct PlanRules {
  int sessions_per_week = 3;
  std::vector<std::string> warm_up, gentle_warm_up;
  // The strength routine's halves "A" and "B". Two lists, not a map by name: each kind of
  // map is more code in the web module.
  std::vector<std::string> half_a, half_b;
  std::vector<std::string> stretch_day, gentle;
  ProgressionRules progression;
  int more_reps = 5;
  int more_hold_seconds = 15;
  int max_stretch_hold_seconds = 60;
  int max_sets = 4;
  int walking_goal_days = 5;
  std::vector<std::string> sources;

  // Reads programme/plan.json; every exercise id it names must be in the catalogue.
  static PlanRules load(const Assets& assets, const Catalogue& catalogue, Problems& problems);
};

// One past guided session, as the plan needs it (the facade distils it from the journal).
struct PastSession {
  std::string plan_day;                 // "A", "B", "stretch", "gentle"
  SessionOutcome outcome;               // date, completion, pain before/after
  std::vector<std::string> hurt_ids;    // exercises stopped with "this hurts"
  bool any_work = true;                 // false when every exercise was skipped
};

struct PlanInput {
  Date today;
  Access access = Access::locked;
  std::string lock_reason;              // why, in plain words, when locked
  bool gentle_acknowledged = false;     // `soon`: the person has read and accepted the advice
  std::vector<Movement> excluded;       // from the screening's precautions
  // Why each of `excluded` is excluded, at the same index ("" or missing: a plain reason is
  // given). Not a map by movement: each kind of map is more code in the web module.
  std::vector<std::string> exclusion_reasons;
  bool allow_plyometrics = false;       // only with no warning signs and nothing against impact
  Stage stage = Stage::unknown;
  std::vector<PastSession> sessions;
  std::vector<DayPain> checkins;
  std::vector<DayWalk> walks;
};

struct PlannedExercise {
  const Exercise* exercise = nullptr;
  Dosage dosage;
  bool warm_up = false;
  std::string replaces;                 // the routine's exercise id this one stands in for
  std::string reason;                   // why it was swapped or adjusted (plain words)
};

enum class DayKind { strength, stretch, gentle, locked };
const char* to_string(DayKind kind);

struct DayPlan {
  Date date;
  DayKind kind = DayKind::stretch;
  std::string plan_day;                 // "A", "B", "stretch", "gentle", "" when locked
  bool done = false;                    // a session was logged on this date
  int walking_minutes = 0;              // the walking target for the day
  std::vector<PlannedExercise> exercises;  // filled for today only
};

enum class PlanStatus { ready, locked, needs_acknowledgement };
const char* to_string(PlanStatus status);

struct Plan {
  PlanStatus status = PlanStatus::locked;
  std::string message;                  // what to do when not ready
  Stage stage = Stage::unknown;
  Progression progression;
  DayPlan today;
  std::vector<DayPlan> week;            // Monday to Sunday of today's week
  int walking_goal_minutes = 30;
  int walking_goal_days = 5;
  std::vector<std::string> notes;       // e.g. why exercises were left out
  std::vector<std::string> sources;
};

Plan build_plan(const Catalogue& catalogue, const PlanRules& rules, const PlanInput& input);

// The first easier step of `exercise` that suits this person (nullptr if none): what a
// session offers after "this hurts".
const Exercise* suitable_easier(const Catalogue& catalogue, const Exercise& exercise,
                                const PlanInput& input);

// Today's exercises as guided-session steps (names and doses for the player).
std::vector<SessionItem> session_items(const DayPlan& day);
SessionItem session_item(const Exercise& exercise, const Dosage& dosage, bool warm_up);

Json to_json(const Plan& plan);
Json to_json(const DayPlan& day);

}  // namespace limber
