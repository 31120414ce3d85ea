// The journal file on POSIX systems (Linux, macOS). Windows needs its own translation unit
// (ReplaceFileW for the swap, LockFileEx for the lock); none exists yet.
#if defined(_WIN32)
#error "journal_file.cpp is POSIX only: add journal_file_win32.cpp for Windows"
#endif

#include "journal_file.h"

#include <cerrno>
#include <cstring>
#include <ctime>

#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "limber/store.h"

namespace limber::native {
namespace {

const char kJournal[] = "journal.json";

std::string join(const std::string& dir, const std::string& name) {
  return dir.empty() || dir.back() == '/' ? dir + name : dir + "/" + name;
}

std::string os_error(const std::string& what) { return what + ": " + std::strerror(errno); }

bool exists(const std::string& path) {
  struct stat st;
  return ::lstat(path.c_str(), &st) == 0;
}

// Flushes the file's data to the disk itself (macOS's fsync stops at the drive's cache).
bool sync_fd(int fd) {
#if defined(__APPLE__)
  if (::fcntl(fd, F_FULLFSYNC) == 0) return true;
#endif
  while (::fsync(fd) != 0)
    if (errno != EINTR) return false;
  return true;
}

// A rename or link is durable only once the folder holding it is synced.
bool sync_dir(const std::string& dir, std::string* error) {
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) {
    *error = os_error(dir);
    return false;
  }
  const bool ok = sync_fd(fd);
  if (!ok) *error = os_error("syncing " + dir);
  ::close(fd);
  return ok;
}

bool write_all(int fd, const std::string& bytes) {
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<std::size_t>(n);
  }
  return true;
}

enum class Read { ok, missing, failed };

Read read_file(const std::string& path, std::string* out, std::string* error) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT) return Read::missing;
    *error = os_error(path);
    return Read::failed;
  }
  out->clear();
  char buffer[65536];
  for (;;) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      *error = os_error(path);
      ::close(fd);
      return Read::failed;
    }
    if (n == 0) break;
    out->append(buffer, static_cast<std::size_t>(n));
  }
  ::close(fd);
  return Read::ok;
}

// Writes a new file that must not exist yet, and syncs it.
bool write_new_file(const std::string& path, const std::string& bytes, std::string* error) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) {
    *error = os_error(path);
    return false;
  }
  const bool ok = write_all(fd, bytes) && sync_fd(fd);
  if (!ok) *error = os_error("writing " + path);
  if (::close(fd) != 0 && ok) {
    *error = os_error("closing " + path);
    return false;
  }
  return ok;
}

// `to` becomes another name for `from` (or, where hard links are not supported, a copy).
// Never replaces an existing `to`: fails with errno EEXIST instead.
bool link_or_copy(const std::string& from, const std::string& to, std::string* error) {
  if (::link(from.c_str(), to.c_str()) == 0) return true;
  if (errno == EEXIST) {
    *error = os_error(to);
    return false;
  }
  std::string bytes;
  if (read_file(from, &bytes, error) != Read::ok) return false;
  return write_new_file(to, bytes, error);
}

std::string utc_stamp() {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  ::gmtime_r(&now, &tm);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y%m%dT%H%M%SZ", &tm);
  return buffer;
}

// Keeps `path` under "<path>.<label>-<UTC time>" (then -2, -3... if that is taken).
bool keep_as(const std::string& path, const std::string& label, std::string* kept,
             std::string* error) {
  const std::string base = path + "." + label + "-" + utc_stamp();
  for (int n = 1; n < 1000; ++n) {
    const std::string name = n == 1 ? base : base + "-" + std::to_string(n);
    if (exists(name)) continue;  // the lock keeps other Limbers from racing us here
    if (!link_or_copy(path, name, error)) return false;
    *kept = name;
    return true;
  }
  *error = path + ": too many kept copies";
  return false;
}

