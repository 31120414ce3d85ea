#include "limber/journal.h"

#include <algorithm>
#include <cstdlib>

#include "number_text.h"
#include "json_read.h"
#include "journal_json.h"
#include "utf8.h"
#include "limber/checklist.h"

namespace limber {
namespace {


// The text fields of an entry, by their JSON names, for the UTF-8 check.
std::vector<std::pair<std::string, const std::string*>> texts(const Entry& entry) {
  std::vector<std::pair<std::string, const std::string*>> out = {{"id", &id_of(entry)}};
  if (const auto* s = entry.session()) {
    out.push_back({"plan_day", &s->plan_day});
    out.push_back({"note", &s->note});
    for (std::size_t i = 0; i < s->exercises.size(); ++i)
      out.push_back({with_number("exercises[", i, "].exercise_id"),
                     &s->exercises[i].exercise_id});
  } else if (const auto* c = entry.checkin()) {
    out.push_back({"note", &c->note});
    for (std::size_t i = 0; i < c->activities.size(); ++i)
      out.push_back({with_number("activities[", i, "].name"), &c->activities[i].name});
  } else if (const auto* h = entry.habits()) {
    for (std::size_t i = 0; i < h->ticked.size(); ++i)
      out.push_back({with_number("ticked[", i, "]"), &h->ticked[i]});
  }
  return out;
}

std::string name_of(const Entry& entry) {
  return id_of(entry).empty() ? std::string("new ") + to_string(type_of(entry)) : id_of(entry);
}

// "<prefix><digits>" -> digits as a number (0 when the rest is not a plain number).
long sequence_after(const std::string& id, const std::string& prefix) {
  if (id.size() <= prefix.size() || id.size() > prefix.size() + 9 ||
      id.compare(0, prefix.size(), prefix) != 0)
    return 0;
  long n = 0;
  for (std::size_t i = prefix.size(); i < id.size(); ++i) {
    if (id[i] < '0' || id[i] > '9') return 0;
    n = n * 10 + (id[i] - '0');
  }
  return n;
}

}  // namespace

const char* to_string(ExerciseStatus status) {
  switch (status) {
    case ExerciseStatus::done: return "done";
    case ExerciseStatus::partial: return "partial";
    case ExerciseStatus::skipped: return "skipped";
    case ExerciseStatus::stopped_hurts: return "stopped_hurts";
  }
  return "done";
}

std::optional<ExerciseStatus> parse_exercise_status(std::string_view text) {
  for (auto s : {ExerciseStatus::done, ExerciseStatus::partial, ExerciseStatus::skipped,
                 ExerciseStatus::stopped_hurts})
    if (text == to_string(s)) return s;
  return std::nullopt;
}

const char* to_string(EntryType type) {
  switch (type) {
    case EntryType::session: return "session";
    case EntryType::checkin: return "checkin";
    case EntryType::habits: return "habits";
  }
  return "session";
}

EntryType type_of(const Entry& entry) { return entry.type(); }

const std::string& id_of(const Entry& entry) {
  if (const auto* s = entry.session()) return s->id;
  if (const auto* c = entry.checkin()) return c->id;
  return entry.habits()->id;
}

Date date_of(const Entry& entry) {
  if (const auto* s = entry.session()) return s->date;
  if (const auto* c = entry.checkin()) return c->date;
  return entry.habits()->date;
}

void Entry::set_id(std::string id) {
  switch (type_) {
    case EntryType::session: session_.id = std::move(id); break;
    case EntryType::checkin: checkin_.id = std::move(id); break;
    case EntryType::habits: habits_.id = std::move(id); break;
  }
}

void Entry::set_date(Date date) {
  switch (type_) {
    case EntryType::session: session_.date = date; break;
    case EntryType::checkin: checkin_.date = date; break;
    case EntryType::habits: habits_.date = date; break;
  }
}

bool SessionEntry::completed() const {
  return std::any_of(exercises.begin(), exercises.end(), [](const ExerciseLog& e) {
    return e.status == ExerciseStatus::done || e.status == ExerciseStatus::partial;
  });
}

bool operator==(const ExerciseLog& a, const ExerciseLog& b) {
  return a.exercise_id == b.exercise_id && a.status == b.status && a.sets_done == b.sets_done &&
         a.reps_done == b.reps_done && a.seconds == b.seconds;
}
bool operator==(const SessionEntry& a, const SessionEntry& b) {
  return a.id == b.id && a.date == b.date && a.started_at == b.started_at &&
         a.ended_at == b.ended_at && a.plan_day == b.plan_day && a.exercises == b.exercises &&
         a.pain_before == b.pain_before && a.pain_after == b.pain_after && a.note == b.note;
}
bool operator==(const ActivityScore& a, const ActivityScore& b) {
  return a.name == b.name && a.score == b.score;
}
bool operator==(const CheckinEntry& a, const CheckinEntry& b) {
  return a.id == b.id && a.date == b.date && a.pain == b.pain && a.activities == b.activities &&
         a.walking_minutes == b.walking_minutes && a.new_symptom == b.new_symptom &&
         a.note == b.note;
}
bool operator==(const HabitsEntry& a, const HabitsEntry& b) {
  return a.id == b.id && a.date == b.date && a.ticked == b.ticked;
}
bool operator==(const ScreeningRecord& a, const ScreeningRecord& b) {
  return a.date == b.date && a.level == b.level && a.answers_json == b.answers_json &&
         a.acknowledged == b.acknowledged;
}
bool operator==(const Settings& a, const Settings& b) {
  return a.voice == b.voice && a.tones == b.tones && a.activities == b.activities;
}
bool operator==(const Entry& a, const Entry& b) {
  if (a.type_ != b.type_) return false;
  switch (a.type_) {
    case EntryType::session: return a.session_ == b.session_;
    case EntryType::checkin: return a.checkin_ == b.checkin_;
    case EntryType::habits: return a.habits_ == b.habits_;
  }
  return false;
}
bool operator==(const Journal& a, const Journal& b) {
  return a.entries_ == b.entries_ && a.screening_ == b.screening_ && a.settings_ == b.settings_;
}

Problems validate(const Entry& entry) {
  Problems problems;
  // JSON text must be UTF-8; checked here because only values built in code can break it.
  for (const auto& [field, text] : texts(entry))
    if (!valid_utf8(*text)) problems.push_back({"", name_of(entry), field, "is not UTF-8 text"});
  if (!problems.empty()) return problems;
  auto parsed = json_read::parse(journal_json::entry_text(entry), nullptr);
  Entry scratch;
  if (parsed)
    journal_json::read_entry(*parsed, "", name_of(entry), journal_json::IdRule::optional,
                             problems, scratch);
  return problems;
}

Problems validate(const ScreeningRecord& screening) {
  Problems problems;
  if (!valid_utf8(screening.level) || !valid_utf8(screening.answers_json)) {
    problems.push_back({"", "screening", "", "is not UTF-8 text"});
    return problems;
  }
  std::string error;
  auto answers = json_read::parse(screening.answers_json, &error);
  if (!answers) {
    problems.push_back({"", "screening", "answers", "is not JSON: " + error});
    return problems;
  }
  json_read::json doc = json_read::json::object();
  doc["date"] = screening.date.to_string();
  doc["level"] = screening.level;
  doc["answers"] = std::move(*answers);
  ScreeningRecord scratch;
  journal_json::read_screening(doc, "", problems, scratch);
  return problems;
}

Problems validate(const Settings& settings) {
  Problems problems;
  for (const auto& name : settings.activities)
    if (!valid_utf8(name)) problems.push_back({"", "settings", "activities", "is not UTF-8 text"});
  if (!problems.empty()) return problems;
  std::string text;
  journal_json::write_settings(settings, text);
  auto parsed = json_read::parse(text, nullptr);
  Settings scratch;
  if (parsed) journal_json::read_settings(*parsed, "", problems, scratch);
  return problems;
}

std::vector<std::string> habit_ids(const Assets& assets, Problems& problems) {
  // One source of truth: the checklist loader, so a habit it rejects cannot be ticked.
  std::vector<std::string> ids;
  for (const Habit& h : load_checklist(assets, problems)) ids.push_back(h.id);
  return ids;
}

void Journal::reindex() {
  index_.clear();
  for (std::size_t i = 0; i < entries_.size(); ++i) index_[id_of(entries_[i])] = i;
}

const Entry* Journal::find(std::string_view id) const {
  auto it = index_.find(id);
  return it == index_.end() ? nullptr : &entries_[it->second];
}

const HabitsEntry* Journal::habits_on(Date date) const {
  for (const auto& e : entries_)
    if (const auto* h = e.habits(); h && h->date == date) return h;
  return nullptr;
}

std::string Journal::next_id(EntryType type, Date date) const {
  const std::string prefix = std::string(to_string(type)) + "-" + date.to_string() + "-";
  long highest = 0;
  for (const auto& [id, at] : index_) highest = std::max(highest, sequence_after(id, prefix));
  for (long n = highest + 1;; ++n) {
    std::string id = prefix + std::to_string(n);
    if (!index_.count(id)) return id;
  }
}

Added Journal::add(Entry entry) {
  Added result;
  result.problems = validate(entry);
  if (!result.ok()) return result;
  if (const auto* h = entry.habits()) {
    if (const HabitsEntry* existing = habits_on(h->date)) {
      if (!h->id.empty() && h->id != existing->id) {
        result.problems.push_back({"", h->id, "date", "habits for " + h->date.to_string() +
                                                          " are already entry " + existing->id});
        return result;
      }
      entry.set_id(existing->id);
      result.problems = edit(entry);
      result.id = h->id;
      return result;
    }
  }
  std::string id = id_of(entry);
  if (id.empty()) {
    id = next_id(type_of(entry), date_of(entry));
    entry.set_id(id);
  } else if (index_.count(id)) {
    result.problems.push_back({"", id, "id", "is already used by another entry"});
    return result;
  }
  index_[id] = entries_.size();
  entries_.push_back(std::move(entry));
  result.id = id;
  return result;
}

Problems Journal::edit(const Entry& entry) {
  Problems problems = validate(entry);
  if (!problems.empty()) return problems;
  const std::string& id = id_of(entry);
  auto it = index_.find(id);
  if (id.empty() || it == index_.end()) {
    problems.push_back({"", id, "id", "there is no entry with this id"});
    return problems;
  }
  Entry& old = entries_[it->second];
  if (type_of(old) != type_of(entry)) {
    problems.push_back({"", id, "type", std::string("must stay ") + to_string(type_of(old))});
    return problems;
  }
  if (const auto* h = entry.habits()) {
    const HabitsEntry* other = habits_on(h->date);
    if (other && other->id != id) {
      problems.push_back({"", id, "date", "habits for " + h->date.to_string() +
                                              " are already entry " + other->id});
      return problems;
    }
  }
  old = Entry(entry);  // a copy moved in: one move-assignment for both paths
  return problems;
}

bool Journal::remove(std::string_view id) {
  auto it = index_.find(id);
  if (it == index_.end()) return false;
  entries_.erase(entries_.begin() + static_cast<std::ptrdiff_t>(it->second));
  reindex();
  return true;
}

Added Journal::tick(Date date, const std::string& habit_id, bool ticked) {
  HabitsEntry h;
  if (const HabitsEntry* existing = habits_on(date)) h = *existing;
  h.date = date;
  auto at = std::find(h.ticked.begin(), h.ticked.end(), habit_id);
  if (ticked && at == h.ticked.end()) h.ticked.push_back(habit_id);
  if (!ticked && at != h.ticked.end()) h.ticked.erase(at);
  return add(h);
}

Problems Journal::set_screening(ScreeningRecord screening) {
  Problems problems = validate(screening);
  if (!problems.empty()) return problems;
  // Kept in the canonical form the store writes, so a saved and reloaded journal is equal.
  screening.answers_json = journal_json::dump(*json_read::parse(screening.answers_json, nullptr));
  screening_ = std::move(screening);
  return problems;
}

Problems Journal::set_settings(Settings settings) {
  Problems problems = validate(settings);
  if (problems.empty()) settings_ = std::move(settings);
  return problems;
}

}  // namespace limber
