#include "journal_json.h"
#include "number_text.h"

#include <cmath>
#include <cstdint>
#include <set>

namespace limber::journal_json {
namespace {

using json_read::Fields;
using json_read::Need;
using json_read::type_name;

// User text echoed in a message is cut short so one bad field cannot flood the report.
std::string shown(const std::string& s) {
  if (s.size() <= 40) return "'" + s + "'";
  std::string out = s.substr(0, 40);
  while (!valid_utf8(out)) out.pop_back();  // never cut a character in half
  return "'" + out + "...'";
}

// A string that may be empty (notes, plan day), at most `max_bytes` long.
std::optional<std::string> read_text(Fields& f, const char* key, std::size_t max_bytes,
                                     Need need = Need::optional) {
  const json* v = f.any(key, need);
  if (!v) return std::nullopt;
  if (!v->is_string()) {
    f.error(key, std::string("must be a string, not ") + type_name(*v));
    return std::nullopt;
  }
  const std::string& s = v->get_ref<const std::string&>();
  if (s.size() > max_bytes) {
    f.error(key, "must be at most " + std::to_string(max_bytes) + " bytes long, not " +
                     std::to_string(s.size()));
    return std::nullopt;
  }
  return s;
}

std::optional<Date> read_date(Fields& f, const char* key) {
  auto text = f.text(key);
  if (!text) return std::nullopt;
  auto date = Date::parse(*text);
  if (!date) f.error(key, "must be a calendar date YYYY-MM-DD, not " + shown(*text));
  return date;
}

std::optional<Millis> read_millis(Fields& f, const char* key) {
  const json* v = f.any(key, Need::optional);
  if (!v) return std::nullopt;
  if (v->is_number_unsigned()) {
    const auto u = v->get<std::uint64_t>();
    if (u <= static_cast<std::uint64_t>(kMaxMillis)) return static_cast<Millis>(u);
  } else if (v->is_number_integer()) {
    const auto i = v->get<std::int64_t>();
    if (i >= 0 && i <= kMaxMillis) return i;
  } else if (v->is_number_float()) {
    const double d = v->get<double>();
    if (std::floor(d) == d && d >= 0 && d <= static_cast<double>(kMaxMillis))
      return static_cast<Millis>(d);
  }
  f.error(key, std::string("must be whole milliseconds since 1970 (0 to ") +
                   std::to_string(kMaxMillis) + "), not " +
                   (v->is_number() ? dump(*v) : type_name(*v)));
  return std::nullopt;
}

std::optional<std::string> read_token(Fields& f, const char* key) {
  auto t = f.text(key);
  if (t && !valid_token(*t)) {
    f.error(key, "must be 1-64 characters from a-z 0-9 _ -, not " + shown(*t));
    return std::nullopt;
  }
  return t;
}

// Calls `each(fields)` for every element of the array at `key`, if there is one.
template <typename Each>
void for_each_object(Fields& f, const char* key, std::size_t max, Each each) {
  const json* list = f.array(key, Need::optional);
  if (!list) return;
  if (list->size() > max) {
    f.error(key, "must hold at most " + std::to_string(max) + " items, not " +
                     std::to_string(list->size()));
    return;
  }
  for (std::size_t i = 0; i < list->size(); ++i) {
    const std::string at = std::string(key) + "[" + std::to_string(i) + "]";
    Fields item = f.nested((*list)[i], at.c_str());
    each(item);
    item.reject_unknown();
  }
}

// Exercises are most of a long journal (8 per session), so a well-formed one is read
// directly; anything unusual (a missing or unknown key, a float, a value out of range) goes
// through Fields below, which accepts a superset of this and names every problem.
std::optional<ExerciseLog> read_plain_exercise(const json& item) {
  if (!item.is_object()) return std::nullopt;
  ExerciseLog log;
  bool has_id = false, has_status = false;
  auto whole = [](const json& v, int max, int* out) {
    if (!v.is_number_integer()) return false;
    const auto n = v.get<std::int64_t>();
    if (n < 0 || n > max) return false;
    *out = static_cast<int>(n);
    return true;
  };
  for (auto it = item.begin(); it != item.end(); ++it) {
    const std::string& key = it.key();
    const json& v = *it;
    bool ok = false;
    if (key == "exercise_id") {
      ok = has_id = v.is_string() && valid_token(v.get_ref<const std::string&>());
      if (ok) log.exercise_id = v.get<std::string>();
    } else if (key == "status") {
      auto status = v.is_string() ? parse_exercise_status(v.get_ref<const std::string&>())
                                  : std::nullopt;
      ok = has_status = status.has_value();
      if (ok) log.status = *status;
    } else if (key == "sets_done") {
      ok = whole(v, 100, &log.sets_done);
    } else if (key == "reps_done") {
      ok = whole(v, 10000, &log.reps_done);
    } else if (key == "seconds") {
      ok = whole(v, 86400, &log.seconds);
    }
    if (!ok) return std::nullopt;
  }
  if (!has_id || !has_status) return std::nullopt;
  return log;
}

// Each reader records a problem for every mistake; read_entry() compares the problem count.
void read_session(Fields& f, SessionEntry& s) {
  s.started_at = read_millis(f, "started_at");
  s.ended_at = read_millis(f, "ended_at");
  if (s.started_at && s.ended_at && *s.ended_at < *s.started_at)
    f.error("ended_at", "must not be before started_at");
  s.plan_day = read_text(f, "plan_day", 16).value_or("");
  const json* list = f.any("exercises", Need::optional);
  bool plain = list && list->is_array() && list->size() <= kMaxExercises;
  if (plain) {
    s.exercises.reserve(list->size());
    for (const json& item : *list) {
      auto log = read_plain_exercise(item);
      if (!log) {  // not plain: read them all again, reporting every problem
        s.exercises.clear();
        plain = false;
        break;
      }
      s.exercises.push_back(std::move(*log));
    }
  }
  if (!plain) for_each_object(f, "exercises", kMaxExercises, [&](Fields& item) {
    ExerciseLog log;
    log.exercise_id = read_token(item, "exercise_id").value_or("");
    auto status = item.choice("status", {"done", "partial", "skipped", "stopped_hurts"});
    if (status) log.status = *parse_exercise_status(*status);
    log.sets_done = item.integer("sets_done", 0, 100, Need::optional).value_or(0);
    log.reps_done = item.integer("reps_done", 0, 10000, Need::optional).value_or(0);
    log.seconds = item.integer("seconds", 0, 86400, Need::optional).value_or(0);
    s.exercises.push_back(std::move(log));
  });
  s.pain_before = f.integer("pain_before", 0, 10, Need::optional);
  s.pain_after = f.integer("pain_after", 0, 10, Need::optional);
  s.note = read_text(f, "note", kMaxNoteBytes).value_or("");
}

void read_checkin(Fields& f, CheckinEntry& c) {
  c.pain = f.integer("pain", 0, 10).value_or(0);
  std::set<std::string> names;
  for_each_object(f, "activities", kMaxActivities, [&](Fields& item) {
    auto name = read_text(item, "name", kMaxNameBytes, Need::required);
    auto score = item.integer("score", 0, 10);
    if (name && name->empty()) item.error("name", "must not be empty");
    else if (name && !names.insert(*name).second) item.error("name", shown(*name) + " appears twice");
    c.activities.push_back({name.value_or(""), score.value_or(0)});
  });
  c.walking_minutes = f.integer("walking_minutes", 0, 1440, Need::optional);
  c.new_symptom = f.boolean("new_symptom", Need::optional).value_or(false);
  c.note = read_text(f, "note", kMaxNoteBytes).value_or("");
}

void read_habits(Fields& f, HabitsEntry& h) {
  const json* list = f.array("ticked", Need::optional);
  if (!list) return;
  std::set<std::string> seen;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const json& item = (*list)[i];
    const std::string at = with_number("ticked[", i, "]");
    if (!item.is_string() || !valid_token(item.get_ref<const std::string&>()))
      f.error(at, "must be a habit id (1-64 characters from a-z 0-9 _ -), not " +
                      (item.is_string() ? shown(item.get<std::string>()) : type_name(item)));
    else if (!seen.insert(item.get<std::string>()).second)
      f.error(at, shown(item.get<std::string>()) + " appears twice");
    else
      h.ticked.push_back(item.get<std::string>());
  }
}

}  // namespace

