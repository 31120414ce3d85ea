#include "journal_json.h"

#include "content_text.h"
#include "journal_access.h"
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

// A string that may be empty (notes, plan day), at most `max_bytes` long, stored into `out`.
// Like the getters of json_read, these readers store into an argument and record a problem
// for every mistake: no optional<T> is built and tested at each call site (web core size).
bool read_text(Fields& f, const char* key, std::size_t max_bytes, std::string& out,
               Need need = Need::optional) {
  const json* v = f.any(key, need);
  if (!v) return false;
  if (!v->is_string()) {
    f.error(key, std::string("must be a string, not ") + type_name(*v));
    return false;
  }
  const std::string& s = v->get_ref<const std::string&>();
  if (s.size() > max_bytes) {
    f.error(key, "must be at most " + std::to_string(max_bytes) + " bytes long, not " +
                     std::to_string(s.size()));
    return false;
  }
  out = s;
  return true;
}

void read_date(Fields& f, const char* key, Date& out) {
  const std::string* text = f.string_at(key);
  if (!text) return;
  if (auto date = Date::parse(*text)) out = *date;
  else f.error(key, "must be a calendar date YYYY-MM-DD, not " + shown(*text));
}

// Whole numbers up to kMaxMillis (< 2^53) are exact as doubles, and a larger integer never
// rounds down into range, so one test of the double serves every kind of JSON number.
void read_millis(Fields& f, const char* key, std::optional<Millis>& out) {
  const json* v = f.any(key, Need::optional);
  if (!v) return;
  const double d = v->get<double>();
  if (v->is_number() && std::floor(d) == d && d >= 0 && d <= static_cast<double>(kMaxMillis)) {
    out = static_cast<Millis>(d);
    return;
  }
  static_assert(kMaxMillis == 253402300799999, "the message writes kMaxMillis out");
  f.error(key, std::string("must be whole milliseconds since 1970 (0 to 253402300799999), not ") +
                   (v->is_number() ? dump(*v) : type_name(*v)));
}

// An optional whole number in [min, max] kept as std::optional<int> (pain, walking minutes).
void read_optional_int(Fields& f, const char* key, int min, int max, std::optional<int>& out) {
  int n;
  if (f.read_int(key, min, max, n, Need::optional)) out = n;
}

void read_token(Fields& f, const char* key, std::string& out) {
  const std::string* t = f.string_at(key);
  if (!t) return;
  if (valid_token(*t)) out = *t;
  else f.error(key, "must be 1-64 characters from a-z 0-9 _ -, not " + shown(*t));
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
    const std::string at = json_read::item_path(key, i);
    Fields item = f.nested((*list)[i], at.c_str());
    each(item);
    item.reject_unknown();
  }
}

// In the order of ExerciseStatus and of EntryType: a value's index is its enum value.
const std::vector<std::string> kStatuses =
    content_text::string_list({"done", "partial", "skipped", "stopped_hurts"});
const std::vector<std::string> kTypes = content_text::string_list({"session", "checkin", "habits"});
const std::vector<std::string> kLevels =
    content_text::string_list({"emergency", "urgent", "soon", "routine", "self_care"});

// Exercises are most of a long journal (8 per session), so a well-formed one is read
// directly; anything unusual (a missing or unknown key, a float, a value out of range) goes
// through Fields below, which accepts a superset of this and names every problem.
bool read_plain_exercise(const json& item, ExerciseLog& log) {
  if (!item.is_object()) return false;
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
      if (ok) log.exercise_id = v.get_ref<const std::string&>();
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
    if (!ok) return false;
  }
  return has_id && has_status;
}

// Each reader records a problem for every mistake; read_entry() compares the problem count.
void read_session(Fields& f, SessionEntry& s) {
  read_millis(f, "started_at", s.started_at);
  read_millis(f, "ended_at", s.ended_at);
  if (s.started_at && s.ended_at && *s.ended_at < *s.started_at)
    f.error("ended_at", "must not be before started_at");
  read_text(f, "plan_day", 16, s.plan_day);
  const json* list = f.any("exercises", Need::optional);
  bool plain = list && list->is_array() && list->size() <= kMaxExercises;
  if (plain) {
    s.exercises.resize(list->size());
    for (std::size_t i = 0; plain && i < list->size(); ++i)
      plain = read_plain_exercise((*list)[i], s.exercises[i]);
  }
  if (!plain) {  // not plain: read them all again, reporting every problem
    s.exercises.clear();
    for_each_object(f, "exercises", kMaxExercises, [&](Fields& item) {
      s.exercises.emplace_back();
      ExerciseLog& log = s.exercises.back();
      read_token(item, "exercise_id", log.exercise_id);
      const int status = item.choice_index("status", kStatuses);
      if (status >= 0) log.status = static_cast<ExerciseStatus>(status);
      item.read_int("sets_done", 0, 100, log.sets_done, Need::optional);
      item.read_int("reps_done", 0, 10000, log.reps_done, Need::optional);
      item.read_int("seconds", 0, 86400, log.seconds, Need::optional);
    });
  }
  read_optional_int(f, "pain_before", 0, 10, s.pain_before);
  read_optional_int(f, "pain_after", 0, 10, s.pain_after);
  read_text(f, "note", kMaxNoteBytes, s.note);
}

