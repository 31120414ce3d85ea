// CSV export for a clinician: one row per session or check-in, oldest first.
#include <algorithm>

#include "limber/store.h"
#include "sort_by.h"
#include "number_text.h"

namespace limber {
namespace {

// RFC 4180 quoting, after the formula-injection guard: a spreadsheet treats a cell starting
// with = + - @ (tab and carriage return too, in some) as a formula, so such a cell gets a
// leading apostrophe and shows as text.
std::string cell(std::string value) {
  if (!value.empty() && std::string("=+-@\t\r").find(value[0]) != std::string::npos)
    value.insert(0, 1, '\'');
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string number(std::optional<int> v) { return v ? std::to_string(*v) : std::string(); }

std::string minutes_between(std::optional<Millis> start, std::optional<Millis> end) {
  if (!start || !end) return "";
  return fixed(static_cast<double>(*end - *start) / 60000.0, 1);
}

const char* const kColumns[] = {
    "date",        "type",       "id",         "pain",           "pain_before",
    "pain_after",  "walking_minutes", "new_symptom", "activity_1", "score_1",
    "activity_2",  "score_2",    "activity_3", "score_3",        "plan_day",
    "minutes",     "exercises_done", "exercises_total", "exercises", "note"};
constexpr std::size_t kColumnCount = sizeof kColumns / sizeof kColumns[0];

std::vector<std::string> session_row(const SessionEntry& s) {
  std::vector<std::string> row(kColumnCount);
  row[0] = s.date.to_string();
  row[1] = "session";
  row[2] = s.id;
  row[4] = number(s.pain_before);
  row[5] = number(s.pain_after);
  row[14] = s.plan_day;
  row[15] = minutes_between(s.started_at, s.ended_at);
  int done = 0;
  std::string list;
  for (const auto& e : s.exercises) {
    done += e.status == ExerciseStatus::done;
    if (!list.empty()) list += "; ";
    list += e.exercise_id + " " + to_string(e.status) + " (sets " + std::to_string(e.sets_done) +
            ", reps " + std::to_string(e.reps_done) + ", " + std::to_string(e.seconds) + " s)";
  }
  row[16] = std::to_string(done);
  row[17] = std::to_string(s.exercises.size());
  row[18] = list;
  row[19] = s.note;
  return row;
}

std::vector<std::string> checkin_row(const CheckinEntry& c) {
  std::vector<std::string> row(kColumnCount);
  row[0] = c.date.to_string();
  row[1] = "checkin";
  row[2] = c.id;
  row[3] = std::to_string(c.pain);
  row[6] = number(c.walking_minutes);
  row[7] = c.new_symptom ? "yes" : "no";
  for (std::size_t i = 0; i < c.activities.size() && i < 3; ++i) {
    row[8 + 2 * i] = c.activities[i].name;
    row[9 + 2 * i] = std::to_string(c.activities[i].score);
  }
  row[19] = c.note;
  return row;
}

}  // namespace

std::string export_csv(const Journal& journal) {
  std::vector<const Entry*> rows;
  for (const auto& e : journal.entries())
    if (type_of(e) != EntryType::habits) rows.push_back(&e);
  sort_by(rows, [](const Entry* a, const Entry* b) { return date_of(*a) < date_of(*b); });
  std::string out;
  for (std::size_t i = 0; i < kColumnCount; ++i) out += (i ? "," : "") + std::string(kColumns[i]);
  out += "\r\n";
  for (const Entry* e : rows) {
    const auto row = type_of(*e) == EntryType::session
                         ? session_row(*e->session())
                         : checkin_row(*e->checkin());
    for (std::size_t i = 0; i < row.size(); ++i) out += (i ? "," : "") + cell(row[i]);
    out += "\r\n";
  }
  return out;
}

}  // namespace limber
