#include "limber/plan.h"

#include <algorithm>
#include <set>

#include "number_text.h"
#include "json_read.h"
#include "sort_by.h"

namespace limber {

const char* to_string(Access access) {
  switch (access) {
    case Access::full: return "full";
    case Access::gentle: return "gentle";
    case Access::locked: return "locked";
  }
  return "?";
}

const char* to_string(Stage stage) {
  switch (stage) {
    case Stage::unknown: return "unknown";
    case Stage::acute: return "acute";
    case Stage::subacute: return "subacute";
    case Stage::chronic: return "chronic";
  }
  return "?";
}

const char* to_string(DayKind kind) {
  switch (kind) {
    case DayKind::strength: return "strength";
    case DayKind::stretch: return "stretch";
    case DayKind::gentle: return "gentle";
    case DayKind::locked: return "locked";
  }
  return "?";
}

const char* to_string(PlanStatus status) {
  switch (status) {
    case PlanStatus::ready: return "ready";
    case PlanStatus::locked: return "locked";
    case PlanStatus::needs_acknowledgement: return "needs_acknowledgement";
  }
  return "?";
}

namespace {

using json_read::Fields;
using json_read::Need;
using json = limber::Json;

constexpr const char* kPlanFile = "programme/plan.json";

bool is_strength_day(const std::string& plan_day) { return plan_day == "A" || plan_day == "B"; }

// What makes an exercise unsuitable for this person, or "" when it is suitable.
std::string unsuitable(const Exercise& e, const PlanInput& in) {
  for (Movement m : e.precautions) {
    const auto at = std::find(in.excluded.begin(), in.excluded.end(), m);
    if (at == in.excluded.end()) continue;
    const auto i = static_cast<std::size_t>(at - in.excluded.begin());
    if (i < in.exclusion_reasons.size() && !in.exclusion_reasons[i].empty())
      return in.exclusion_reasons[i];
    return "it involves " + name(m) + ", which is best avoided";
  }
  if (e.category == Category::plyometric && !in.allow_plyometrics)
    return "jumping and hopping are only for people with no warning signs or precautions";
  return "";
}

// The nearest suitable stand-in for `e`: easier steps first (safer), then harder ones, then
// any exercise of the same category that works a shared region from a gentler level.
const Exercise* nearest_suitable(const Catalogue& cat, const Exercise& e, const PlanInput& in,
                                 const std::set<std::string>& taken) {
  // A breadth-first queue read from `head` on: a vector, because a deque would be one more
  // container's code in the web module for a handful of pointers.
  std::vector<const Exercise*> queue;
  std::set<std::string> seen{e.id};
  for (bool easier_pass : {true, false}) {
    queue.assign(1, &e);
    for (std::size_t head = 0; head < queue.size(); ++head) {
      const Exercise* x = queue[head];
      for (const std::string& id : easier_pass ? x->easier : x->harder) {
        const Exercise* next = cat.find(id);
        if (!next || !seen.insert(id).second) continue;
        if (unsuitable(*next, in).empty() && !taken.count(id)) return next;
        queue.push_back(next);
      }
    }
  }
  for (const Exercise& other : cat.all()) {
    if (other.category != e.category || other.level > e.level || taken.count(other.id) ||
        other.id == e.id || !unsuitable(other, in).empty())
      continue;
    for (Region r : e.regions)
      if (other.targets(r)) return &other;
  }
  return nullptr;
}

const Exercise* first_suitable(const Catalogue& cat, const std::vector<std::string>& ids,
                               const PlanInput& in, const std::set<std::string>& taken) {
  for (const std::string& id : ids) {
    const Exercise* e = cat.find(id);
    if (e && unsuitable(*e, in).empty() && !taken.count(id)) return e;
  }
  return nullptr;
}

// Applies the progression step to one routine exercise: harder or easier alternatives for
// whole ladders of steps, then a longer hold or more reps, then one more set.
// `out` comes in as `base` at its own dose, not a warm-up, with no reason (changed in place:
// no PlannedExercise is assigned).
void dose(const Catalogue& cat, const Exercise& base, int step, const PlanRules& rules,
          const PlanInput& in, const std::set<std::string>& taken, PlannedExercise& out) {
  if (step < 0) {
    if (const Exercise* easier = first_suitable(cat, base.easier, in, taken)) {
      out.exercise = easier;
      out.dosage = easier->dosage;
      out.replaces = base.id;
      out.reason = "An easier step while your pain settles.";
      if (step >= -1) return;
    }
    Dosage& d = out.dosage;
    const bool stretch = out.exercise->category == Category::stretch;
    if (d.kind == DosageKind::reps) d.reps = std::max(5, d.reps - rules.more_reps);
    if (d.kind == DosageKind::hold)
      d.hold_seconds = std::max(stretch ? dosage_limits::kMinStretchHold : dosage_limits::kMinHold,
                                d.hold_seconds - 10);
    if (d.kind == DosageKind::timed) d.work_seconds = std::max(10, d.work_seconds - 10);
    if (step <= -2) d.sets = std::max(1, d.sets - 1);
    out.reason = out.reason.empty() ? "A lighter dose while your pain settles."
                                    : "An easier step and a lighter dose while your pain settles.";
    return;
  }
  // Every third step climbs to the next harder exercise (back to its own starting dose);
  // the steps in between add to the dose. Where no harder exercise is suitable, every step
  // adds to the dose instead.
  const Exercise* current = &base;
  int climbs = 0;
  for (; climbs < step / 3; ++climbs) {
    const Exercise* harder = first_suitable(cat, current->harder, in, taken);
    if (!harder) break;
    current = harder;
  }
  if (current != &base) {
    out.exercise = current;
    out.dosage = current->dosage;
    out.replaces = base.id;
    out.reason = "The next harder step: your pain has handled the last one well.";
  }
  Dosage& d = out.dosage;
  const int extra = step - 3 * climbs;
  const bool stretch = current->category == Category::stretch;
  std::string text;  // the changes, joined by ", "
  auto change = [&text](const std::string& c) {
    if (!text.empty()) text += ", ";
    text += c;
  };
  int more = 0, sets = 0;
  for (int i = 0; i < extra; ++i) (i % 2 == 0 ? more : sets) += 1;
  if (more > 0) {
    if (d.kind == DosageKind::reps) {
      const int reps = std::min(dosage_limits::kMaxReps, d.reps + more * rules.more_reps);
      if (reps > d.reps)
        change(with_number("+", static_cast<std::size_t>(reps - d.reps), " reps"));
      d.reps = reps;
    } else if (d.kind == DosageKind::hold) {
      const int cap = stretch ? rules.max_stretch_hold_seconds : dosage_limits::kMaxHold;
      const int hold = std::min(cap, d.hold_seconds + more * rules.more_hold_seconds);
      if (hold > d.hold_seconds)
        change(
            with_number("+", static_cast<std::size_t>(hold - d.hold_seconds), " s hold"));
      d.hold_seconds = std::max(d.hold_seconds, hold);
    } else if (d.kind == DosageKind::timed) {
      const int work = std::min(dosage_limits::kMaxWorkSeconds, d.work_seconds + more * 10);
      if (work > d.work_seconds)
        change(with_number("+", static_cast<std::size_t>(work - d.work_seconds), " s"));
      d.work_seconds = work;
    }
  }
  if (sets > 0) {
    const int total = std::min(rules.max_sets, d.sets + sets);
    if (total > d.sets)
      change(with_number("+", static_cast<std::size_t>(total - d.sets), " set"));
    d.sets = std::max(d.sets, total);
  }
  if (!text.empty()) {
    if (!out.reason.empty()) out.reason += ' ';
    out.reason += "Built up: ";
    out.reason += text;
    out.reason += '.';
  }
}

// "reason" as a sentence: reasons from content already end with a full stop.
std::string sentence(std::string text) {
  if (!text.empty() && text.back() != '.' && text.back() != '!' && text.back() != '?') text += '.';
  return text;
}

// Exercises left out and why, at the same index, in the order they were met. Two lists of
// strings rather than names grouped under each reason: a vector of pairs of a string and a
// vector is one more container type in the web module. The notes group them (left_out_notes).
struct LeftOut {
  std::vector<std::string> names, reasons;
};

void note_left_out(LeftOut& left_out, const std::string& reason, const std::string& name) {
  left_out.names.push_back(name);
  left_out.reasons.push_back(reason);
}

// One note per reason, naming every exercise it left out, so the person reads each reason once.
void left_out_notes(const LeftOut& left_out, std::vector<std::string>& notes) {
  const std::vector<std::string>& why = left_out.reasons;
  for (auto reason = why.begin(); reason != why.end(); ++reason) {
    if (std::find(why.begin(), reason, *reason) != reason) continue;  // already noted
    const auto total = std::count(reason, why.end(), *reason);
    std::string note = "Left out today: ";
    std::ptrdiff_t n = 0;
    for (auto it = reason; it != why.end(); ++it) {
      if (*it != *reason) continue;
      if (n > 0) note += n + 1 == total ? " and " : ", ";
      note += left_out.names[static_cast<std::size_t>(it - why.begin())];
      ++n;
    }
    note += ". ";
    note += *reason;
    notes.push_back(std::move(note));
  }
}

// Turns a list of routine ids into today's exercises: suitability swaps, hurt swaps,
// progression, and no exercise twice.
void fill_exercises(const Catalogue& cat, const PlanRules& rules, const PlanInput& in, int step,
                    const std::vector<std::string>& routine, bool warm_up,
                    const std::set<std::string>& hurt_last_time, DayPlan& day, LeftOut& left_out,
                    std::set<std::string>& taken) {
  for (const std::string& id : routine) {
    const Exercise* e = cat.find(id);
    if (!e) continue;  // PlanRules::load reported it
    PlannedExercise planned{e, e->dosage, warm_up, "", ""};
    const std::string why_not = unsuitable(*e, in);
    const Exercise* chosen = e;
    // `by` stands in for e: its own dose, and a reason that starts "In place of <e>".
    const auto stand_in = [&](const Exercise* by) {
      chosen = by;
      planned.exercise = by;
      planned.dosage = by->dosage;
      planned.replaces = e->id;
      planned.reason = "In place of ";
      planned.reason += e->name;
    };
    if (!why_not.empty()) {
      const Exercise* nearest = nearest_suitable(cat, *e, in, taken);
      if (!nearest) {
        note_left_out(left_out, sentence(why_not), e->name);
        continue;
      }
      stand_in(nearest);
      planned.reason += ". ";
      planned.reason += sentence(why_not);
    } else if (hurt_last_time.count(id)) {
      if (const Exercise* easier = first_suitable(cat, e->easier, in, taken)) {
        stand_in(easier);
        planned.reason += ", which hurt last time: an easier step.";
      }
    }
    // Unreplaced and not a warm-up: `planned` is `chosen` (= e) as dose() expects it.
    if (!warm_up && planned.replaces.empty() && step != 0)
      dose(cat, *chosen, step, rules, in, taken, planned);
    if (!taken.insert(planned.exercise->id).second) continue;
    day.exercises.push_back(std::move(planned));
  }
}

}  // namespace

PlanRules PlanRules::load(const Assets& assets, const Catalogue& catalogue, Problems& problems) {
  PlanRules rules;
  auto text = assets.find(kPlanFile);
  if (text == assets.end()) {
    problems.push_back({kPlanFile, "", "", "is missing"});
    return rules;
  }
  auto doc = json_read::parse(text->second, kPlanFile, problems);
  if (!doc) return rules;
  Fields f(*doc, kPlanFile, "plan", problems);
  auto ids = [&](Fields& where, const char* key, std::vector<std::string>* out) {
    if (!where.read_list(key, *out)) return;
    for (std::size_t i = 0; i < out->size(); ++i)
      if (!catalogue.find((*out)[i]))
        where.error_quoting(json_read::item_path(key, i), (*out)[i],
                            " is not in the catalogue");
  };
  f.read_int("sessions_per_week", 1, 5, rules.sessions_per_week);
  ids(f, "warm_up", &rules.warm_up);
  ids(f, "gentle_warm_up", &rules.gentle_warm_up);
  ids(f, "stretch_day", &rules.stretch_day);
  ids(f, "gentle", &rules.gentle);
  if (const json* halves = f.object("halves")) {
    Fields h = f.nested(*halves, "halves");
    ids(h, "A", &rules.half_a);
    ids(h, "B", &rules.half_b);
    h.reject_unknown();
  }
  if (const json* p = f.object("progression")) {
    Fields g = f.nested(*p, "progression");
    ProgressionRules& r = rules.progression;
    auto get = [&](const char* key, int lo, int hi, int* out) {
      g.read_int(key, lo, hi, *out);
    };
    get("good_sessions_to_progress", 1, 10, &r.good_sessions_to_progress);
    get("good_margin", 0, 5, &r.good_margin);
    get("regress_margin", 1, 10, &r.regress_margin);
    get("min_step", -5, 0, &r.min_step);
    get("max_step", 0, 12, &r.max_step);
    get("more_reps", 1, 10, &rules.more_reps);
    get("more_hold_seconds", 5, 30, &rules.more_hold_seconds);
    get("max_stretch_hold_seconds", 30, 120, &rules.max_stretch_hold_seconds);
    get("max_sets", 1, dosage_limits::kMaxSets, &rules.max_sets);
    get("walking_start_minutes", 5, 30, &r.walking_start_minutes);
    get("walking_step_minutes", 1, 15, &r.walking_step_minutes);
    get("walking_days_per_step", 1, 14, &r.walking_days_per_step);
    get("walking_goal_minutes", 10, 90, &r.walking_goal_minutes);
    get("walking_goal_days", 1, 7, &rules.walking_goal_days);
    g.reject_unknown();
  }
  f.read_list("sources", rules.sources);
  f.reject_unknown();
  return rules;
}

Plan build_plan(const Catalogue& cat, const PlanRules& rules, const PlanInput& in) {
  Plan plan;
  plan.stage = in.stage;
  plan.sources = rules.sources;
  plan.walking_goal_minutes = rules.progression.walking_goal_minutes;
  plan.walking_goal_days = rules.walking_goal_days;

  std::vector<SessionOutcome> outcomes;
  // Before today's date, newest last. Pointers, not copies: no PastSession copy is compiled.
  std::vector<const PastSession*> past;
  for (const PastSession& s : in.sessions) {
    if (s.outcome.date > in.today) continue;  // entries dated in the future do not count yet
    outcomes.push_back(s.outcome);
    past.push_back(&s);
  }
  sort_by(past, [](const PastSession* a, const PastSession* b) {
    return a->outcome.date < b->outcome.date;
  });
  plan.progression = replay_progression(outcomes, in.checkins, in.walks, rules.progression);

  const bool locked = in.access == Access::locked;
  const bool gentle = in.access == Access::gentle || in.stage == Stage::acute;
  if (locked) {
    plan.status = PlanStatus::locked;
    plan.message = in.lock_reason;
  } else if (in.access == Access::gentle && !in.gentle_acknowledged) {
    plan.status = PlanStatus::needs_acknowledgement;
    plan.message = "Please read the advice from your check and confirm before starting. "
                   "Until you have seen a doctor, only gentle mobility and walking are offered.";
  } else {
    plan.status = PlanStatus::ready;
  }

  // The week: what was logged on past days, then today and what lies ahead.
  const Date monday = in.today.week_start();
  // A session where everything was skipped did not work the muscles: it neither marks the
  // day done nor needs a rest day after it.
  auto logged_on = [&](Date d) -> const PastSession* {
    const PastSession* found = nullptr;
    for (const PastSession* s : past)
      if (s->outcome.date == d && s->any_work) found = s;
    return found;
  };
  int strength_done = 0;
  std::string next_half = "A";
  for (const PastSession* s : past) {
    if (!is_strength_day(s->plan_day) || !s->any_work) continue;
    next_half = s->plan_day == "A" ? "B" : "A";
    if (s->outcome.date >= monday) ++strength_done;
  }
  int strength_left = std::max(0, rules.sessions_per_week - strength_done);
  bool previous_strength = false;
  if (const PastSession* s = logged_on(monday.plus_days(-1))) previous_strength = is_strength_day(s->plan_day);
  for (int i = 0; i < 7; ++i) {
    DayPlan day;
    day.date = monday.plus_days(i);
    const PastSession* logged = logged_on(day.date);
    if (logged) {
      day.done = true;
      day.plan_day = logged->plan_day;
      day.kind = is_strength_day(logged->plan_day) ? DayKind::strength
                 : logged->plan_day == "gentle"    ? DayKind::gentle
                                                   : DayKind::stretch;
    } else if (day.date < in.today) {
      day.kind = DayKind::stretch;  // nothing logged: shown as not done
      day.plan_day = "";
    } else if (locked) {
      day.kind = DayKind::locked;
    } else if (gentle) {
      day.kind = DayKind::gentle;
      day.plan_day = "gentle";
    } else if (strength_left > 0 && !previous_strength) {
      // Strength only after a day without it: the hip muscles need a rest day between.
      day.kind = DayKind::strength;
      day.plan_day = next_half;
      next_half = next_half == "A" ? "B" : "A";
      --strength_left;
    } else {
      day.kind = DayKind::stretch;
      day.plan_day = "stretch";
    }
    previous_strength = day.kind == DayKind::strength;
    if (!locked && day.date >= in.today) day.walking_minutes = plan.progression.walking_minutes;
    plan.week.push_back(std::move(day));
  }
  // Copies are made and moved in (here and below): DayPlan copy-assignment would be more code.
  plan.today = DayPlan(plan.week[static_cast<std::size_t>(in.today.weekday())]);

  if (plan.status == PlanStatus::ready) {
    std::set<std::string> hurt_last_time;
    if (!past.empty())
      hurt_last_time.insert(past.back()->hurt_ids.begin(), past.back()->hurt_ids.end());
    const int step = gentle ? std::min(0, plan.progression.step) : plan.progression.step;
    std::set<std::string> taken;
    LeftOut left_out;
    DayPlan& today = plan.today;
    const bool gentle_day = today.kind == DayKind::gentle;
    fill_exercises(cat, rules, in, 0, gentle_day ? rules.gentle_warm_up : rules.warm_up, true,
                   hurt_last_time, today, left_out, taken);
    const std::vector<std::string>* routine = &rules.stretch_day;
    if (gentle_day) routine = &rules.gentle;
    else if (today.kind == DayKind::strength)  // plan_day is "A" or "B"
      routine = today.plan_day == "A" ? &rules.half_a : &rules.half_b;
    fill_exercises(cat, rules, in, step, *routine, false, hurt_last_time, today, left_out, taken);
    left_out_notes(left_out, plan.notes);
    plan.week[static_cast<std::size_t>(in.today.weekday())] = DayPlan(today);
  }
  return plan;
}

const Exercise* suitable_easier(const Catalogue& catalogue, const Exercise& exercise,
                                const PlanInput& input) {
  return first_suitable(catalogue, exercise.easier, input, {});
}

SessionItem session_item(const Exercise& exercise, const Dosage& d, bool warm_up) {
  SessionItem item;
  item.exercise_id = exercise.id;
  item.name = exercise.name;
  item.sets = d.sets;
  item.per_side = d.per_side;
  item.rest_seconds = d.rest_seconds;
  item.get_ready_seconds = warm_up ? 5 : 10;
  switch (d.kind) {
    case DosageKind::hold:
      item.kind = DoseKind::hold;
      item.hold_seconds = d.hold_seconds;
      break;
    case DosageKind::reps:
      item.kind = DoseKind::reps;
      item.reps = d.reps;
      item.rep_seconds = d.rep_seconds;
      break;
    case DosageKind::timed:
      item.kind = DoseKind::timed;
      item.hold_seconds = d.work_seconds;
      break;
    case DosageKind::minutes:
      item.kind = DoseKind::minutes;
      item.hold_seconds = d.minutes * 60;
      break;
  }
  return item;
}

std::vector<SessionItem> session_items(const DayPlan& day) {
  std::vector<SessionItem> items;
  for (const PlannedExercise& p : day.exercises)
    items.push_back(session_item(*p.exercise, p.dosage, p.warm_up));
  return items;
}

json to_json(const DayPlan& day) {
  json exercises = json::array();
  for (const PlannedExercise& p : day.exercises) {
    json e = {{"id", p.exercise->id},
              {"name", p.exercise->name},
              {"summary", p.exercise->summary},
              {"category", name(p.exercise->category)},
              {"position", name(p.exercise->position)},
              {"dosage", dosage_view(p.dosage)},
              {"warm_up", p.warm_up}};
    if (!p.replaces.empty()) e["replaces"] = p.replaces;
    if (!p.reason.empty()) e["reason"] = p.reason;
    exercises.push_back(std::move(e));
  }
  return {{"date", day.date.to_string()}, {"kind", to_string(day.kind)},
          {"plan_day", day.plan_day},     {"done", day.done},
          {"walking_minutes", day.walking_minutes}, {"exercises", std::move(exercises)}};
}

json to_json(const Plan& plan) {
  json week = json::array();
  for (const DayPlan& d : plan.week) {
    json day = to_json(d);
    day.erase("exercises");  // the week is at a glance; today carries the detail
    week.push_back(std::move(day));
  }
  json events = json::array();
  for (const auto& e : plan.progression.events)
    events.push_back({{"date", e.date.to_string()}, {"change", e.change}, {"reason", e.reason}});
  return {{"status", to_string(plan.status)},
          {"message", plan.message},
          {"stage", to_string(plan.stage)},
          {"step", plan.progression.step},
          {"progression", std::move(events)},
          {"today", to_json(plan.today)},
          {"week", std::move(week)},
          {"walking", {{"today_minutes", plan.today.walking_minutes},
                       {"goal_minutes", plan.walking_goal_minutes},
                       {"goal_days", plan.walking_goal_days}}},
          {"notes", plan.notes},
          {"sources", plan.sources}};
}

}  // namespace limber