void read_checkin(Fields& f, CheckinEntry& c) {
  f.read_int("pain", 0, 10, c.pain);
  std::set<std::string> names;
  for_each_object(f, "activities", kMaxActivities, [&](Fields& item) {
    c.activities.emplace_back();
    ActivityScore& a = c.activities.back();
    const bool named = read_text(item, "name", kMaxNameBytes, a.name, Need::required);
    item.read_int("score", 0, 10, a.score);
    if (named && a.name.empty()) item.error("name", "must not be empty");
    else if (named && !names.insert(a.name).second) item.error("name", shown(a.name) + " appears twice");
  });
  read_optional_int(f, "walking_minutes", 0, 1440, c.walking_minutes);
  f.read_bool("new_symptom", c.new_symptom, Need::optional);
  read_text(f, "note", kMaxNoteBytes, c.note);
}

void read_habits(Fields& f, HabitsEntry& h) {
  const json* list = f.array("ticked", Need::optional);
  if (!list) return;
  std::set<std::string> seen;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const json& item = (*list)[i];
    const std::string at = json_read::item_path("ticked", i);
    const std::string* id = item.is_string() ? &item.get_ref<const std::string&>() : nullptr;
    if (!id || !valid_token(*id))
      f.error(at, "must be a habit id (1-64 characters from a-z 0-9 _ -), not " +
                      (id ? shown(*id) : type_name(item)));
    else if (!seen.insert(*id).second)
      f.error(at, shown(*id) + " appears twice");
    else
      h.ticked.push_back(*id);
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


bool read_entry(const json& value, const std::string& file, const std::string& where,
                IdRule ids, Problems& problems, Entry& out) {
  // Problems name the entry by its id whenever it has one that can be shown.
  std::string name = where;
  if (value.is_object()) {
    auto it = value.find("id");
    if (it != value.end() && it->is_string() && valid_id(it->get_ref<const std::string&>()))
      name = it->get_ref<const std::string&>();
  }
  const std::size_t before = problems.size();
  Fields f(value, file, name, problems);
  if (!f.ok()) return false;

  std::string id;
  if (const std::string* text =
          f.string_at("id", ids == IdRule::required ? Need::required : Need::optional)) {
    if (valid_id(*text)) id = *text;
    else f.error("id", "must be 1-64 characters from A-Z a-z 0-9 . _ : -, not " + shown(*text));
  }
  const int type = f.choice_index("type", kTypes);
  Date date;
  read_date(f, "date", date);
  if (type < 0) return false;  // without a type the other fields mean nothing

  // Each part is read in place, inside `out`: no struct built, moved in and destroyed.
  switch (static_cast<EntryType>(type)) {
    case EntryType::session: read_session(f, JournalAccess::session(out)); break;
    case EntryType::checkin: read_checkin(f, JournalAccess::checkin(out)); break;
    case EntryType::habits: read_habits(f, JournalAccess::habits(out)); break;
  }
  f.reject_unknown();
  if (problems.size() != before) return false;  // every failed read recorded a problem
  out.set_id(std::move(id));
  out.set_date(date);
  return true;
}

void read_screening(const json& value, const std::string& file, Problems& problems,
                    ScreeningRecord& out) {
  const std::size_t before = problems.size();
  Fields f(value, file, "screening", problems);
  read_date(f, "date", out.date);
  f.read_choice("level", kLevels, out.level);
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
  f.read_bool("acknowledged", out.acknowledged, Need::optional);
  f.reject_unknown();
  if (problems.size() == before) out.answers_json = dump(*answers);
}

void read_settings(const json& value, const std::string& file, Problems& problems,
                   Settings& out) {
  Fields f(value, file, "settings", problems);
  f.read_bool("voice", out.voice, Need::optional);
  f.read_bool("tones", out.tones, Need::optional);
  if (const json* list = f.array("activities", Need::optional)) {
    if (list->size() > kMaxActivities)
      f.error("activities", with_number("must hold at most ", kMaxActivities, " names"));
    std::set<std::string> seen;
    for (std::size_t i = 0; i < list->size(); ++i) {
      const json& item = (*list)[i];
      const std::string at = json_read::item_path("activities", i);
      const std::string* name = item.is_string() ? &item.get_ref<const std::string&>() : nullptr;
      if (!name || name->empty() || name->size() > kMaxNameBytes)
        f.error(at, with_number("must be a name of 1-", kMaxNameBytes, " bytes"));
      else if (!seen.insert(*name).second)
        f.error(at, shown(*name) + " appears twice");
      else
        out.activities.push_back(*name);
    }
  }
  f.reject_unknown();
}

std::string dump(const json& value) {
  return value.dump();
}

}  // namespace limber::journal_json