bool valid_id(std::string_view id) {
  if (id.empty() || id.size() > kMaxIdLength) return false;
  for (char c : id) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '.' || c == '_' || c == ':' || c == '-';
    if (!ok) return false;
  }
  return true;
}

bool valid_token(std::string_view token) {
  if (token.empty() || token.size() > kMaxIdLength) return false;
  for (char c : token) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    if (!ok) return false;
  }
  return true;
}


std::optional<Entry> read_entry(const json& value, const std::string& file,
                                const std::string& where, IdRule ids, Problems& problems) {
  // Problems name the entry by its id whenever it has one that can be shown.
  std::string name = where;
  if (value.is_object()) {
    auto it = value.find("id");
    if (it != value.end() && it->is_string() && valid_id(it->get_ref<const std::string&>()))
      name = it->get<std::string>();
  }
  const std::size_t before = problems.size();
  Fields f(value, file, name, problems);
  if (!f.ok()) return std::nullopt;

  std::string id;
  if (auto text = f.text("id", ids == IdRule::required ? Need::required : Need::optional)) {
    if (valid_id(*text)) id = *text;
    else f.error("id", "must be 1-64 characters from A-Z a-z 0-9 . _ : -, not " + shown(*text));
  }
  auto type = f.choice("type", {"session", "checkin", "habits"});
  auto date = read_date(f, "date");
  if (!type) return std::nullopt;  // without a type the other fields mean nothing

  Entry entry;
  if (*type == "session") {
    SessionEntry s;
    read_session(f, s);
    entry = std::move(s);
  } else if (*type == "checkin") {
    CheckinEntry c;
    read_checkin(f, c);
    entry = std::move(c);
  } else {
    HabitsEntry h;
    read_habits(f, h);
    entry = std::move(h);
  }
  f.reject_unknown();
  if (!date || problems.size() != before) return std::nullopt;
  entry.set_id(id);
  entry.set_date(*date);
  return entry;
}

