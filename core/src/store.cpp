#include "limber/store.h"

#include <set>

#include "number_text.h"
#include "journal_access.h"
#include "journal_json.h"
#include "json_read.h"
#include "store_migrate.h"

namespace limber {
namespace {

using json_read::Fields;
using json_read::json;
using json_read::Need;

// Reads entries one by one (streamed or from a tree), checking what only the whole list
// can show: ids used twice, two habits entries for one date.
class EntryReader {
 public:
  explicit EntryReader(const std::string& file) : file_(file) {}

  void read(const json& value, std::size_t index) {
    Entry entry;
    if (!journal_json::read_entry(value, file_, with_number("entries[", index, "]"),
                                  journal_json::IdRule::required, problems, entry))
      return;
    const std::string& id = id_of(entry);
    if (!ids_.insert(id).second)
      problems.push_back({file_, id, "id", "is used by more than one entry"});
    if (type_of(entry) == EntryType::habits && !habit_dates_.insert(date_of(entry).to_string()).second)
      problems.push_back({file_, id, "date", "another habits entry has the same date"});
    entries.push_back(std::move(entry));
  }

  std::vector<Entry> entries;
  Problems problems;

 private:
  const std::string& file_;
  std::set<std::string> ids_;
  // The dates of habits entries, as text: a set of strings is a tree the web module already
  // has, where a set or map of day numbers would be one more.
  std::set<std::string> habit_dates_;
};

// The current schema, parsed: the top level from `doc`, the entries either already read by
// `streamed` or, when it is null (a migrated document), from doc's "entries".
std::optional<Journal> read_document(const json& doc, const std::string& file,
                                     EntryReader* streamed, Problems& problems) {
  const std::size_t before = problems.size();
  Fields top(doc, file, "", problems);
  int version = 0;
  top.read_int("schema_version", kJournalSchemaVersion, kJournalSchemaVersion, version);
  const json* list = top.array("entries");
  const json* screening_json = top.any("screening", Need::optional);
  const json* settings_json = top.object("settings", Need::optional);
  top.reject_unknown();

  // Read in place; a problem in either makes the whole document unreadable below.
  std::optional<ScreeningRecord> screening;
  if (screening_json && !screening_json->is_null())
    journal_json::read_screening(*screening_json, file, problems, screening.emplace());
  Settings settings;
  if (settings_json) journal_json::read_settings(*settings_json, file, problems, settings);

  EntryReader from_tree(file);
  EntryReader& reader = streamed ? *streamed : from_tree;
  if (list && !streamed)
    for (std::size_t i = 0; i < list->size(); ++i) reader.read((*list)[i], i);
  for (Problem& p : reader.problems) problems.push_back(std::move(p));  // no range-insert template
  if (problems.size() != before) return std::nullopt;
  return JournalAccess::make(std::move(reader.entries), std::move(screening), std::move(settings));
}

// One out-of-line place for the document-level problems of load_journal (file, no entry).
void refuse(Loaded& out, const std::string& source, const char* field, std::string message) {
  out.problems.push_back({source, "", field, std::move(message)});
}

}  // namespace

Loaded load_journal(std::string_view bytes, const std::string& source) {
  Loaded out;
  json doc;
  // Entries are read as the parser finishes each one; they count only if the document
  // turns out to be of the current version (a migrated one is read again below).
  EntryReader streamed(source);
  std::string error;
  int entries_arrays = 0;
  auto on_entry = [&](json& entry, std::size_t index) { streamed.read(entry, index); };
  if (!parse_streaming_entries(bytes, &doc, on_entry, &entries_arrays, &error)) {
    refuse(out, source, "", "invalid JSON: " + error);
    return out;
  }
  auto version = doc.is_object() ? doc.find("schema_version") : doc.end();
  if (!doc.is_object() || version == doc.end() || !version->is_number_integer() ||
      version->get<std::int64_t>() < 1) {
    refuse(out, source, "schema_version",
           "a journal must be a JSON object with a schema_version of 1 or more");
    return out;
  }
  const std::int64_t v = version->get<std::int64_t>();
  out.file_version = v > 1000000 ? 1000000 : static_cast<int>(v);
  if (v > kJournalSchemaVersion) {
    out.status = LoadStatus::newer_version;
    refuse(out, source, "schema_version",
           "was written by a newer Limber (schema_version " + std::to_string(v) +
               "; this one reads up to " + std::to_string(kJournalSchemaVersion) +
               "). It is left exactly as it is: update Limber to use it.");
    return out;
  }
  if (entries_arrays > 1)
    refuse(out, source, "entries", "appears more than once");
  std::optional<Journal> journal;
  if (v < kJournalSchemaVersion) {
    if (!store_migrate::migrate(doc, static_cast<int>(v), source, out.problems)) return out;
    journal = read_document(doc, source, nullptr, out.problems);
  } else {
    journal = read_document(doc, source, &streamed, out.problems);
  }
  if (!journal || !out.problems.empty()) return out;
  out.journal = std::move(*journal);
  out.status = LoadStatus::ok;
  return out;
}

std::string save_journal(const Journal& journal) {
  const auto& entries = journal.entries();
  std::string out;
  out.reserve(256 + entries.size() * 400);
  out += "{\n  \"schema_version\": " + std::to_string(kJournalSchemaVersion) + ",\n  \"settings\": ";
  journal_json::write_settings(journal.settings(), out);
  out += ",\n  \"screening\": ";
  if (journal.screening()) journal_json::write_screening(*journal.screening(), out);
  else out += "null";
  out += ",\n  \"entries\": [";
  for (std::size_t i = 0; i < entries.size(); ++i) {
    out += i ? ",\n    " : "\n    ";
    journal_json::write_entry(entries[i], out);
  }
  out += entries.empty() ? "]\n}\n" : "\n  ]\n}\n";
  return out;
}

std::string export_json(const Journal& journal) { return save_journal(journal); }

std::optional<Entry> parse_entry(std::string_view bytes, Problems& problems,
                                 const std::string& source) {
  auto doc = json_read::parse(bytes, source, problems);
  if (!doc) return std::nullopt;
  Entry entry;
  if (!journal_json::read_entry(*doc, source, "", journal_json::IdRule::optional, problems, entry))
    return std::nullopt;
  return entry;
}

std::string entry_json(const Entry& entry) {
  return journal_json::entry_text(entry);
}

}  // namespace limber
