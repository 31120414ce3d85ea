// Commands over the person's whole document: status, saving, backup, import, reset.
//
// The core never touches storage: a shell asks for document.get whenever "revision" moved
// on, writes the text durably, and only then shows the change as saved.
#include "app_commands.h"
#include "limber/store.h"

namespace limber {
namespace {

using json_read::Need;
using json = limber::Json;

json problem_lines(const Problems& problems) {
  json lines = json::array();
  for (const Problem& p : problems) lines.push_back(p.to_string());
  return lines;
}

bool status(AppState& state, json_read::Fields&, json* result, CommandError*) {
  const char* message = "";
  switch (state.document_status) {
    case DocumentStatus::fresh: message = "A new journal."; break;
    case DocumentStatus::ok: message = "Your journal is loaded."; break;
    case DocumentStatus::migrated:
      message = "Your journal was updated to this version's format; it will be saved that way.";
      break;
    case DocumentStatus::corrupt:
      message = "Your saved journal could not be read. It has been kept aside, untouched, and "
                "Limber started a new one.";
      break;
    case DocumentStatus::newer_version:
      message = "Your journal was saved by a newer version of Limber. This version shows "
                "nothing from it and changes nothing. Please update Limber.";
      break;
  }
  *result = {{"status", to_string(state.document_status)},
             {"message", message},
             {"read_only", state.document_status == DocumentStatus::newer_version},
             {"problems", problem_lines(state.document_problems)},
             {"entries", state.journal.size()},
             {"revision", state.revision}};
  return true;
}

bool get(AppState& state, json_read::Fields& args, json* result, CommandError* error) {
  if (!may_change(state, args, error)) return false;
  *result = {{"document", save_journal(state.journal)}, {"revision", state.revision}};
  return true;
}

bool export_command(AppState& state, json_read::Fields& args, json* result, CommandError*) {
  const int format = args.choice_index("format", {"json", "csv"});
  Date date;
  const bool dated = date_arg(args, date, "date", Need::optional);
  if (!args.all_accepted()) return false;
  // One reply built for both formats, the format choosing each value.
  const bool as_json = format == 0;
  std::string filename = "limber-journal";
  if (dated) filename.append("-").append(date.to_string());
  filename.append(as_json ? ".json" : ".csv");
  *result = {{"text", as_json ? export_json(state.journal) : export_csv(state.journal)},
             {"filename", std::move(filename)},
             {"media_type", as_json ? "application/json" : "text/csv"}};
  return true;
}

json report_json(const ImportReport& r) {
  json renamed = json::array();
  for (const auto& [from, to] : r.renamed) renamed.push_back({{"from", from}, {"to", to}});
  return {{"summary", r.summary()},       {"added", r.added},
          {"unchanged", r.unchanged},     {"habits_merged", r.habits_merged},
          {"renamed", std::move(renamed)}, {"file_version", r.file_version}};
}

bool import_command(AppState& state, json_read::Fields& args, json* result, CommandError* error) {
  const std::string* text = args.string_at("text");
  const int mode = args.choice_index("mode", {"merge", "replace"}, Need::optional);
  if (!may_change(state, args, error)) return false;
  // The whole file is validated before anything changes; a refused file changes nothing.
  Imported imported = import_journal(state.journal, *text,
                                     mode == 1 ? ImportMode::replace : ImportMode::merge,
                                     "import");
  if (!imported.ok())
    return fail(error, "invalid_import",
                "This file cannot be imported, so nothing was changed: " +
                    to_string(imported.problems));
  state.journal = std::move(imported.journal);
  changed(state);
  *result = report_json(imported.report);
  return true;
}

// Another copy of the document (another tab saved in between): merged into this one, so
// neither side's entries are lost. Answers with the merged document to store.
bool merge(AppState& state, json_read::Fields& args, json* result, CommandError* error) {
  const std::string* theirs = args.string_at("document");
  if (!theirs) return false;
  if (!may_change(state, args, error)) return false;
  Imported merged = import_journal(state.journal, *theirs, ImportMode::merge, "other copy");
  if (!merged.ok())
    return fail(error, "invalid_document", "The other copy cannot be read: " + to_string(merged.problems));
  state.journal = std::move(merged.journal);
  changed(state);
  *result = {{"document", save_journal(state.journal)},
             {"revision", state.revision},
             {"report", report_json(merged.report)}};
  return true;
}

bool reset(AppState& state, json_read::Fields& args, json* result, CommandError* error) {
  // A guard against a stray call: deleting everything must be asked for in so many words.
  const std::string* confirm = args.string_at("confirm");
  if (!confirm || !args.all_accepted()) return false;
  if (*confirm != "delete everything")
    return fail(error, "not_confirmed", "To delete all data, confirm with \"delete everything\".");
  if (state.document_status == DocumentStatus::newer_version)
    return fail(error, "read_only", "This journal belongs to a newer Limber; it is left untouched.");
  state.journal = Journal();
  state.session.reset();
  state.document_status = DocumentStatus::fresh;
  state.document_problems.clear();
  changed(state);
  *result = {{"document", save_journal(state.journal)}, {"revision", state.revision}};
  return true;
}

}  // namespace

template <bool S>
CommandList document_commands() {
  static constexpr CommandSpec kCommands[] = {
      {"document.status", status,
       summary<S>("How the stored document opened: fresh, ok, migrated, corrupt (kept aside by "
                  "the shell) or newer_version (read-only), with a message for the person.")},
      {"document.get", get,
       summary<S>("The document to store (call when revision moved on; show 'saved' after the "
                  "write).")},
      {"document.export", export_command,
       summary<S>("A backup as text: format json (round-trips exactly) or csv (sessions and "
                  "check-ins for a clinician), with a file name (optional date in it).")},
      {"document.import", import_command,
       summary<S>("Imports a backup (text): validated whole first; mode merge (default, by "
                  "entry id) or replace. Answers with what changed.")},
      {"document.merge", merge,
       summary<S>("Merges another copy of the document (e.g. saved by another tab) into this "
                  "one and answers with the merged document to store.")},
      {"document.reset", reset,
       summary<S>("Deletes all data; needs confirm: \"delete everything\".")},
  };
  return {kCommands, std::end(kCommands)};
}

template CommandList document_commands<false>();
template CommandList document_commands<true>();

}  // namespace limber
