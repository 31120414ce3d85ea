// The figure's own sine and cosine agree with libm's over every angle a figure can have
// (joint angles and eased phases: a few turns either way), to far below a drawn 0.01.
#include "figure_trig.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

namespace limber::figure::detail {
namespace {

TEST(FigureTrig, MatchesLibmOverAFewTurns) {
  std::mt19937 rng(42);
  std::uniform_real_distribution<double> angle(-30.0, 30.0);
  double worst = 0;
  for (int i = 0; i < 200000; ++i) {
    const double x = angle(rng);
    const SinCos v = sin_cos(x);
    worst = std::max({worst, std::fabs(v.sin - std::sin(x)), std::fabs(v.cos - std::cos(x))});
  }
  EXPECT_LT(worst, 1e-14);
  // The exact points where quadrants meet.
  for (int k = -8; k <= 8; ++k) {
    const double x = k * 1.57079632679489661923;
    EXPECT_NEAR(sin_of(x), std::sin(x), 1e-15) << k;
    EXPECT_NEAR(cos_of(x), std::cos(x), 1e-15) << k;
  }
}

}  // namespace
}  // namespace limber::figure::detail
