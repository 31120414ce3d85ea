// limber/store.h: the journal as a document (bytes) and back. Pure: bytes in, bytes out;
// the shells decide where the bytes live (native/storage/journal_file.h, IndexedDB on the web).
//
//   Loaded loaded = load_journal(bytes);          // migrates older versions, validates all
//   switch (loaded.status) {
//     case LoadStatus::ok:            use loaded.journal (loaded.migrated() says if it was old)
//     case LoadStatus::newer_version: show loaded.problems; never write over these bytes
//     case LoadStatus::invalid:       show loaded.problems; keep the bytes aside, never delete
//   }
//   std::string bytes = save_journal(journal);    // canonical: save(load(save(j))) == save(j)
//   std::string csv = export_csv(journal);        // sessions and check-ins for a clinician
//   Imported im = import_journal(journal, file_bytes, ImportMode::merge);
//   if (im.ok()) journal = im.journal;            // nothing changes unless the whole file is valid
//
// The document (schema in assets/README.md, "Journal document"):
//   {"schema_version": 2, "settings": {...}, "screening": {...} or null, "entries": [...]}
// Every older schema_version is migrated on load; the file keeps its old form until the
// next save. Unknown fields anywhere are problems, named by entry id and field.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "limber/journal.h"
#include "limber/problem.h"

namespace limber {

constexpr int kJournalSchemaVersion = 2;

enum class LoadStatus { ok, invalid, newer_version };

struct Loaded {
  LoadStatus status = LoadStatus::invalid;
  Journal journal;       // empty unless ok
  int file_version = 0;  // the document's schema_version, 0 when it has none
  Problems problems;     // every problem found (one for newer_version)
  bool ok() const { return status == LoadStatus::ok; }
  bool migrated() const { return ok() && file_version < kJournalSchemaVersion; }
};

// `source` names the document in problems (e.g. "journal.json").
Loaded load_journal(std::string_view bytes, const std::string& source = "journal");
// The current schema version, one entry per line, keys in a fixed order, UTF-8.
std::string save_journal(const Journal& journal);
// The full backup: the same bytes as save_journal, so it imports back to an equal journal.
std::string export_json(const Journal& journal);
// Sessions and check-ins, one row each, oldest first (RFC 4180, CRLF line ends). Cells that
// start with = + - @ (or a tab or carriage return) get a leading ' so no spreadsheet runs them.
std::string export_csv(const Journal& journal);

// One entry as `limber-cli journal add` takes it: the shape it has in the document, the id
// optional (Journal::add assigns one).
std::optional<Entry> parse_entry(std::string_view bytes, Problems& problems,
                                 const std::string& source = "entry");
std::string entry_json(const Entry& entry);

enum class ImportMode { merge, replace };

struct ImportReport {
  ImportMode mode = ImportMode::merge;
  int file_version = 0;
  int added = 0;          // entries new to the journal
  int unchanged = 0;      // already there with the same content
  int habits_merged = 0;  // days whose ticks were joined with the file's
  std::vector<std::pair<std::string, std::string>> renamed;  // file id -> id given here
  bool screening_taken = false;
  bool settings_taken = false;
  std::string summary() const;  // one line for people
};

struct Imported {
  Journal journal;    // the result (equal to the current journal unless ok)
  Problems problems;  // why the file was refused; empty when ok
  ImportReport report;
  bool ok() const { return problems.empty(); }
};

// Validates the whole file (any supported schema_version) before anything changes.
// replace: the result is the file's journal, settings and screening.
// merge: nothing here is ever dropped or overwritten:
//   - an entry whose id is new here is added;
//   - the same id with the same content is unchanged;
//   - the same id with different content (both sides edited, or an id reused after a
//     delete) keeps both: the file's entry gets a new id, listed in report.renamed; if an
//     entry with that content is already here under another id (an earlier merge of the
//     same file), it is unchanged, so merging a file twice changes nothing the second time;
//   - habits for a date already ticked here: the ticks are joined (one entry per date);
//   - screening: the more recent one wins (ties keep this one); settings: this one's stay.
//   Entries deleted here but still in the file come back.
Imported import_journal(const Journal& current, std::string_view bytes, ImportMode mode,
                        const std::string& source = "import");

}  // namespace limber
