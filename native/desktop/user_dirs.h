// user_dirs.h: where the desktop app keeps its files for this person on this computer.
//
//   config: window size and display choices (imgui.ini)
//     Linux   $XDG_CONFIG_HOME/limber, else ~/.config/limber
//     macOS   ~/Library/Application Support/Limber
//     Windows %APPDATA%\Limber
//   data: the journal
//     Linux   $XDG_DATA_HOME/limber, else ~/.local/share/limber
//     macOS   ~/Library/Application Support/Limber
//     Windows %APPDATA%\Limber
//
//   UserDirs dirs = default_user_dirs();  // then apply --config-dir / --data-dir
//
// The per-platform rules are pure functions of the environment, compiled everywhere, so
// each is unit-tested on any machine; default_user_dirs() picks this platform's.
#pragma once
#include <string>

namespace limber::desktop {

struct UserDirs {
  std::string config;  // "" when no home folder is known
  std::string data;
};

// `xdg_*` and `home` are the environment's values, null when unset.
UserDirs linux_user_dirs(const char* xdg_config_home, const char* xdg_data_home, const char* home);
UserDirs macos_user_dirs(const char* home);
UserDirs windows_user_dirs(const char* appdata);

UserDirs default_user_dirs();

// Creates `dir` and its parents (owner-only access for new folders on POSIX).
bool make_dirs(const std::string& dir, std::string* error);

}  // namespace limber::desktop