std::optional<ScreeningRecord> read_screening(const json& value, const std::string& file,
                                              Problems& problems) {
  const std::size_t before = problems.size();
  Fields f(value, file, "screening", problems);
  ScreeningRecord r;
  auto date = read_date(f, "date");
  auto level = f.choice("level", {"emergency", "urgent", "soon", "routine", "self_care"});
  const json* answers = f.object("answers");
  if (answers) {
    if (answers->size() > kMaxAnswers)
      f.error("answers", with_number("must hold at most ", kMaxAnswers, " answers"));
    for (auto it = answers->begin(); it != answers->end(); ++it) {
      const std::string at = "answers." + it.key();
      if (!valid_token(it.key()))
        f.error(at, "is not an answer id (1-64 characters from a-z 0-9 _ -)");
      else if (it->is_array()) {
        // Multi-choice answers: a short list of option values.
        if (it->size() > kMaxListAnswers)
          f.error(at, with_number("must list at most ", kMaxListAnswers, " values"));
        for (const json& item : *it)
          if (!item.is_string() || item.get_ref<const std::string&>().size() > kMaxNameBytes)
            f.error(at, with_number("must list strings of at most ", kMaxNameBytes, " bytes"));
      } else if (!(it->is_string() || it->is_number() || it->is_boolean()))
        f.error(at, std::string("must be a string, number, boolean or list, not ") + type_name(*it));
      else if (it->is_string() && it->get_ref<const std::string&>().size() > kMaxNameBytes)
        f.error(at, with_number("must be at most ", kMaxNameBytes, " bytes long"));
    }
  }
  const auto acknowledged = f.boolean("acknowledged", Need::optional);
  f.reject_unknown();
  if (problems.size() != before || !date || !level || !answers) return std::nullopt;
  r.date = *date;
  r.level = *level;
  r.acknowledged = acknowledged.value_or(false);
  r.answers_json = dump(*answers);
  return r;
}

std::optional<Settings> read_settings(const json& value, const std::string& file,
                                      Problems& problems) {
  const std::size_t before = problems.size();
  Fields f(value, file, "settings", problems);
  Settings s;
  s.voice = f.boolean("voice", Need::optional).value_or(true);
  s.tones = f.boolean("tones", Need::optional).value_or(true);
  if (const json* list = f.array("activities", Need::optional)) {
    if (list->size() > kMaxActivities)
      f.error("activities", with_number("must hold at most ", kMaxActivities, " names"));
    std::set<std::string> seen;
    for (std::size_t i = 0; i < list->size(); ++i) {
      const json& item = (*list)[i];
      const std::string at = with_number("activities[", i, "]");
      if (!item.is_string() || item.get_ref<const std::string&>().empty() ||
          item.get_ref<const std::string&>().size() > kMaxNameBytes)
        f.error(at, with_number("must be a name of 1-", kMaxNameBytes, " bytes"));
      else if (!seen.insert(item.get<std::string>()).second)
        f.error(at, shown(item.get<std::string>()) + " appears twice");
      else
        s.activities.push_back(item.get<std::string>());
    }
  }
  f.reject_unknown();
  if (problems.size() != before) return std::nullopt;
  return s;
}

std::string dump(const json& value) {
  return value.dump();
}

}  // namespace limber::journal_json
