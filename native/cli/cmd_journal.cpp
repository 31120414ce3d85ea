// limber-cli journal add|check: add one entry durably, or check the stored journal.
#include <algorithm>
#include <iostream>

#include "cli.h"
#include "commands.h"
#include "journal_cli.h"
#include "limber/store.h"

namespace limber::cli {
namespace {

// Prints the new entry's id only once it is on disk: a printed id is a saved entry.
int journal_add(const Args& args) {
  auto entry_path = args.option("entry");
  if (!entry_path || !args.positional.empty()) {
    std::cerr << "limber-cli: journal add needs --entry FILE (or - for stdin)\n";
    return kUsage;
  }
  std::string bytes;
  if (!read_input(*entry_path, &bytes)) return kUsage;
  Problems problems;
  auto entry = parse_entry(bytes, problems, *entry_path == "-" ? "stdin" : *entry_path);
  if (const auto* habits = entry ? entry->habits() : nullptr) {
    Assets assets;
    if (!load_assets(args, &assets)) return kUsage;
    const auto known = habit_ids(assets, problems);
    for (const auto& tick : habits->ticked)
      if (std::find(known.begin(), known.end(), tick) == known.end())
        problems.push_back({"", habits->id, "ticked", "'" + tick + "' is not a habit in the checklist"});
  }
  if (!entry || !problems.empty()) {
    print_problems(std::cerr, problems);
    return kUsage;
  }

  auto file = open_journal(args, native::JournalFile::Mode::read_write);
  if (!file) return kInvalid;
  if (file->read_only()) {
    std::cerr << "limber-cli: the journal was not changed\n";
    return kInvalid;
  }
  Journal journal = file->journal();
  Added added = journal.add(*entry);
  if (!added.ok()) {
    print_problems(std::cerr, added.problems);
    return kUsage;
  }
  std::string error;
  if (!file->save(journal, &error)) {
    std::cerr << "limber-cli: not saved: " << error << "\n";
    return kInvalid;
  }
  std::cout << added.id << std::endl;
  return kOk;
}

int journal_check(const Args& args) {
  if (!args.positional.empty()) {
    std::cerr << "limber-cli: journal check takes no file (it checks --data-dir)\n";
    return kUsage;
  }
  native::OpenReport report;
  std::string error;
  auto file = native::JournalFile::open(data_dir(args), native::JournalFile::Mode::read_only,
                                        &report, &error);
  if (!file) {
    std::cerr << "limber-cli: " << error << "\n";
    return kInvalid;
  }
  if (!file->valid() || file->newer_version()) {
    std::cout << file->path() << ": not usable by this version of Limber\n";
    print_problems(std::cout, report.problems);
    return kInvalid;
  }
  for (const auto& message : report.messages) std::cerr << "limber-cli: " << message << "\n";
  std::cout << file->journal().size() << " entries";
  if (report.existed)
    std::cout << " (schema_version " << report.file_version << ") in " << file->path();
  else
    std::cout << " (no journal yet in " << file->dir() << ")";
  std::cout << "\n";
  return kOk;
}

}  // namespace

int cmd_journal(int argc, char** argv) {
  const std::string sub = argc > 1 ? argv[1] : "";
  Args args;
  if (!parse_args(argc, argv, 2, {}, &args)) return kUsage;
  if (sub == "add") {
    if (!only_options(args, {"data-dir", "entry", "assets"})) return kUsage;
    return journal_add(args);
  }
  if (sub == "check") {
    if (!only_options(args, {"data-dir"})) return kUsage;
    return journal_check(args);
  }
  std::cerr << "limber-cli: journal needs 'add' or 'check'\n";
  return kUsage;
}

}  // namespace limber::cli
