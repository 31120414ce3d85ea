#include "tone.h"

#include <algorithm>
#include <cmath>

namespace limber::desktop {

std::vector<std::int16_t> tone_samples(const Tone& t) {
  // The negated comparisons also reject NaN.
  if (!(t.frequency_hz > 0) || !(t.frequency_hz < t.sample_rate / 2.0) || t.sample_rate < 8000 ||
      t.sample_rate > 192000 || t.duration_ms <= 0 || t.duration_ms > 10000 || t.fade_ms < 0 ||
      !(t.volume >= 0 && t.volume <= 1))
    return {};
  const double pi = std::acos(-1.0);
  const long count = static_cast<long>(t.sample_rate) * t.duration_ms / 1000;
  // Fades longer than half the tone would overlap; cap them.
  const long fade = std::min<long>(static_cast<long>(t.sample_rate) * t.fade_ms / 1000, count / 2);
  std::vector<std::int16_t> samples(static_cast<std::size_t>(count));
  for (long i = 0; i < count; ++i) {
    double envelope = 1.0;
    const long from_edge = std::min(i, count - 1 - i);
    if (from_edge < fade) envelope = 0.5 - 0.5 * std::cos(pi * from_edge / fade);
    const double value =
        t.volume * envelope * std::sin(2 * pi * t.frequency_hz * i / t.sample_rate);
    samples[static_cast<std::size_t>(i)] = static_cast<std::int16_t>(std::lround(value * 32767));
  }
  return samples;
}

}  // namespace limber::desktop
