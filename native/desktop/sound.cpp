#include "sound.h"

#include <chrono>

namespace limber::desktop {

Sound::Sound(std::function<void()> on_status_change)
    : on_status_change_(std::move(on_status_change)), thread_([this] { run(); }) {}

Sound::~Sound() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  changed_.notify_all();
  thread_.join();
}

void Sound::play(const Tone& tone) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    pending_ = tone;
  }
  changed_.notify_all();
}

void Sound::check() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (status_.state == SoundStatus::State::ready || status_.state == SoundStatus::State::checking)
      return;
    check_requested_ = true;
    status_.state = SoundStatus::State::checking;
  }
  changed_.notify_all();
}

SoundStatus Sound::status() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return status_;
}

void Sound::wait_for_check(double seconds) const {
  std::unique_lock<std::mutex> lock(mutex_);
  changed_.wait_for(lock, std::chrono::duration<double>(seconds),
                    [this] { return status_.state != SoundStatus::State::checking; });
}

void Sound::set_status(SoundStatus status) {
  bool differs = false;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    differs = status.state != status_.state || status.detail != status_.detail;
    status_ = std::move(status);
  }
  changed_.notify_all();
  if (differs && on_status_change_) on_status_change_();
}

void Sound::run() {
  for (;;) {
    std::optional<Tone> tone;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      changed_.wait(lock, [this] { return stopping_ || pending_ || check_requested_; });
      if (stopping_) return;
      tone.swap(pending_);
      check_requested_ = false;
    }
    // A device may appear later (headphones plugged in), so every tone tries again.
    std::string error;
    const bool works = tone ? play_on_sound_device(tone_samples(*tone), tone->sample_rate, &error)
                            : probe_sound_device(&error);
    set_status({works ? SoundStatus::State::ready : SoundStatus::State::unavailable, error});
  }
}

}  // namespace limber::desktop
