#include "screens.h"

namespace limber::desktop {

const std::array<ScreenInfo, 6>& all_screens() {
  static const std::array<ScreenInfo, 6> kScreens = {{
      {ScreenId::today, "today", "Today", Icon::today},
      {ScreenId::check, "check", "Check", Icon::check},
      {ScreenId::library, "library", "Library", Icon::library},
      {ScreenId::progress, "progress", "Progress", Icon::progress},
      {ScreenId::learn, "learn", "Learn", Icon::learn},
      {ScreenId::settings, "settings", "Settings", Icon::settings},
  }};
  return kScreens;
}

const ScreenInfo& screen_info(ScreenId id) {
  for (const ScreenInfo& s : all_screens())
    if (s.id == id) return s;
  return all_screens()[0];
}

std::optional<ScreenId> screen_by_name(std::string_view name) {
  for (const ScreenInfo& s : all_screens())
    if (name == s.name) return s.id;
  return std::nullopt;
}

std::unique_ptr<Screen> make_screen(ScreenId id) {
  switch (id) {
    case ScreenId::today: return make_today_screen();
    case ScreenId::check: return make_check_screen();
    case ScreenId::library: return make_library_screen();
    case ScreenId::progress: return make_progress_screen();
    case ScreenId::learn: return make_learn_screen();
    case ScreenId::settings: return make_settings_screen();
  }
  return make_today_screen();
}

}  // namespace limber::desktop
