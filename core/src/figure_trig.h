// figure_trig.h (private): sine and cosine for the figure's angles.
//
// libm's sin/cos carry a large-argument reduction with a 2/pi table (~7 KB of WebAssembly
// and data, downloaded by every phone) for arguments the figure never has: its angles are
// joint angles and eased phases, a few turns at most. Reducing by quarter turns and a short
// series is exact to ~1e-15 there, far below what a drawing at 0.01 can show.
#pragma once
#include <cmath>

namespace limber::figure::detail {

struct SinCos {
  double sin;
  double cos;
};

inline SinCos sin_cos(double radians) {
  constexpr double kHalfPi = 1.57079632679489661923;
  const double quarter = std::nearbyint(radians / kHalfPi);
  const double r = radians - quarter * kHalfPi;  // |r| <= pi/4
  const double r2 = r * r;
  // Taylor series to r^15 / r^14: the first term left out is below 3e-15 for |r| <= pi/4.
  const double s =
      r * (1 - r2 / 6 * (1 - r2 / 20 * (1 - r2 / 42 * (1 - r2 / 72 * (1 - r2 / 110 *
          (1 - r2 / 156 * (1 - r2 / 210)))))));
  const double c =
      1 - r2 / 2 * (1 - r2 / 12 * (1 - r2 / 30 * (1 - r2 / 56 * (1 - r2 / 90 *
          (1 - r2 / 132 * (1 - r2 / 182))))));
  switch (static_cast<long long>(quarter) & 3) {
    case 0: return {s, c};
    case 1: return {c, -s};
    case 2: return {-s, -c};
    default: return {-c, s};
  }
}

inline double sin_of(double radians) { return sin_cos(radians).sin; }
inline double cos_of(double radians) { return sin_cos(radians).cos; }

}  // namespace limber::figure::detail