bool make_dirs(const std::string& dir, std::string* error) {
  std::string partial;
  std::size_t from = 0;
  while (from <= dir.size()) {
    std::size_t slash = dir.find('/', from);
    if (slash == std::string::npos) slash = dir.size();
    partial = dir.substr(0, slash);
    from = slash + 1;
    if (partial.empty()) continue;
    if (::mkdir(partial.c_str(), 0700) == 0) {
      // A new folder is durable only once its parent records it.
      const std::size_t up = partial.find_last_of('/');
      if (!sync_dir(up == std::string::npos ? "." : up == 0 ? "/" : partial.substr(0, up), error))
        return false;
    } else if (errno != EEXIST) {
      *error = os_error(partial);
      return false;
    }
  }
  struct stat st;
  if (::stat(dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) {
    *error = dir + ": not a folder";
    return false;
  }
  return true;
}

// An advisory lock on DIR/journal.lock, waiting up to `wait_ms` for another Limber to let
// go. The kernel releases it when the process ends, however it ends.
int take_lock(const std::string& dir, int wait_ms, std::string* error) {
  const std::string path = join(dir, "journal.lock");
  const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0) {
    *error = os_error(path);
    return -1;
  }
  for (int waited = 0;; waited += 20) {
    if (::flock(fd, LOCK_EX | LOCK_NB) == 0) return fd;
    if (errno != EWOULDBLOCK && errno != EINTR) {
      *error = os_error("locking " + path);
      break;
    }
    if (waited >= wait_ms) {
      *error = "another Limber is using the journal in " + dir + " (its lock is held)";
      break;
    }
    const timespec pause{0, 20 * 1000 * 1000};
    ::nanosleep(&pause, nullptr);
  }
  ::close(fd);
  return -1;
}

std::string first_lines(const Problems& problems) {
  std::string out;
  for (std::size_t i = 0; i < problems.size() && i < 3; ++i) out += "\n  " + problems[i].to_string();
  if (problems.size() > 3) out += "\n  (" + std::to_string(problems.size() - 3) + " more)";
  return out;
}

}  // namespace

std::string JournalFile::path() const { return join(dir_, kJournal); }

bool JournalFile::newer_version() const { return file_version_ > kJournalSchemaVersion; }

std::unique_ptr<JournalFile> JournalFile::open(const std::string& dir, Mode mode,
                                               OpenReport* report, std::string* error,
                                               int lock_wait_ms) {
  *report = OpenReport{};
  error->clear();
  if (dir.empty()) {
    *error = "no data folder (set HOME or pass --data-dir DIR)";
    return nullptr;
  }
  std::unique_ptr<JournalFile> file(new JournalFile);
  file->dir_ = dir;
  file->read_only_ = mode == Mode::read_only;
  if (mode == Mode::read_write) {
    if (!make_dirs(dir, error)) return nullptr;
    file->lock_fd_ = take_lock(dir, lock_wait_ms, error);
    if (file->lock_fd_ < 0) return nullptr;
  }

  const std::string path = file->path();
  std::string bytes;
  const Read read = read_file(path, &bytes, error);
  if (read == Read::failed) return nullptr;  // unreadable is not corrupt: touch nothing
  report->existed = read == Read::ok;
  Loaded loaded;
  if (read == Read::ok) {
    loaded = load_journal(bytes, kJournal);
    report->file_version = loaded.file_version;
    file->file_version_ = loaded.file_version;
  }

  bool try_backup = read == Read::missing;
  if (read == Read::ok && loaded.status == LoadStatus::newer_version) {
    file->read_only_ = true;
    report->problems = loaded.problems;
    report->messages.push_back(path + " was written by a newer version of Limber (schema_version " +
                               std::to_string(loaded.file_version) +
                               "). It is open read-only and will not be changed.");
  } else if (read == Read::ok && !loaded.ok()) {
    report->problems = loaded.problems;
    if (mode == Mode::read_only) {
      file->valid_ = false;
      report->messages.push_back(path + " cannot be read:" + first_lines(loaded.problems));
    } else {
      std::string kept;
      if (!keep_as(path, "corrupt", &kept, error) || ::unlink(path.c_str()) != 0 ||
          !sync_dir(dir, error)) {
        if (error->empty()) *error = os_error(path);
        return nullptr;
      }
      report->moved_aside = true;
      report->moved_to = kept;
      report->messages.push_back(path + " could not be read:" + first_lines(loaded.problems) +
                                 "\nIt was moved, unchanged, to " + kept + ". Nothing was deleted.");
      try_backup = true;
    }
  } else if (read == Read::ok) {
    file->journal_ = std::move(loaded.journal);
    if (loaded.migrated())
      report->messages.push_back(path + " is from an older version of Limber (schema_version " +
                                 std::to_string(loaded.file_version) +
                                 "); it will be updated at the next save and the old file kept.");
  }

  // With no readable journal.json, the backup (the version before the last save) is the
  // most recent journal there is.
  const std::string bak = path + ".bak";
  std::string bak_bytes, bak_error;
  if (try_backup && read_file(bak, &bak_bytes, &bak_error) == Read::ok) {
    Loaded backup = load_journal(bak_bytes, "journal.json.bak");
    if (backup.ok()) {
      file->journal_ = std::move(backup.journal);
      file->file_version_ = 0;  // journal.json itself is gone: nothing old to keep
      report->restored_backup = true;
      report->messages.push_back("Restored the previous version from " + bak + " (" +
                                 std::to_string(file->journal_.size()) + " entries).");
    }
  }
  if (report->moved_aside && !report->restored_backup)
    report->messages.push_back("Starting with an empty journal.");
  report->read_only = file->read_only_;
  return file;
}

