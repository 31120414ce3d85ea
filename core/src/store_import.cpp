// Import: validate the whole file first, then replace or merge (rules in store.h).
#include <algorithm>
#include <cstdlib>
#include <set>

#include "limber/store.h"
#include "number_text.h"

namespace limber {
namespace {

// An entry's content without its id, to recognise one that is already here under another id:
// its text with the leading `"id":"<id>",` cut out (an id is plain characters, never
// escaped), which is the text of the same entry without an id (no Entry copied for it).
std::string content_key(const Entry& entry) {
  std::string text = entry_json(entry);
  const std::size_t id_size = id_of(entry).size();
  if (id_size) text.erase(1, id_size + 8);
  return text;
}

// An id for the file's entry that neither this journal nor the file uses, so a renamed
// entry never takes the id of one that comes later in the file.
std::string fresh_id(const Journal& journal, const Journal& file, const Entry& entry) {
  const std::string prefix =
      std::string(to_string(type_of(entry))) + "-" + date_of(entry).to_string() + "-";
  std::string id = journal.next_id(type_of(entry), date_of(entry));
  long n = std::strtol(id.c_str() + prefix.size(), nullptr, 10);
  while (journal.find(id) || file.find(id)) id = prefix + std::to_string(++n);
  return id;
}

// Joins the file's ticks for a day into this journal's; true when anything changed.
bool merge_habits(Journal& journal, const HabitsEntry& local, const HabitsEntry& incoming) {
  HabitsEntry joined = local;
  for (const auto& habit : incoming.ticked)
    if (std::find(joined.ticked.begin(), joined.ticked.end(), habit) == joined.ticked.end())
      joined.ticked.push_back(habit);
  if (joined.ticked == local.ticked) return false;
  return journal.edit(joined).empty();
}

void merge(Journal& journal, const Journal& file, ImportReport& report) {
  std::set<std::string> contents;
  for (const auto& e : journal.entries()) contents.insert(content_key(e));
  for (Entry e : file.entries()) {
    if (const auto* h = e.habits()) {
      if (const HabitsEntry* local = journal.habits_on(h->date)) {
        if (merge_habits(journal, *local, *h)) ++report.habits_merged;
        else ++report.unchanged;
        continue;
      }
    }
    const std::string key = content_key(e);
    const Entry* same_id = journal.find(id_of(e));
    if (same_id && *same_id == e) {
      ++report.unchanged;
      continue;
    }
    if (same_id && contents.count(key)) {  // merged under a new id before
      ++report.unchanged;
      continue;
    }
    if (same_id) {
      const std::string old_id = id_of(e);
      const std::string new_id = fresh_id(journal, file, e);
      e.set_id(new_id);
      report.renamed.push_back({old_id, new_id});
    } else {
      ++report.added;
    }
    journal.add(e);
    contents.insert(key);
  }
  if (file.screening() &&
      (!journal.screening() || journal.screening()->date < file.screening()->date)) {
    journal.set_screening(*file.screening());
    report.screening_taken = true;
  }
}

}  // namespace

namespace {
// "1 entry", "2 entries": the summary is read by the person, not parsed.
std::string entries(int n) {
  return with_number("", static_cast<std::size_t>(n), n == 1 ? " entry" : " entries");
}
}  // namespace

// Plain sentences for the person who imported, e.g. "Added 2 entries from the file. 3 were
// already in your journal." The numbers are in the reply too, for shells and tests.
std::string ImportReport::summary() const {
  if (mode == ImportMode::replace) return "Your journal now holds the file's " + entries(added) + ".";
  if (!added && !habits_merged && renamed.empty() && !screening_taken)
    return "Nothing to add: your journal already has everything in the file.";
  std::string s;
  const auto say = [&s](const std::string& sentence) { s += (s.empty() ? "" : " ") + sentence; };
  if (added) say("Added " + entries(added) + " from the file.");
  if (unchanged)
    say(with_number("", static_cast<std::size_t>(unchanged),
                    unchanged == 1 ? " was already in your journal." : " were already in your journal."));
  if (habits_merged)
    say(with_number("The habits ticked on ", static_cast<std::size_t>(habits_merged),
                    habits_merged == 1 ? " day were joined with yours." : " days were joined with yours."));
  if (!renamed.empty())
    say(entries(static_cast<int>(renamed.size())) +
        " in the file differed from yours with the same id: both versions are kept.");
  if (screening_taken) say("The file's check for warning signs is newer, so it is now your latest check.");
  return s;
}

Imported import_journal(const Journal& current, std::string_view bytes, ImportMode mode,
                        const std::string& source) {
  Imported out{current, {}, {}};  // a copy made in place: no Journal copy-assignment is compiled
  out.report.mode = mode;
  Loaded file = load_journal(bytes, source);
  out.report.file_version = file.file_version;
  if (!file.ok()) {
    out.problems = std::move(file.problems);
    return out;
  }
  if (mode == ImportMode::replace) {
    out.journal = std::move(file.journal);
    out.report.added = static_cast<int>(out.journal.size());
    out.report.screening_taken = true;
    out.report.settings_taken = true;
    return out;
  }
  merge(out.journal, file.journal, out.report);
  return out;
}

}  // namespace limber
