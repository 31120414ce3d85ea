#include "limber/store.h"

#include <unordered_set>

#include "journal_access.h"
#include "journal_json.h"
#include "json_read.h"
#include "store_migrate.h"

namespace limber {
namespace {

using json_read::Fields;
using json_read::json;
using json_read::Need;

// The current schema, already parsed; every problem recorded, none skipped.
std::optional<Journal> read_document(const json& doc, const std::string& file,
                                     Problems& problems) {
  const std::size_t before = problems.size();
  Fields top(doc, file, "", problems);
  top.integer("schema_version", kJournalSchemaVersion, kJournalSchemaVersion);
  const json* list = top.array("entries");
  const json* screening_json = top.any("screening", Need::optional);
  const json* settings_json = top.object("settings", Need::optional);
  top.reject_unknown();

  std::optional<ScreeningRecord> screening;
  if (screening_json && !screening_json->is_null())
    screening = journal_json::read_screening(*screening_json, file, problems);
  Settings settings;
  if (settings_json)
    settings = journal_json::read_settings(*settings_json, file, problems).value_or(Settings{});

  std::vector<Entry> entries;
  if (list) {
    entries.reserve(list->size());
    std::unordered_set<std::string> ids;
    std::unordered_set<std::int64_t> habit_days;
    for (std::size_t i = 0; i < list->size(); ++i) {
      auto entry = journal_json::read_entry((*list)[i], file, "entries[" + std::to_string(i) + "]",
                                            journal_json::IdRule::required, problems);
      if (!entry) continue;
      const std::string& id = id_of(*entry);
      if (!ids.insert(id).second)
        problems.push_back({file, id, "id", "is used by more than one entry"});
      if (type_of(*entry) == EntryType::habits && !habit_days.insert(date_of(*entry).days()).second)
        problems.push_back({file, id, "date", "another habits entry has the same date"});
      entries.push_back(std::move(*entry));
    }
  }
  if (problems.size() != before) return std::nullopt;
  return JournalAccess::make(std::move(entries), std::move(screening), std::move(settings));
}

}  // namespace

Loaded load_journal(std::string_view bytes, const std::string& source) {
  Loaded out;
  auto doc = json_read::parse(bytes, source, out.problems);
  if (!doc) return out;
  auto version = doc->is_object() ? doc->find("schema_version") : doc->end();
  if (!doc->is_object() || version == doc->end() || !version->is_number_integer() ||
      version->get<std::int64_t>() < 1) {
    out.problems.push_back({source, "", "schema_version",
                            "a journal must be a JSON object with a schema_version of 1 or more"});
    return out;
  }
  const std::int64_t v = version->get<std::int64_t>();
  out.file_version = v > 1000000 ? 1000000 : static_cast<int>(v);
  if (v > kJournalSchemaVersion) {
    out.status = LoadStatus::newer_version;
    out.problems.push_back(
        {source, "", "schema_version",
         "was written by a newer Limber (schema_version " + std::to_string(v) +
             "; this one reads up to " + std::to_string(kJournalSchemaVersion) +
             "). It is left exactly as it is: update Limber to use it."});
    return out;
  }
  if (v < kJournalSchemaVersion &&
      !store_migrate::migrate(*doc, static_cast<int>(v), source, out.problems))
    return out;
  auto journal = read_document(*doc, source, out.problems);
  if (!journal) return out;
  out.journal = std::move(*journal);
  out.status = LoadStatus::ok;
  return out;
}

std::string save_journal(const Journal& journal) {
  using journal_json::dump;
  std::string out = "{\n  \"schema_version\": " + std::to_string(kJournalSchemaVersion) +
                    ",\n  \"settings\": " + dump(journal_json::write_settings(journal.settings())) +
                    ",\n  \"screening\": " +
                    (journal.screening() ? dump(journal_json::write_screening(*journal.screening()))
                                         : std::string("null")) +
                    ",\n  \"entries\": [";
  const auto& entries = journal.entries();
  for (std::size_t i = 0; i < entries.size(); ++i) {
    out += i ? ",\n    " : "\n    ";
    out += dump(journal_json::write_entry(entries[i]));
  }
  out += entries.empty() ? "]\n}\n" : "\n  ]\n}\n";
  return out;
}

std::string export_json(const Journal& journal) { return save_journal(journal); }

std::optional<Entry> parse_entry(std::string_view bytes, Problems& problems,
                                 const std::string& source) {
  auto doc = json_read::parse(bytes, source, problems);
  if (!doc) return std::nullopt;
  return journal_json::read_entry(*doc, source, "", journal_json::IdRule::optional, problems);
}

std::string entry_json(const Entry& entry) {
  return journal_json::dump(journal_json::write_entry(entry));
}

}  // namespace limber
