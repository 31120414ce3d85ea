// limber-cli import: bring a JSON backup into the journal, merging by entry id (the default)
// or replacing it. The whole file is checked before anything on disk is touched.
#include <iostream>

#include "cli.h"
#include "commands.h"
#include "journal_cli.h"
#include "limber/store.h"

namespace limber::cli {

int cmd_import(int argc, char** argv) {
  Args args;
  if (!parse_args(argc, argv, 1, {"replace"}, &args) ||
      !only_options(args, {"data-dir", "replace"}))
    return kUsage;
  if (args.positional.size() != 1) {
    std::cerr << "limber-cli: import needs one FILE (a JSON export, or - for stdin)\n";
    return kUsage;
  }
  const std::string& path = args.positional[0];
  std::string bytes;
  if (!read_input(path, &bytes)) return kUsage;
  const std::string source = path == "-" ? "stdin" : path;
  const ImportMode mode = args.flag("replace") ? ImportMode::replace : ImportMode::merge;

  // Refuse a bad file before the data folder is even opened.
  Loaded check = load_journal(bytes, source);
  if (!check.ok()) {
    print_problems(std::cerr, check.problems);
    std::cerr << "limber-cli: nothing was imported; the journal is unchanged\n";
    return kUsage;
  }

  auto file = open_journal(args, native::JournalFile::Mode::read_write);
  if (!file) return kInvalid;
  if (file->read_only()) {
    std::cerr << "limber-cli: nothing was imported; the journal is unchanged\n";
    return kInvalid;
  }
  Imported imported = import_journal(file->journal(), bytes, mode, source);
  if (!imported.ok()) {  // cannot happen after the check above, but never save on doubt
    print_problems(std::cerr, imported.problems);
    return kUsage;
  }
  std::string error, kept;
  if (mode == ImportMode::replace && !file->keep_copy("replaced", &kept, &error)) {
    std::cerr << "limber-cli: could not keep a copy of the current journal: " << error << "\n";
    return kInvalid;
  }
  if (!file->save(imported.journal, &error)) {
    std::cerr << "limber-cli: not saved: " << error << "\n";
    return kInvalid;
  }
  std::cout << imported.report.summary() << "\n";
  for (const auto& [from, to] : imported.report.renamed)
    std::cout << "  " << from << " -> " << to << "\n";
  if (!kept.empty()) std::cout << "the journal before the import is kept as " << kept << "\n";
  std::cout << imported.journal.size() << " entries now\n";
  return kOk;
}

}  // namespace limber::cli
