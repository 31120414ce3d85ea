// journal_cli.h: what the journal commands (journal, export, import) share: which folder
// holds the journal, and opening it while telling the person what happened.
#pragma once
#include <iosfwd>
#include <memory>
#include <string>

#include "cli.h"
#include "journal_file.h"

namespace limber::cli {

// --data-dir DIR, or the per-user data folder.
std::string data_dir(const Args& args);

// Opens the journal, printing the open report's messages to stderr. nullptr (with the
// reason printed) when it cannot be opened.
std::unique_ptr<native::JournalFile> open_journal(const Args& args, native::JournalFile::Mode mode);

// One line per problem.
void print_problems(std::ostream& out, const Problems& problems);

}  // namespace limber::cli
