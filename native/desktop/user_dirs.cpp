#include "user_dirs.h"

#include <cstdlib>
#include <filesystem>
#include <system_error>

#include "journal_file.h"

namespace limber::desktop {
namespace {

// The XDG base directory spec: a relative value is invalid and must be ignored.
std::string xdg_dir(const char* value, const char* home, const char* fallback) {
  if (value && value[0] == '/') return std::string(value) + "/limber";
  if (home && home[0]) return std::string(home) + "/" + fallback + "/limber";
  return "";
}

}  // namespace

UserDirs linux_user_dirs(const char* xdg_config_home, const char* xdg_data_home, const char* home) {
  return {xdg_dir(xdg_config_home, home, ".config"), xdg_dir(xdg_data_home, home, ".local/share")};
}

UserDirs macos_user_dirs(const char* home) {
  if (!home || !home[0]) return {};
  const std::string dir = std::string(home) + "/Library/Application Support/Limber";
  return {dir, dir};
}

UserDirs windows_user_dirs(const char* appdata) {
  if (!appdata || !appdata[0]) return {};
  const std::string dir = std::string(appdata) + "\\Limber";
  return {dir, dir};
}

UserDirs default_user_dirs() {
  // The journal's folder comes from the storage module, so the desktop app and limber-cli
  // always agree on where the journal is; only the config folder is the desktop's own.
#if defined(_WIN32)
  UserDirs dirs = windows_user_dirs(std::getenv("APPDATA"));
#elif defined(__APPLE__)
  UserDirs dirs = macos_user_dirs(native::home_dir().c_str());
#else
  UserDirs dirs = linux_user_dirs(std::getenv("XDG_CONFIG_HOME"), std::getenv("XDG_DATA_HOME"),
                                  native::home_dir().c_str());
#endif
  dirs.data = native::default_data_dir();
  return dirs;
}

bool make_dirs(const std::string& dir, std::string* error) {
  namespace fs = std::filesystem;
  if (dir.empty()) {
    *error = "no folder is known for it (is HOME set?)";
    return false;
  }
  std::error_code ec;
  if (fs::is_directory(dir, ec)) return true;
  fs::create_directories(dir, ec);
  if (ec) {
    *error = dir + ": " + ec.message();
    return false;
  }
  // Settings say little, but they are this person's: keep them from other accounts.
  fs::permissions(dir, fs::perms::owner_all, fs::perm_options::replace, ec);
  return true;
}

}  // namespace limber::desktop
