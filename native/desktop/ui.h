// ui.h: what every screen is handed each frame: the core behind its one facade, the error
// banner, navigation, fonts, sound, preferences and frame pacing.
//
//   void MyScreen::show(Ui& ui) {   // ask the core once, not every frame
//     if (auto about = ui.call({{"cmd", "about"}}, "read what this version holds")) ...
//   }
//   void MyScreen::draw(Ui& ui) { if (timer_running_) ui.animate(); ... }
//
// call() is the only way a screen reaches the core: an `ok:false` reply (or no core at all)
// shows in the banner and returns nothing, so a screen draws what it has and moves on.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "fonts.h"
#include "saved_state.h"
#include "screens.h"
#include "user_dirs.h"

namespace limber {
class App;
}

namespace limber::desktop {

class Sound;

class Ui {
 public:
  // `app` may be null when the content failed to load (call() then explains that).
  Ui(App* app, Sound& sound, SavedState& saved, UserDirs dirs, const Fonts& fonts);

  // --- the core
  // The reply's "result" when ok; otherwise the error goes to the banner ("Limber could not
  // <doing>: ...") and the answer is empty.
  std::optional<nlohmann::json> call(const nlohmann::json& request, const std::string& doing);
  bool has_core() const { return app_ != nullptr; }

  // --- errors the person should see (never only on stderr)
  void show_error(const std::string& message);
  const std::vector<std::string>& errors() const { return errors_; }
  void dismiss_error(std::size_t index);

  // --- navigation (the one place that knows the current screen)
  ScreenId current() const { return current_; }
  void go(ScreenId id) { current_ = id; }

  // --- frame pacing
  // Call on every frame while something moves (a timer, an animation): the loop then
  // redraws at a modest rate instead of sleeping until the next input.
  void animate() { animating_ = true; }
  bool take_animating();

  // --- the shell's services
  const Fonts& fonts() const { return fonts_; }
  float zoom() const { return fonts_.zoom; }  // multiply hand-picked sizes by this
  Sound& sound() { return sound_; }
  void cue();  // a short tone, if the person wants sound
  const UserDirs& dirs() const { return dirs_; }
  std::string ini_path() const;
  // The content column's right edge, window-local (the shell sets it; panels and wrapped
  // text stop there).
  float column_right() const { return column_right_; }
  void set_column_right(float x) { column_right_ = x; }
  const Preferences& prefs() const { return saved_.prefs; }
  // Screens change preferences through this, so the shell can re-style and save them.
  void set_prefs(const Preferences& prefs);
  bool take_prefs_changed();

 private:
  App* app_;
  Sound& sound_;
  SavedState& saved_;
  UserDirs dirs_;
  const Fonts& fonts_;
  std::vector<std::string> errors_;
  ScreenId current_ = ScreenId::today;
  bool animating_ = false;
  bool prefs_changed_ = false;
  float column_right_ = 0;
};

}  // namespace limber::desktop
