// session_panel.h: the guided session, shown on Today while one is under way: pain before,
// the player (a large countdown, the figure, side, set and rep, the steps, Pause, Skip,
// Back, "This hurts"), then pain after, a note and Save.
//
// The core's session player owns every rule and all the timing: this panel passes the wall
// clock (`now`, ms) with every request, draws the view it gets back and plays a short tone
// for each cue. It redraws at the shell's animation rate only while the session runs.
//
//   SessionPanel session;
//   session.show(ui);                  // is one running already? (asks the core)
//   if (session.active()) { session.draw(ui); return; }
//   if (primary_button(ui, "Start today's session")) session.begin();
//   if (session.take_saved()) refresh_the_plan();
#pragma once
#include <nlohmann/json.hpp>
#include <string>

#include "ui.h"

namespace limber::desktop {

class SessionPanel {
 public:
  // Picks up a session the core is already running (started before this screen showed).
  void show(Ui& ui);
  // Start pressed: ask for the pain before, then start.
  void begin() { stage_ = Stage::before; }
  bool active() const { return stage_ != Stage::none; }
  void draw(Ui& ui);
  // While another screen shows: follows a running session so its cues still sound on
  // time (the person may be reading an exercise in the library), and wakes the loop for
  // the countdown's next second.
  void background(Ui& ui);
  // True once after the session was saved or dropped (Today then asks for a fresh plan).
  bool take_ended();
  bool saved_last() const { return saved_last_; }

 private:
  enum class Stage { none, before, live };

  void draw_before(Ui& ui);
  void draw_live(Ui& ui);
  void draw_after(Ui& ui);
  void draw_controls(Ui& ui, bool running);
  // After "this hurts": the exercise that hurt, the easier one to try, or go on.
  void draw_hurt(Ui& ui, const nlohmann::json& hurt);
  void draw_picture(Ui& ui, float width);
  // Sends a session command with now and takes the view (and its cues) from the reply.
  bool act(Ui& ui, const char* command, const std::string& doing);
  void take_view(Ui& ui, nlohmann::json view);
  // Asks the core where the running session is now; false when it is gone.
  bool follow(Ui& ui);
  // Sleep until the countdown's next whole second (or the cue line goes).
  void wake_for_next_second(Ui& ui);
  void end(bool saved);

  Stage stage_ = Stage::none;
  nlohmann::json view_;
  int pain_before_ = -1;
  int pain_after_ = -1;
  std::string note_;
  bool confirm_discard_ = false;
  bool ended_ = false;
  bool saved_last_ = false;
  // The last cue's words, shown under the countdown for a few seconds.
  std::string cue_text_;
  long long cue_shown_at_ = 0;
  // The figure for the current frame, asked again only when the frame changes.
  std::string shapes_key_;
  nlohmann::json shapes_;
};

}  // namespace limber::desktop
