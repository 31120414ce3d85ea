// journal_file.h: the journal on disk, kept safe. The person's months of sessions and pain
// scores live here, so every write is all-or-nothing and nothing is ever silently lost.
//
//   OpenReport report;
//   std::string error;
//   auto file = JournalFile::open(data_dir(), JournalFile::Mode::read_write, &report, &error);
//   if (!file) { show(error); return; }           // e.g. another Limber holds the lock
//   for (const auto& line : report.messages) show(line);   // moved aside, restored...
//   Journal j = file->journal();  j.add(entry);
//   if (!file->save(j, &error)) show(error);      // the old file is still intact
//
// In DIR: journal.json (mode 0600), journal.json.bak (the version before the last save),
// journal.lock (an advisory flock held while a read_write JournalFile is open; never
// deleted), and, only when something went wrong, journal.json.corrupt-<UTC time> or a
// copy kept before a migration or a replacing import. Only forget_copies() deletes any of
// them: when the person asks for all their data to be deleted.
//
// save(): write journal.json.tmp, fsync it, link the current file as the backup, rename
// the temp file over journal.json, fsync the folder. A crash at any point leaves either
// the old or the new journal.json, complete.
//
// open(): no file yet is an empty journal. A file from a newer Limber is read-only (save()
// refuses; the bytes stay untouched). In read_write mode a file that cannot be read
// (broken JSON or invalid content) is moved aside with a timestamp and the backup, when it
// is valid, takes its place; the report says what happened. read_only mode changes nothing.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "limber/journal.h"
#include "limber/problem.h"

namespace limber::native {

// The per-user data folder: $XDG_DATA_HOME/limber or ~/.local/share/limber on Linux,
// ~/Library/Application Support/Limber on macOS, %APPDATA%\Limber on Windows.
std::string default_data_dir();
// The person's home folder ($HOME, else the password database; %USERPROFILE% on Windows).
std::string home_dir();
// The rules above as pure functions of the environment ("" when it gives no answer).
std::string linux_data_dir(const char* xdg_data_home, const char* home);
std::string macos_data_dir(const char* home);
std::string windows_data_dir(const char* appdata);

struct OpenReport {
  bool existed = false;         // journal.json was there
  int file_version = 0;         // its schema_version
  bool read_only = false;       // newer version, or opened read_only
  bool moved_aside = false;     // journal.json could not be read and was moved
  std::string moved_to;         // where it went
  bool restored_backup = false; // the backup took its place
  Problems problems;            // why the file could not be read
  std::vector<std::string> messages;  // what to tell the person, one sentence each
};

class JournalFile {
 public:
  enum class Mode { read_only, read_write };

  // read_write creates DIR (0700) if needed and waits up to `lock_wait_ms` for the lock.
  // Returns nullptr with *error when the folder or lock cannot be had, or (read_only) when
  // the file cannot be read at all; a file with problems is reported through *report.
  static std::unique_ptr<JournalFile> open(const std::string& dir, Mode mode, OpenReport* report,
                                           std::string* error, int lock_wait_ms = 5000);
  ~JournalFile();
  JournalFile(const JournalFile&) = delete;
  JournalFile& operator=(const JournalFile&) = delete;

  const Journal& journal() const { return journal_; }
  bool read_only() const { return read_only_; }
  bool valid() const { return valid_; }  // false: read_only mode found an unreadable file
  // journal.json was written by a newer Limber: nothing here can use or change it.
  bool newer_version() const;
  const std::string& dir() const { return dir_; }
  std::string path() const;  // DIR/journal.json

  // Replaces journal.json atomically (see above). Returns once the data is on disk.
  bool save(const Journal& journal, std::string* error);
  // Keeps a copy of the current journal.json as journal.json.<label>-<UTC time> (a hard
  // link when possible). Sets *copy to its path; true when there was nothing to keep.
  bool keep_copy(const std::string& label, std::string* copy, std::string* error);
  // Deletes every earlier version kept beside journal.json: the backup and each copy kept
  // aside (corrupt, before a migration or an import). For "delete all data", after the
  // emptied journal is saved, so nothing of the old one stays on the computer.
  bool forget_copies(std::string* error);

 private:
  JournalFile() = default;
  std::string dir_;
  int lock_fd_ = -1;
  bool read_only_ = true;
  bool valid_ = true;
  int file_version_ = 0;
  Journal journal_;
};

}  // namespace limber::native
