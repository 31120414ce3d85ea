// The journal's canonical JSON text, written straight into a string: fixed key order,
// optional fields left out when absent. Direct writing keeps saving a 10-year journal to a
// few milliseconds (building a DOM first took most of the time).
#include "journal_json.h"

namespace limber::journal_json {
namespace {

void string(std::string& out, std::string_view s) { Json::write_string(out, s); }

// `"key":` preceded by a comma unless it is the object's first key.
void key(std::string& out, const char* name, bool first = false) {
  if (!first) out += ',';
  out += '"';
  out += name;
  out += "\":";
}

void text_field(std::string& out, const char* name, std::string_view value, bool first = false) {
  key(out, name, first);
  string(out, value);
}

void int_field(std::string& out, const char* name, long long value) {
  key(out, name);
  out += std::to_string(value);
}

void bool_field(std::string& out, const char* name, bool value) {
  key(out, name);
  out += value ? "true" : "false";
}

void names(std::string& out, const std::vector<std::string>& list) {
  out += '[';
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (i) out += ',';
    string(out, list[i]);
  }
  out += ']';
}

}  // namespace

void write_entry(const Entry& entry, std::string& out) {
  out += '{';
  const bool has_id = !id_of(entry).empty();
  if (has_id) text_field(out, "id", id_of(entry), true);
  text_field(out, "type", to_string(type_of(entry)), !has_id);
  text_field(out, "date", date_of(entry).to_string());
  if (const auto* s = entry.session()) {
    if (s->started_at) int_field(out, "started_at", static_cast<long long>(*s->started_at));
    if (s->ended_at) int_field(out, "ended_at", static_cast<long long>(*s->ended_at));
    if (!s->plan_day.empty()) text_field(out, "plan_day", s->plan_day);
    key(out, "exercises");
    out += '[';
    for (std::size_t i = 0; i < s->exercises.size(); ++i) {
      const ExerciseLog& e = s->exercises[i];
      if (i) out += ',';
      out += '{';
      text_field(out, "exercise_id", e.exercise_id, true);
      text_field(out, "status", to_string(e.status));
      int_field(out, "sets_done", static_cast<long long>(e.sets_done));
      int_field(out, "reps_done", static_cast<long long>(e.reps_done));
      int_field(out, "seconds", static_cast<long long>(e.seconds));
      out += '}';
    }
    out += ']';
    if (s->pain_before) int_field(out, "pain_before", static_cast<long long>(*s->pain_before));
    if (s->pain_after) int_field(out, "pain_after", static_cast<long long>(*s->pain_after));
    text_field(out, "note", s->note);
  } else if (const auto* c = entry.checkin()) {
    int_field(out, "pain", static_cast<long long>(c->pain));
    key(out, "activities");
    out += '[';
    for (std::size_t i = 0; i < c->activities.size(); ++i) {
      if (i) out += ',';
      out += '{';
      text_field(out, "name", c->activities[i].name, true);
      int_field(out, "score", static_cast<long long>(c->activities[i].score));
      out += '}';
    }
    out += ']';
    if (c->walking_minutes) int_field(out, "walking_minutes", static_cast<long long>(*c->walking_minutes));
    bool_field(out, "new_symptom", c->new_symptom);
    text_field(out, "note", c->note);
  } else if (const auto* h = entry.habits()) {
    key(out, "ticked");
    names(out, h->ticked);
  }
  out += '}';
}

void write_screening(const ScreeningRecord& r, std::string& out) {
  out += '{';
  text_field(out, "date", r.date.to_string(), true);
  text_field(out, "level", r.level);
  key(out, "answers");
  // Kept canonical (compact, keys sorted) by the loader and Journal::set_screening; checked
  // again here so a hand-built record can never make the file unreadable.
  auto parsed = json_read::parse(r.answers_json, nullptr);
  out += parsed && parsed->is_object() ? dump(*parsed) : std::string("{}");
  // Written only when set, so documents from before the field existed save unchanged.
  if (r.acknowledged) bool_field(out, "acknowledged", true);
  out += '}';
}

void write_settings(const Settings& s, std::string& out) {
  out += '{';
  key(out, "voice", true);
  out += s.voice ? "true" : "false";
  bool_field(out, "tones", s.tones);
  key(out, "activities");
  names(out, s.activities);
  out += '}';
}

std::string entry_text(const Entry& entry) {
  std::string out;
  write_entry(entry, out);
  return out;
}

}  // namespace limber::journal_json
