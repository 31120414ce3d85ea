// Where the journal lives by default, per platform. Only the Linux rule runs on the build
// machines; the others are kept as small pure functions so they can at least be tested.
#include <cstdlib>

#include "journal_file.h"

#if !defined(_WIN32)
#include <pwd.h>
#include <unistd.h>
#endif

namespace limber::native {

std::string linux_data_dir(const char* xdg_data_home, const char* home) {
  // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
  if (xdg_data_home && xdg_data_home[0] == '/') return std::string(xdg_data_home) + "/limber";
  if (home && home[0]) return std::string(home) + "/.local/share/limber";
  return "";
}

std::string macos_data_dir(const char* home) {
  if (!home || !home[0]) return "";
  return std::string(home) + "/Library/Application Support/Limber";
}

std::string windows_data_dir(const char* appdata) {
  if (!appdata || !appdata[0]) return "";
  return std::string(appdata) + "\\Limber";
}

std::string home_dir() {
#if defined(_WIN32)
  const char* home = std::getenv("USERPROFILE");
#else
  const char* home = std::getenv("HOME");
  if (!home || !home[0]) {
    // No HOME (a service, a bare container): the password database still knows it.
    const passwd* pw = getpwuid(getuid());
    home = pw ? pw->pw_dir : nullptr;
  }
#endif
  return home ? home : "";
}

std::string default_data_dir() {
#if defined(_WIN32)
  return windows_data_dir(std::getenv("APPDATA"));
#else
  const std::string home = home_dir();
#if defined(__APPLE__)
  return macos_data_dir(home.c_str());
#else
  return linux_data_dir(std::getenv("XDG_DATA_HOME"), home.c_str());
#endif
#endif
}

}  // namespace limber::native
