// Commands over the journal: entries, the daily checklist, settings and statistics.
#include "app_commands.h"
#include "limber/stats.h"
#include "limber/store.h"

namespace limber {
namespace {

using json_read::Need;
using json = limber::Json;

json entry_to_json(const Entry& entry) {
  auto parsed = json_read::parse(entry_json(entry), nullptr);  // our own output
  return parsed ? *parsed : json::object();
}

bool read_entry(json_read::Fields& args, Entry* out, CommandError* error) {
  const json* entry = args.object("entry");
  if (!entry) return false;
  Problems problems;
  auto parsed = parse_entry(json_read::dump(*entry), problems, "entry");
  if (!parsed) return fail(error, "invalid_entry", to_string(problems));
  *out = std::move(*parsed);
  return true;
}

bool add(AppState& state, json_read::Fields& args, json* result, CommandError* error) {
  Entry entry;
  if (!read_entry(args, &entry, error) || !may_change(state, args, error)) return false;
  Added added = state.journal.add(std::move(entry));
  if (!added.ok()) return fail(error, "invalid_entry", to_string(added.problems));
  changed(state);
  *result = {{"id", added.id}, {"entry", entry_to_json(*state.journal.find(added.id))}};
  return true;
}

bool edit(AppState& state, json_read::Fields& args, json* result, CommandError* error) {
  Entry entry;
  if (!read_entry(args, &entry, error) || !may_change(state, args, error)) return false;
  const std::string id = id_of(entry);
  if (id.empty()) return fail(error, "invalid_entry", "an edited entry needs its id");
  if (!state.journal.find(id)) return not_found(error, "entry", id);
  const Problems problems = state.journal.edit(entry);
  if (!problems.empty()) return fail(error, "invalid_entry", to_string(problems));
  changed(state);
  *result = {{"entry", entry_to_json(*state.journal.find(id))}};
  return true;
}

bool remove(AppState& state, json_read::Fields& args, json* result, CommandError* error) {
  const std::string* id = args.string_at("id");
  if (!id) return false;
  if (!may_change(state, args, error)) return false;
  if (!state.journal.remove(*id)) return not_found(error, "entry", *id);
  changed(state);
  *result = {{"deleted", *id}};
  return true;
}

bool get(AppState& state, json_read::Fields& args, json* result, CommandError* error) {
  const std::string* id = args.string_at("id");
  if (!id) return false;
  const Entry* entry = state.journal.find(*id);
  if (!entry) return not_found(error, "entry", *id);
  *result = entry_to_json(*entry);
  return true;
}

bool list(AppState& state, json_read::Fields& args, json* result, CommandError*) {
  const std::vector<std::string> types = {"session", "checkin", "habits"};
  const int type = args.choice_index("type", types, Need::optional);
  Date from, to;
  const bool has_from = date_arg(args, from, "from", Need::optional);
  const bool has_to = date_arg(args, to, "to", Need::optional);
  if (!args.all_accepted()) return false;
  json entries = json::array();
  // Newest first: what a history view shows at the top.
  const auto& all = state.journal.entries();
  for (auto it = all.rbegin(); it != all.rend(); ++it) {
    if (type >= 0 && types[static_cast<std::size_t>(type)] != to_string(type_of(*it))) continue;
    const Date d = date_of(*it);
    if ((has_from && d < from) || (has_to && d > to)) continue;
    entries.push_back(entry_to_json(*it));
  }
  *result = {{"entries", std::move(entries)}};
  return true;
}

bool tick(AppState& state, json_read::Fields& args, json* result, CommandError* error) {
  Date date;
  bool ticked = false;
  date_arg(args, date);
  const std::string* habit = args.string_at("habit");
  args.read_bool("ticked", ticked);
  if (!may_change(state, args, error)) return false;
  Added added = state.journal.tick(date, *habit, ticked);
  if (!added.ok()) return fail(error, "invalid_entry", to_string(added.problems));
  changed(state);
  const HabitsEntry* day = state.journal.habits_on(date);
  *result = {{"date", date.to_string()},
             {"ticked", day ? day->ticked : std::vector<std::string>{}}};
  return true;
}

bool settings_get(AppState& state, json_read::Fields&, json* result, CommandError*) {
  const Settings& s = state.journal.settings();
  *result = {{"voice", s.voice}, {"tones", s.tones}, {"activities", s.activities}};
  return true;
}

bool settings_set(AppState& state, json_read::Fields& args, json* result, CommandError* error) {
  Settings s = state.journal.settings();
  args.read_bool("voice", s.voice, Need::optional);
  args.read_bool("tones", s.tones, Need::optional);
  if (args.has("activities")) {
    // An empty list is allowed here (no activities chosen), unlike text_list's default.
    const json* list = args.array("activities");
    if (!list) return false;
    s.activities.clear();
    for (const json& item : *list) {
      if (!item.is_string()) {
        args.error("activities", "must be a list of names");
        return false;
      }
      s.activities.push_back(item.get<std::string>());
    }
  }
  if (!may_change(state, args, error)) return false;
  const Problems problems = state.journal.set_settings(s);
  if (!problems.empty()) return fail(error, "invalid_settings", to_string(problems));
  changed(state);
  return settings_get(state, args, result, error);
}

// A value, or null when there is none (one copy of the choice for every such field).
json opt(const std::optional<double>& v) { return v ? json(*v) : json(nullptr); }
json opt(const std::optional<int>& v) { return v ? json(*v) : json(nullptr); }

// `words` names the labels' vocabulary for the trend's sentence (pain_trend, activity_trend).
json trend_json(const Trend& t, const Labels& labels, const char* words) {
  return {{"first_week", opt(t.first_week)}, {"last_week", opt(t.last_week)},
          {"change", opt(t.change)},         {"slope_per_week", opt(t.slope_per_week)},
          {"days", t.days},                  {"direction", to_string(t.direction)},
          {"text", labels.of(words, to_string(t.direction))}};
}

bool stats(AppState& state, json_read::Fields& args, json* result, CommandError*) {
  Date today;
  int weeks = 8;
  date_arg(args, today);
  args.read_int("weeks", 1, 52, weeks, Need::optional);
  if (!args.all_accepted()) return false;
  const Stats s = journal_stats(state.journal, today, state.plan_rules.sessions_per_week);
  json activities = json::array();
  for (const ActivityTrend& a : s.activities)
    activities.push_back({{"name", a.name},
                          {"latest", opt(a.latest)},
                          {"trend", trend_json(a.trend, state.labels, "activity_trend")}});
  // Series for charts: the day's pain (last check-in of the day) over 28 days, and the
  // minutes of guided sessions and of walking per week.
  std::optional<int> pain[28];  // the last check-in of each of the last 28 days, today last
  // Per week from first_monday: session seconds and walking minutes.
  std::vector<std::pair<int, int>> week_minutes(static_cast<std::size_t>(weeks));
  const Date first_monday = today.week_start().plus_days(-7 * (weeks - 1));
  auto week = [&](Date d) -> std::pair<int, int>& {
    return week_minutes[static_cast<std::size_t>((d - first_monday) / 7)];
  };
  for (const Entry& entry : state.journal.entries()) {
    const Date d = date_of(entry);
    if (d > today) continue;
    if (const auto* c = entry.checkin()) {
      if (today - d < 28) pain[27 - (today - d)] = c->pain;
      if (c->walking_minutes && d >= first_monday) week(d).second += *c->walking_minutes;
    } else if (const auto* session = entry.session()) {
      int seconds = 0;
      for (const ExerciseLog& log : session->exercises) seconds += log.seconds;
      if (d >= first_monday) week(d).first += seconds;
    }
  }
  json pain_series = json::array();
  for (int i = 0; i < 28; ++i)
    pain_series.push_back({{"date", today.plus_days(i - 27).to_string()},
                           {"pain", opt(pain[i])}});
  json weekly = json::array();
  for (int w = 0; w < weeks; ++w) {
    const auto& [session_seconds, walking_minutes] = week_minutes[static_cast<std::size_t>(w)];
    weekly.push_back({{"week_start", first_monday.plus_days(7 * w).to_string()},
                      {"session_minutes", (session_seconds + 30) / 60},
                      {"walking_minutes", walking_minutes}});
  }
  *result = {{"today", s.today.to_string()},
             {"current_streak", s.current_streak},
             {"longest_streak", s.longest_streak},
             {"week_start", s.week_start.to_string()},
             {"sessions_this_week", s.sessions_this_week},
             {"sessions_target", s.sessions_target},
             {"walking_minutes_this_week", s.walking_minutes_this_week},
             {"walking_minutes_target", s.walking_minutes_target},
             {"pain_average_7d", opt(s.pain_average_7d)},
             {"pain_days_7d", s.pain_days_7d},
             {"pain_trend", trend_json(s.pain_trend, state.labels, "pain_trend")},
             {"activities", std::move(activities)},
             {"sessions_done_4w", s.sessions_done_4w},
             {"sessions_planned_4w", s.sessions_planned_4w},
             {"adherence", opt(s.adherence)},
             {"pain_series", std::move(pain_series)},
             {"weekly", std::move(weekly)}};
  return true;
}

}  // namespace

template <bool S>
CommandList journal_commands() {
  static constexpr CommandSpec kCommands[] = {
      {"journal.add", add,
       summary<S>("Adds an entry (a check-in, a session or the day's habits; the export's "
                  "shape; id optional) and answers with its id.")},
      {"journal.edit", edit, summary<S>("Replaces the entry with the same id.")},
      {"journal.delete", remove, summary<S>("Deletes the entry with this id.")},
      {"journal.get", get, summary<S>("One entry by id.")},
      {"journal.list", list,
       summary<S>("Entries newest first; optional type, from and to (dates).")},
      {"checklist.tick", tick, summary<S>("Ticks or unticks a daily habit for a date.")},
      {"settings.get", settings_get,
       summary<S>("Voice, tones and the activities the person rates.")},
      {"settings.set", settings_set, summary<S>("Changes any of voice, tones, activities.")},
      {"stats.get", stats,
       summary<S>("Streaks, this week against the targets, pain average and trends, adherence, "
                  "and series for charts (pain per day over 28 days; minutes per week over "
                  "`weeks`, default 8).")},
  };
  return {kCommands, std::end(kCommands)};
}

template CommandList journal_commands<false>();
template CommandList journal_commands<true>();

}  // namespace limber
