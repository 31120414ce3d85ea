// limber-cli export: the whole journal as JSON (a backup that imports back exactly) or
// sessions and check-ins as CSV for a clinician, on stdout.
#include <iostream>

#include "cli.h"
#include "commands.h"
#include "journal_cli.h"
#include "limber/store.h"

namespace limber::cli {

int cmd_export(int argc, char** argv) {
  Args args;
  if (!parse_args(argc, argv, 1, {}, &args) || !only_options(args, {"data-dir", "format"}))
    return kUsage;
  const std::string format = args.option("format").value_or("json");
  if ((format != "json" && format != "csv") || !args.positional.empty()) {
    std::cerr << "limber-cli: export takes --format json or --format csv\n";
    return kUsage;
  }
  auto file = open_journal(args, native::JournalFile::Mode::read_only);
  if (!file) return kInvalid;
  if (!file->valid() || file->newer_version()) return kInvalid;  // open_journal said why
  std::cout << (format == "json" ? export_json(file->journal()) : export_csv(file->journal()));
  std::cout.flush();
  return std::cout ? kOk : kInvalid;
}

}  // namespace limber::cli
