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

std::string ImportReport::summary() const {
  if (mode == ImportMode::replace)
    return with_number("replaced the journal with the file's ", static_cast<std::size_t>(added),
                       " entries");
  std::string s = "added " + std::to_string(added) + ", unchanged " + std::to_string(unchanged);
  if (habits_merged) s += ", habit days joined " + std::to_string(habits_merged);
  if (!renamed.empty())
    s += ", kept " + std::to_string(renamed.size()) +
         " changed entries from the file under new ids (both versions are kept)";
  if (screening_taken) s += ", took the file's more recent screening";
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
