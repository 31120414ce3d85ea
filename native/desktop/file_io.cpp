#include "file_io.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <system_error>

#if !defined(_WIN32)
#include <fcntl.h>
#include <pwd.h>
#include <unistd.h>
#endif

namespace limber::desktop {
namespace {

std::string os_error(const std::string& what) { return what + ": " + std::strerror(errno); }

}  // namespace

#if !defined(_WIN32)
bool write_file_atomically(const std::string& path, const std::string& text, std::string* error) {
  if (path.empty()) {
    *error = "no file name given";
    return false;
  }
  const std::string tmp = path + ".tmp";
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) {
    *error = os_error(tmp);
    return false;
  }
  std::size_t done = 0;
  bool ok = true;
  while (done < text.size()) {
    const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      ok = false;
      break;
    }
    done += static_cast<std::size_t>(n);
  }
  if (ok && ::fsync(fd) != 0) ok = false;
  if (!ok) *error = os_error("writing " + tmp);
  if (::close(fd) != 0 && ok) {
    ok = false;
    *error = os_error("closing " + tmp);
  }
  if (ok && ::rename(tmp.c_str(), path.c_str()) != 0) {
    ok = false;
    *error = os_error("saving " + path);
  }
  if (!ok) {
    ::unlink(tmp.c_str());
    return false;
  }
  // The rename itself is durable only once the folder is on disk too.
  const auto slash = path.find_last_of('/');
  const std::string dir = slash == std::string::npos ? "."
                          : slash == 0               ? "/"
                                                     : path.substr(0, slash);
  const int dir_fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir_fd >= 0) {
    ::fsync(dir_fd);
    ::close(dir_fd);
  }
  return true;
}
#else
bool write_file_atomically(const std::string& path, const std::string& text, std::string* error) {
  const std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    out.flush();
    if (!out) {
      *error = "cannot write " + tmp;
      return false;
    }
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);  // replaces an existing file
  if (ec) {
    *error = path + ": " + ec.message();
    std::filesystem::remove(tmp, ec);
    return false;
  }
  return true;
}
#endif

bool read_text_file(const std::string& path, std::size_t max_bytes, std::string* text,
                    std::string* error) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    *error = path.empty() ? "no file name given" : "there is no file at " + path;
    return false;
  }
  const auto size = std::filesystem::file_size(path, ec);
  if (ec || size > max_bytes) {
    *error = ec ? path + ": " + ec.message()
                : path + " is too large to be a Limber backup (" + std::to_string(size / 1048576) +
                      " MB)";
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = os_error(path);
    return false;
  }
  text->assign(static_cast<std::size_t>(size), '\0');
  in.read(&(*text)[0], static_cast<std::streamsize>(size));
  if (!in && !in.eof()) {
    *error = "cannot read " + path;
    return false;
  }
  text->resize(static_cast<std::size_t>(in.gcount()));
  return true;
}

std::string home_dir() {
#if defined(_WIN32)
  const char* home = std::getenv("USERPROFILE");
  return home ? home : "";
#else
  const char* home = std::getenv("HOME");
  if (home && home[0]) return home;
  const passwd* pw = getpwuid(getuid());
  return pw && pw->pw_dir ? pw->pw_dir : "";
#endif
}

std::string expand_path(const std::string& typed) {
  const auto first = typed.find_first_not_of(" \t");
  if (first == std::string::npos) return "";
  const auto last = typed.find_last_not_of(" \t\r\n");
  std::string path = typed.substr(first, last - first + 1);
  if (path == "~" || path.rfind("~/", 0) == 0) path = home_dir() + path.substr(1);
  return path;
}

}  // namespace limber::desktop
