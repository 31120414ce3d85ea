// sound.h: plays cue tones on a background thread, so a cue never stalls a frame.
//
//   Sound sound([] { glfwPostEmptyEvent(); });  // called when status() changes
//   sound.check();                               // look for a device (Settings does)
//   sound.play(Tone{});                          // returns at once; quietly does nothing
//   sound.status();                              //   when there is no sound device
//
// The device is opened for each tone and closed after it (no stream held open while
// idle). Without a device (a server, Xvfb in tests) nothing fails: status() says why, and
// Settings shows that note.
#pragma once
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "tone.h"

namespace limber::desktop {

struct SoundStatus {
  enum class State { unknown, checking, ready, unavailable } state = State::unknown;
  std::string detail;  // why it is unavailable, in the platform's words
};

class Sound {
 public:
  explicit Sound(std::function<void()> on_status_change);
  ~Sound();
  Sound(const Sound&) = delete;
  Sound& operator=(const Sound&) = delete;

  // Queues `tone` (a newer request replaces one not yet started).
  void play(const Tone& tone);
  // Looks for a device in the background, unless one is known to work. Nothing is opened
  // before the first check() or play(), so a session that never beeps never touches audio.
  void check();
  SoundStatus status() const;
  // Blocks while a check or tone is under way, at most `seconds` (screenshots use it, so
  // what Settings shows does not depend on timing).
  void wait_for_check(double seconds) const;

 private:
  void run();
  void set_status(SoundStatus status);

  std::function<void()> on_status_change_;
  mutable std::mutex mutex_;
  mutable std::condition_variable changed_;
  std::optional<Tone> pending_;
  bool check_requested_ = false;
  SoundStatus status_;
  bool stopping_ = false;
  std::thread thread_;  // last: starts after every member it uses exists
};

// The platform's device (platform/sound_*.cpp). Both run on Sound's thread only.
// probe_sound_device: can a tone be played at all? play_on_sound_device: plays mono samples
// and returns when they have been heard (or false with *error).
bool probe_sound_device(std::string* error);
bool play_on_sound_device(const std::vector<std::int16_t>& samples, int sample_rate,
                          std::string* error);

}  // namespace limber::desktop
