#include "store_migrate.h"

#include <algorithm>
#include <map>

#include "limber/date.h"
#include "limber/store.h"
#include "sort_by.h"

namespace limber::store_migrate {
namespace {

using json_read::Fields;
using json_read::json;
using json_read::Need;

// Version 1 (the first release) kept sessions, check-ins and habits in separate lists,
// without ids:
//   {"schema_version": 1,
//    "sessions": [{"date", "started_at", "ended_at", "plan_day", "pain_before", "pain_after",
//                  "note", "exercises": [{"exercise_id", "status", "sets", "reps", "seconds"}]}],
//    "checkins": [{"date", "pain", "activities": {"<name>": score}, "walking_minutes",
//                  "new_symptom", "note"}],
//    "habits": {"<date>": ["move_hourly", ...]},
//    "screening": {...} | null, "settings": {...}}
// with the exercise status "hurt" where version 2 says "stopped_hurts".
// Version 2 puts every entry, with a stable id and a "type", in one "entries" list.
bool v1_to_v2(json& doc, const std::string& file, Problems& problems) {
  const std::size_t before = problems.size();
  Fields top(doc, file, "", problems);
  int version;
  top.read_int("schema_version", 1, 1, version);
  const json* sessions = top.array("sessions", Need::optional);
  const json* checkins = top.array("checkins", Need::optional);
  const json* habits = top.object("habits", Need::optional);
  const json* screening = top.any("screening", Need::optional);
  const json* settings = top.any("settings", Need::optional);
  top.reject_unknown();

  // Ids as version 2 gives new entries: "<type>-<date>-<n>", n counting from 1 per day.
  // Counts per prefix, in the journal index's type of map (no new kind of map compiled).
  std::map<std::string, std::size_t, std::less<>> used;
  auto new_id = [&](const char* type, const std::string& date) {
    const std::string prefix =
        std::string(type) + "-" + (Date::parse(date) ? date : std::string("undated")) + "-";
    return prefix + std::to_string(++used[prefix]);
  };
  // An item's date as text, "" when it has none that is a string (no copy of the value).
  const std::string none;
  auto date_of = [&](const json& item) -> const std::string& {
    auto it = item.find("date");
    return it != item.end() && it->is_string() ? it->get_ref<const std::string&>() : none;
  };

  json entries = json::array();
  auto each = [&](const json* list, const char* name, auto convert) {
    if (!list) return;
    for (std::size_t i = 0; i < list->size(); ++i) {
      const json& item = (*list)[i];
      if (!item.is_object()) {
        problems.push_back({file, json_read::item_path(name, i), "", "must be an object"});
        continue;
      }
      entries.push_back(convert(item));
    }
  };
  each(sessions, "sessions", [&](const json& s) {
    json e = s;
    e["id"] = new_id("session", date_of(s));
    e["type"] = "session";
    auto exercises = e.find("exercises");
    if (exercises != e.end() && exercises->is_array()) {
      for (json& x : *exercises) {
        if (!x.is_object()) continue;
        for (auto [from, to] : {std::pair{"sets", "sets_done"}, std::pair{"reps", "reps_done"}}) {
          auto it = x.find(from);
          if (it == x.end()) continue;
          json value = *it;
          x.erase(from);
          x[to] = std::move(value);
        }
        auto status = x.find("status");
        if (status != x.end() && *status == "hurt") *status = "stopped_hurts";
      }
    }
    return e;
  });
  each(checkins, "checkins", [&](const json& c) {
    json e = c;
    e["id"] = new_id("checkin", date_of(c));
    e["type"] = "checkin";
    auto activities = e.find("activities");
    if (activities != e.end() && activities->is_object()) {
      json list = json::array();
      for (auto it = activities->begin(); it != activities->end(); ++it)
        list.push_back(json{{"name", it.key()}, {"score", *it}});
      *activities = std::move(list);
    }
    return e;
  });
  if (habits) {
    for (auto it = habits->begin(); it != habits->end(); ++it) {
      entries.push_back(json{
          {"id", new_id("habits", it.key())}, {"type", "habits"}, {"date", it.key()}, {"ticked", *it}});
    }
  }
  if (problems.size() != before) return false;

  // One list in date order (version 1's lists were each in date order already).
  sort_by(entries.elements(), [&](const json& a, const json& b) { return date_of(a) < date_of(b); });
  json v2 = json::object();
  v2["schema_version"] = 2;
  v2["entries"] = std::move(entries);
  if (screening) v2["screening"] = *screening;
  if (settings) v2["settings"] = *settings;
  doc = std::move(v2);
  return true;
}

struct Step {
  int from;
  bool (*run)(json& doc, const std::string& file, Problems& problems);
};
const Step kSteps[] = {{1, v1_to_v2}};

}  // namespace

bool migrate(json& doc, int from, const std::string& file, Problems& problems) {
  for (int version = from; version < kJournalSchemaVersion; ++version) {
    const Step* step = nullptr;
    for (const auto& s : kSteps)
      if (s.from == version) step = &s;
    if (!step) {
      problems.push_back({file, "", "schema_version",
                          "no migration from version " + std::to_string(version)});
      return false;
    }
    if (!step->run(doc, file, problems)) return false;
  }
  return true;
}

}  // namespace limber::store_migrate
