// screens.h: the screens of the desktop app and the one place that lists them.
//
// Each screen is a class in its own file (screen_<name>.cpp) that draws from the core's
// replies; it never decides anything the core should decide. To add a screen: a file with
// a class deriving from Screen and a make_<name>_screen() factory, one line in kScreens
// (screens.cpp) and one in make_screen().
#pragma once
#include <array>
#include <memory>
#include <optional>
#include <string_view>

#include "icons.h"

namespace limber::desktop {

class Ui;

enum class ScreenId { today, check, library, progress, learn, settings };

struct ScreenInfo {
  ScreenId id;
  const char* name;   // for --screen and file names
  const char* label;  // in the navigation rail
  Icon icon;
};

// In rail order.
const std::array<ScreenInfo, 6>& all_screens();
const ScreenInfo& screen_info(ScreenId id);
std::optional<ScreenId> screen_by_name(std::string_view name);

class Screen {
 public:
  virtual ~Screen() = default;
  // Called each time the screen is navigated to (and before its first draw): the place to
  // ask the core for a fresh view model, rather than on every frame.
  virtual void show(Ui&) {}
  // Draws into the content area (the caller has set the position, width and fonts).
  virtual void draw(Ui& ui) = 0;
  // Called on every frame while another screen shows, for work that must go on meanwhile
  // (a running session's cues still sound). No drawing here.
  virtual void background(Ui&) {}
};

std::unique_ptr<Screen> make_screen(ScreenId id);

std::unique_ptr<Screen> make_today_screen();
std::unique_ptr<Screen> make_check_screen();
std::unique_ptr<Screen> make_library_screen();
std::unique_ptr<Screen> make_progress_screen();
std::unique_ptr<Screen> make_learn_screen();
std::unique_ptr<Screen> make_settings_screen();

}  // namespace limber::desktop
