#include "journal_store.h"

#include <fstream>
#include <sstream>

#include "limber/store.h"

namespace limber::desktop {
namespace {

bool read_bytes(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  *out = bytes.str();
  return true;
}

}  // namespace

JournalStore::JournalStore() = default;
JournalStore::~JournalStore() = default;

JournalStore::Opened JournalStore::open(const std::string& dir) {
  Opened opened;
  dir_ = dir;
  native::OpenReport report;
  std::string error;
  // A short wait for the lock: a second window should say so soon, not hang.
  file_ =
      native::JournalFile::open(dir, native::JournalFile::Mode::read_write, &report, &error, 1500);
  if (!file_) {
    // Most often another Limber has it open: show the journal, but change nothing on disk.
    opened.error = "Limber cannot save your journal (" + error +
                   "). Changes you make now will not be kept when Limber closes.";
    std::string read_error;
    file_ = native::JournalFile::open(dir, native::JournalFile::Mode::read_only, &report,
                                      &read_error, 0);
    if (!file_) return opened;
  }
  opened.messages = report.messages;
  if (file_->newer_version()) {
    // The core must see the file as it is, so it knows to stay read-only.
    read_bytes(file_->path(), &opened.document);
    opened.error.clear();  // the messages already say why nothing will be saved
  } else if (file_->valid() &&
             ((report.existed && !report.moved_aside) || report.restored_backup)) {
    opened.document = save_journal(file_->journal());
  }
  return opened;
}

bool JournalStore::save(const std::string& document, std::string* error) {
  if (!file_) {
    *error = "the journal folder " + dir_ + " could not be opened";
    return false;
  }
  const Loaded loaded = load_journal(document, "document");
  if (!loaded.ok()) {
    *error =
        "the core gave a document that does not read back (" + to_string(loaded.problems) + ")";
    return false;
  }
  return file_->save(loaded.journal, error);
}

bool JournalStore::can_save() const { return file_ && !file_->read_only(); }

bool JournalStore::forget_copies(std::string* error) {
  if (!file_) {
    *error = "the journal folder " + dir_ + " could not be opened";
    return false;
  }
  return file_->forget_copies(error);
}

}  // namespace limber::desktop
