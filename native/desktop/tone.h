// tone.h: the samples of a short cue tone: a sine with a smooth fade in and out, so it
// starts and stops without a click. Pure, so it is unit-tested without a sound device.
//
//   std::vector<int16_t> pcm = tone_samples(Tone{});  // 150 ms at 880 Hz, 48 kHz mono
#pragma once
#include <cstdint>
#include <vector>

namespace limber::desktop {

struct Tone {
  double frequency_hz = 880;
  int duration_ms = 150;
  int sample_rate = 48000;
  double volume = 0.25;  // peak amplitude, 0..1 of full scale: a cue, not an alarm
  int fade_ms = 12;      // raised-cosine ramp at each end
};

// Signed 16-bit mono samples; empty when the tone cannot be made (frequency not below
// half the sample rate, durations or volume out of range).
std::vector<std::int16_t> tone_samples(const Tone& tone);

}  // namespace limber::desktop
