// limber/journal.h: the person's own record: guided sessions, daily check-ins, daily-habit
// ticks, the latest screening and their settings. Plain values; nothing here reads a clock.
//
//   Journal journal;
//   CheckinEntry c;
//   c.date = *Date::parse("2026-11-21");
//   c.pain = 4;
//   Added added = journal.add(c);          // added.id == "checkin-2026-11-21-1"
//   c.id = added.id; c.note = "stiff";     // every change is validated, errors are values
//   journal.edit(c);
//   journal.tick(c.date, "move_hourly", true);   // one habits entry per date
//   journal.remove(added.id);
//
// Ids are stable: an entry keeps its id for life. The core has no clock or randomness, so a
// new id is derived as "<type>-<date>-<n>" with n one more than the highest n already used
// for that type and date (so ids of deleted entries are not reused while a later one exists).
// Storing, exporting and importing a Journal is in limber/store.h.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <map>
#include <vector>

#include "limber/assets.h"
#include "limber/date.h"
#include "limber/problem.h"

namespace limber {

enum class ExerciseStatus { done, partial, skipped, stopped_hurts };
const char* to_string(ExerciseStatus status);
std::optional<ExerciseStatus> parse_exercise_status(std::string_view text);

// One exercise of a session, as the guided-session player recorded it.
struct ExerciseLog {
  std::string exercise_id;
  ExerciseStatus status = ExerciseStatus::done;
  int sets_done = 0;
  int reps_done = 0;
  int seconds = 0;  // time spent working
};

struct SessionEntry {
  std::string id;
  Date date;
  std::optional<Millis> started_at, ended_at;
  std::string plan_day;  // "A", "B"...; "" when not from a plan
  std::vector<ExerciseLog> exercises;
  std::optional<int> pain_before, pain_after;  // 0-10; may be filled in later
  std::string note;

  // At least one exercise done or partly done: what streaks and adherence count.
  bool completed() const;
};

// How well the person managed one activity they care about: 0 (could not) to 10 (as before).
struct ActivityScore {
  std::string name;
  int score = 0;
};

struct CheckinEntry {
  std::string id;
  Date date;
  int pain = 0;  // 0-10
  std::vector<ActivityScore> activities;  // up to 3, names unique
  std::optional<int> walking_minutes;
  bool new_symptom = false;
  std::string note;
};

// The daily-habit checklist for one date (habit ids from assets/checklist/habits.json).
struct HabitsEntry {
  std::string id;
  Date date;
  std::vector<std::string> ticked;
};

enum class EntryType { session, checkin, habits };
const char* to_string(EntryType type);

// One entry of the journal: a session, a check-in or a day's habits. A tagged struct, not a
// std::variant: the variant's copy, move, assignment and visit code was some 2 KB of the web
// module. Only the part of type() is used; the other two stay empty.
//
//   Entry e = checkin;                                  // from any of the three
//   if (const CheckinEntry* c = e.checkin()) c->pain;   // nullptr for another type
class Entry {
 public:
  Entry() = default;  // an empty session entry
  Entry(SessionEntry e) : type_(EntryType::session), session_(std::move(e)) {}
  Entry(CheckinEntry e) : type_(EntryType::checkin), checkin_(std::move(e)) {}
  Entry(HabitsEntry e) : type_(EntryType::habits), habits_(std::move(e)) {}

  EntryType type() const { return type_; }
  const SessionEntry* session() const { return type_ == EntryType::session ? &session_ : nullptr; }
  const CheckinEntry* checkin() const { return type_ == EntryType::checkin ? &checkin_ : nullptr; }
  const HabitsEntry* habits() const { return type_ == EntryType::habits ? &habits_ : nullptr; }

  void set_id(std::string id);
  void set_date(Date date);

  friend bool operator==(const Entry& a, const Entry& b);
  friend bool operator!=(const Entry& a, const Entry& b) { return !(a == b); }

 private:
  friend struct JournalAccess;  // the reader fills an entry in place
  EntryType type_ = EntryType::session;
  SessionEntry session_;
  CheckinEntry checkin_;
  HabitsEntry habits_;
};

EntryType type_of(const Entry& entry);
const std::string& id_of(const Entry& entry);
Date date_of(const Entry& entry);

// The most recent screening: the answers object (as JSON text, in the screening's own
// format), the level it produced ("emergency", "urgent", "soon", "routine", "self_care").
struct ScreeningRecord {
  Date date;
  std::string level;
  std::string answers_json = "{}";
  bool acknowledged = false;  // a `soon` result: the person confirmed the advice
};

struct Settings {
  bool voice = true;
  bool tones = true;
  std::vector<std::string> activities;  // up to 3 names the person chose to rate
};

bool operator==(const ExerciseLog& a, const ExerciseLog& b);
bool operator==(const SessionEntry& a, const SessionEntry& b);
bool operator==(const ActivityScore& a, const ActivityScore& b);
bool operator==(const CheckinEntry& a, const CheckinEntry& b);
bool operator==(const HabitsEntry& a, const HabitsEntry& b);
bool operator==(const ScreeningRecord& a, const ScreeningRecord& b);
bool operator==(const Settings& a, const Settings& b);

// Every problem with one entry as it stands (ranges, dates, text); the id may be empty.
// Problems name the entry by its id and the field by its JSON name.
Problems validate(const Entry& entry);
Problems validate(const ScreeningRecord& screening);
Problems validate(const Settings& settings);

// The habit ids in assets/checklist/habits.json (problems when it is missing or malformed).
// Stored journals are not checked against it, so retiring a habit never makes an old
// journal unreadable; shells check new ticks with it.
std::vector<std::string> habit_ids(const Assets& assets, Problems& problems);

struct Added {
  std::string id;
  Problems problems;
  bool ok() const { return problems.empty(); }
};

class Journal {
 public:
  Journal() = default;

  const std::vector<Entry>& entries() const { return entries_; }
  std::size_t size() const { return entries_.size(); }
  const Entry* find(std::string_view id) const;
  // The habits entry for `date`, if any.
  const HabitsEntry* habits_on(Date date) const;

  // Adds a valid entry; an empty id gets a new one. A habits entry for a date that already
  // has one edits that entry instead (its ticks replace the old ones) and returns its id.
  Added add(Entry entry);
  // Replaces the entry with the same id and type (problems when there is none).
  Problems edit(const Entry& entry);
  // False when there is no such entry.
  bool remove(std::string_view id);
  // Ticks or unticks one habit on `date`, creating the day's habits entry when needed.
  Added tick(Date date, const std::string& habit_id, bool ticked);
  // The id add() would give a new entry of `type` on `date`.
  std::string next_id(EntryType type, Date date) const;

  const std::optional<ScreeningRecord>& screening() const { return screening_; }
  Problems set_screening(ScreeningRecord screening);
  void clear_screening() { screening_.reset(); }

  const Settings& settings() const { return settings_; }
  Problems set_settings(Settings settings);

  friend bool operator==(const Journal& a, const Journal& b);
  friend bool operator!=(const Journal& a, const Journal& b) { return !(a == b); }

 private:
  friend struct JournalAccess;  // the store builds journals it has already validated
  void reindex();

  std::vector<Entry> entries_;
  // id -> position in entries_. An ordered map, not a hash map: the catalogue already uses
  // this exact type, so the web module carries one map instead of a second kind of table.
  std::map<std::string, std::size_t, std::less<>> index_;
  std::optional<ScreeningRecord> screening_;
  Settings settings_;
};

}  // namespace limber
