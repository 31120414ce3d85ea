#include "journal_cli.h"

#include <iostream>

namespace limber::cli {

std::string data_dir(const Args& args) {
  if (auto dir = args.option("data-dir")) return *dir;
  return native::default_data_dir();
}

std::unique_ptr<native::JournalFile> open_journal(const Args& args, native::JournalFile::Mode mode) {
  native::OpenReport report;
  std::string error;
  auto file = native::JournalFile::open(data_dir(args), mode, &report, &error);
  if (!file) {
    std::cerr << "limber-cli: " << error << "\n";
    return nullptr;
  }
  for (const auto& message : report.messages) std::cerr << "limber-cli: " << message << "\n";
  return file;
}

void print_problems(std::ostream& out, const Problems& problems) {
  for (const auto& p : problems) out << p.to_string() << "\n";
}

}  // namespace limber::cli