JournalFile::~JournalFile() {
  if (lock_fd_ >= 0) ::close(lock_fd_);  // closing releases the flock
}

bool JournalFile::keep_copy(const std::string& label, std::string* copy, std::string* error) {
  copy->clear();
  error->clear();
  if (!exists(path())) return true;
  return keep_as(path(), label, copy, error) && sync_dir(dir_, error);
}

bool JournalFile::forget_copies(std::string* error) {
  error->clear();
  if (read_only_) {
    *error = path() + " is open read-only";
    return false;
  }
  DIR* folder = ::opendir(dir_.c_str());
  if (!folder) {
    *error = os_error("cannot list " + dir_);
    return false;
  }
  // Every copy is journal.json.<something>: .bak, .corrupt-<time>, .v1-<time>, .import-<time>
  // (and a .tmp a crash left). journal.json itself and journal.lock stay.
  const std::string prefix = std::string(kJournal) + ".";
  std::vector<std::string> copies;
  while (const dirent* entry = ::readdir(folder)) {
    const std::string name = entry->d_name;
    if (name.size() > prefix.size() && name.compare(0, prefix.size(), prefix) == 0)
      copies.push_back(join(dir_, name));
  }
  ::closedir(folder);
  for (const std::string& copy : copies) {
    if (::unlink(copy.c_str()) != 0 && errno != ENOENT) {
      *error = os_error("cannot delete " + copy);
      return false;
    }
  }
  return sync_dir(dir_, error);
}

bool JournalFile::save(const Journal& journal, std::string* error) {
  error->clear();
  if (read_only_) {
    *error = newer_version()
                 ? path() + " was written by a newer version of Limber; it is left untouched"
                 : path() + " is open read-only";
    return false;
  }
  const std::string path = this->path(), tmp = path + ".tmp", bak = path + ".bak";
  // Before the first save over an older schema, keep that file as it was.
  if (file_version_ > 0 && file_version_ < kJournalSchemaVersion) {
    std::string kept;
    if (!keep_copy("v" + std::to_string(file_version_), &kept, error)) return false;
  }

  // journal.json is never written in place: its inode may also be the backup or a kept
  // copy (hard links), so every save writes a new file and renames it.
  // 1. The new journal, complete and on disk, under a temporary name. The lock makes the
  //    name ours; a leftover from a crash was never acknowledged and is overwritten.
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) {
    *error = os_error(tmp);
    return false;
  }
  const bool written =
      ::fchmod(fd, 0600) == 0 && write_all(fd, save_journal(journal)) && sync_fd(fd);
  if (!written) *error = os_error("writing " + tmp);
  if (::close(fd) != 0 && written) *error = os_error("closing " + tmp);
  if (!written || !error->empty()) {
    ::unlink(tmp.c_str());
    return false;
  }

  // 2. The current journal becomes the backup (journal.json itself stays in place).
  if (exists(path)) {
    const std::string bak_tmp = bak + ".tmp";
    if ((::unlink(bak_tmp.c_str()) != 0 && errno != ENOENT) ||
        !link_or_copy(path, bak_tmp, error) || ::rename(bak_tmp.c_str(), bak.c_str()) != 0) {
      if (error->empty()) *error = os_error(bak);
      ::unlink(tmp.c_str());
      return false;
    }
  }

  // 3. The switch: rename is atomic, so journal.json is always either old or new.
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    *error = os_error("replacing " + path);
    ::unlink(tmp.c_str());
    return false;
  }
  // 4. Make the renames durable before anyone is told the entry is saved.
  if (!sync_dir(dir_, error)) return false;
  file_version_ = kJournalSchemaVersion;
  return true;
}

}  // namespace limber::native
