// journal_store.h: the person's journal for the desktop app: opened from the data folder
// (native/storage/journal_file.h keeps it safe), handed to the core as its document, and
// written back whenever the core says it changed.
//
//   JournalStore store;
//   JournalStore::Opened opened = store.open(data_dir);
//   auto app = App::open({assets, opened.document}, &error);
//   for (auto& line : opened.messages) show(line);   // moved aside, restored, read-only...
//   if (!store.save(document_from_core, &error)) show(error);   // the old file stays intact
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "journal_file.h"

namespace limber::desktop {

class JournalStore {
 public:
  struct Opened {
    std::string document;               // for App::open ("" when there is no journal yet)
    std::vector<std::string> messages;  // what happened while opening, for the person
    std::string error;                  // why changes cannot be saved ("" when they can)
  };

  JournalStore();
  ~JournalStore();

  // Opens DIR/journal.json for writing (a corrupt file is moved aside, the backup restored).
  // If another program holds the lock, opens it read-only so the data still shows.
  Opened open(const std::string& dir);
  // Writes the core's document atomically; false with *error (the previous file is intact).
  bool save(const std::string& document, std::string* error);
  bool can_save() const;
  // Deletes the backup and every copy kept beside the journal (see JournalFile).
  bool forget_copies(std::string* error);
  const std::string& dir() const { return dir_; }

 private:
  std::string dir_;
  std::unique_ptr<native::JournalFile> file_;
};

}  // namespace limber::desktop
