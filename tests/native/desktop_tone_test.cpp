// The cue tone's samples: length, loudness, pitch, and no click at either end.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <random>

#include "tone.h"

namespace limber::desktop {
namespace {

int zero_crossings(const std::vector<std::int16_t>& s) {
  int n = 0;
  for (std::size_t i = 1; i < s.size(); ++i)
    if ((s[i - 1] < 0) != (s[i] < 0)) ++n;
  return n;
}

int peak(const std::vector<std::int16_t>& s) {
  int p = 0;
  for (std::int16_t v : s) p = std::max(p, std::abs(static_cast<int>(v)));
  return p;
}

TEST(Tone, DefaultIsA150MillisecondBeepAt48kHz) {
  const auto s = tone_samples(Tone{});
  EXPECT_EQ(s.size(), 48000u * 150 / 1000);
}

TEST(Tone, PeakMatchesTheVolume) {
  Tone t;
  t.volume = 0.5;
  const int p = peak(tone_samples(t));
  EXPECT_LE(p, static_cast<int>(0.5 * 32767) + 1);
  EXPECT_GE(p, static_cast<int>(0.49 * 32767));
  t.volume = 0;
  EXPECT_EQ(peak(tone_samples(t)), 0);
}

TEST(Tone, PitchShowsInZeroCrossings) {
  for (double hz : {440.0, 880.0, 1500.0}) {
    Tone t;
    t.frequency_hz = hz;
    t.duration_ms = 200;
    t.fade_ms = 0;  // crossings in the fades are real too, but keep the count exact
    const double expected = 2 * hz * 0.2;
    EXPECT_NEAR(zero_crossings(tone_samples(t)), expected, 2) << hz << " Hz";
  }
}

TEST(Tone, FadesStartAndEndAtSilence) {
  const auto s = tone_samples(Tone{});
  ASSERT_GT(s.size(), 10u);
  EXPECT_EQ(s.front(), 0);
  EXPECT_LE(std::abs(s.back()), 40);  // within the last sample step of the ramp
  // 5 ms in, the ramp is still well below full volume.
  EXPECT_LT(std::abs(s[240]), 0.25 * 32767 * 0.5);
}

// Property: for any valid tone, no step between neighbouring samples is larger than the
// steepest slope of the sine itself (a larger step is an audible click).
TEST(Tone, NeverJumpsFasterThanTheSine) {
  std::mt19937 random(12345);
  std::uniform_real_distribution<double> hz(100, 4000), volume(0, 1);
  std::uniform_int_distribution<int> ms(1, 400), fade(0, 50), rate_index(0, 3);
  const int rates[] = {8000, 22050, 44100, 48000};
  for (int i = 0; i < 2000; ++i) {
    Tone t;
    t.frequency_hz = hz(random);
    t.volume = volume(random);
    t.duration_ms = ms(random);
    t.fade_ms = fade(random);
    t.sample_rate = rates[rate_index(random)];
    if (t.frequency_hz >= t.sample_rate / 2.0) continue;
    const auto s = tone_samples(t);
    ASSERT_EQ(s.size(), static_cast<std::size_t>(t.sample_rate) * t.duration_ms / 1000);
    const double pi = std::acos(-1.0);
    // The fade as tone_samples makes it: never longer than half the tone.
    const long fade = std::min<long>(static_cast<long>(t.sample_rate) * t.fade_ms / 1000,
                                     static_cast<long>(s.size()) / 2);
    // Sine slope plus the envelope's, per sample, plus rounding.
    const double limit =
        t.volume * 32767 *
            (2 * pi * t.frequency_hz / t.sample_rate + (fade > 0 ? pi / 2 / fade : 0)) +
        2;
    for (std::size_t k = 1; k < s.size(); ++k)
      ASSERT_LE(std::abs(s[k] - s[k - 1]), limit) << "case " << i << " at sample " << k;
  }
}

TEST(Tone, RefusesWhatCannotBePlayed) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  auto with = [](auto change) {
    Tone t;
    change(t);
    return tone_samples(t);
  };
  EXPECT_TRUE(with([](Tone& t) { t.frequency_hz = 0; }).empty());
  EXPECT_TRUE(with([&](Tone& t) { t.frequency_hz = nan; }).empty());
  EXPECT_TRUE(with([](Tone& t) { t.frequency_hz = 24000; }).empty());  // Nyquist at 48 kHz
  EXPECT_TRUE(with([](Tone& t) { t.sample_rate = 0; }).empty());
  EXPECT_TRUE(with([](Tone& t) { t.duration_ms = 0; }).empty());
  EXPECT_TRUE(with([](Tone& t) { t.duration_ms = -5; }).empty());
  EXPECT_TRUE(with([](Tone& t) { t.volume = 1.5; }).empty());
  EXPECT_TRUE(with([&](Tone& t) { t.volume = nan; }).empty());
  EXPECT_TRUE(with([](Tone& t) { t.fade_ms = -1; }).empty());
  EXPECT_FALSE(with([](Tone& t) { t.fade_ms = 1000; }).empty());  // capped, not refused
}

}  // namespace
}  // namespace limber::desktop
