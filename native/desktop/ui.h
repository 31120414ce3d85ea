// ui.h: what every screen is handed each frame: the core behind its one facade, the error
// banner and calm notices, navigation, the clock, fonts, sound, preferences and frame pacing.
//
//   void MyScreen::show(Ui& ui) {   // ask the core once, not every frame
//     if (auto plan = ui.call({{"cmd", "plan.get"}, {"date", ui.today()}}, "plan today")) ...
//   }
//   void MyScreen::draw(Ui& ui) { if (timer_running_) ui.animate(); ... }
//
// call() is the only way a screen reaches the core: an `ok:false` reply (or no core at all)
// shows in the banner and returns nothing, so a screen draws what it has and moves on.
// Every reply carries the journal's `revision`; when it moves on, call() asks the core for
// the document and saves it (JournalStore) before returning, and a failed save is shown.
#pragma once
#include <algorithm>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "clock.h"
#include "fonts.h"
#include "saved_state.h"
#include "screens.h"
#include "user_dirs.h"

namespace limber {
class App;
}

namespace limber::desktop {

class JournalStore;
class Sound;

// A reply as a screen sees it: the result when ok, else the error's code and message.
struct Answer {
  bool ok = false;
  nlohmann::json result;
  std::string code;     // "unknown_command", "no_session", ...
  std::string message;  // for people
};

class Ui {
 public:
  // `app` may be null when the content failed to load (call() then explains that); `store`
  // may be null (nothing is saved, e.g. in unit tests).
  Ui(App* app, JournalStore* store, Clock clock, Sound& sound, SavedState& saved, UserDirs dirs,
     const Fonts& fonts);

  // --- the core
  // The reply's "result" when ok; otherwise the error goes to the banner ("Limber could not
  // <doing>: ...") and the answer is empty.
  std::optional<nlohmann::json> call(const nlohmann::json& request, const std::string& doing);
  // The same, but errors whose code is in `expected` (e.g. no_session, unknown_command) are
  // the screen's to handle and stay out of the banner.
  Answer ask(const nlohmann::json& request, const std::string& doing,
             std::initializer_list<const char*> expected = {});
  bool has_core() const { return app_ != nullptr; }
  // Reads how the document opened and the person's settings; call once after opening.
  void start();
  // The journal's settings.tones (cues play a tone only when it is on).
  bool tones() const { return tones_; }
  void set_tones(bool on) { tones_ = on; }

  // --- errors the person should see (never only on stderr), and calm notices (how the
  // journal opened) that are news, not failures
  void show_error(const std::string& message);
  const std::vector<std::string>& errors() const { return errors_; }
  void dismiss_error(std::size_t index);
  void show_notice(const std::string& message);
  const std::vector<std::string>& notices() const { return notices_; }
  void dismiss_notices() { notices_.clear(); }
  // True while the last save failed (Settings says so until a save works again).
  bool unsaved_changes() const { return unsaved_; }
  // After "delete all data" was saved: deletes the earlier versions kept beside the journal
  // (its backup, copies kept aside), so none of the old data stays on disk. False with
  // *error when one could not be deleted (or the save of the emptied journal failed).
  bool forget_old_copies(std::string* error);

  // --- navigation (the one place that knows the current screen)
  ScreenId current() const { return current_; }
  void go(ScreenId id) { current_ = id; }
  // Opens an exercise in the library (from Today's list, or an easier/harder link).
  void open_exercise(const std::string& id);
  std::string take_exercise_link();

  // --- time (the core reads no clock)
  long long now_ms() const { return clock_.now_ms(); }
  // Tests move a frozen clock on to see what happens as time passes.
  void set_clock(Clock clock) { clock_ = clock; }
  std::string today() const { return clock_.today(); }

  // --- frame pacing
  // Call on every frame while something moves (a timer, an animation): the loop then
  // redraws at a modest rate instead of sleeping until the next input.
  void animate() { animating_ = true; }
  bool take_animating();
  // Call when nothing moves but something will change in `ms` (a countdown's next second):
  // the loop sleeps until then instead of redrawing at the animation rate.
  void wake_in(long long ms) { wake_ms_ = wake_ms_ < 0 ? ms : std::min(wake_ms_, ms); }
  long long take_wake();  // -1: no wake-up asked for

  // --- the shell's services
  const Fonts& fonts() const { return fonts_; }
  float zoom() const { return fonts_.zoom; }  // multiply hand-picked sizes by this
  Sound& sound() { return sound_; }
  void cue();  // a short tone, if the person wants tones
  int cues() const { return cues_; }  // cues that fell due while the app followed them
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
  void save_if_changed(const nlohmann::json& reply);

  App* app_;
  JournalStore* store_;
  Clock clock_;
  Sound& sound_;
  SavedState& saved_;
  UserDirs dirs_;
  const Fonts& fonts_;
  std::vector<std::string> errors_;
  std::vector<std::string> notices_;
  ScreenId current_ = ScreenId::today;
  std::string exercise_link_;
  bool animating_ = false;
  long long wake_ms_ = -1;
  bool prefs_changed_ = false;
  float column_right_ = 0;
  long long saved_revision_ = 0;
  bool unsaved_ = false;
  bool tones_ = true;
  int cues_ = 0;
};

}  // namespace limber::desktop
