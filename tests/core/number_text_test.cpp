// Numbers as text without printf: the shortest text that reads back exactly, fixed places,
// zero padding. The property runs over random bit patterns, so every kind of double
// (tiny, huge, subnormal, whole, negative) is covered.
#include "number_text.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <random>

namespace limber {
namespace {

TEST(NumberText, ShortestForCommonValues) {
  const struct {
    double v;
    const char* text;
  } cases[] = {
      {0.1, "0.1"}, {0.1 + 0.2, "0.30000000000000004"}, {1.5, "1.5"}, {-2.25, "-2.25"},
      {40, "40"}, {1234567, "1234567"}, {0.001, "0.001"}, {1e-5, "0.00001"},
      {1e-7, "1e-07"}, {2.5e-7, "2.5e-07"}, {1e17, "1e+17"}, {1e16, "10000000000000000"},
      {123456789012345680.0, "1.2345678901234568e+17"}, {5e-324, "5e-324"},
      {0.0, "0"}, {-0.0, "-0"},
  };
  for (const auto& c : cases) EXPECT_EQ(shortest(c.v), c.text) << c.text;
  // At the ends of the range 17 digits are needed; any 17 that read back will do.
  for (double v : {std::numeric_limits<double>::max(), std::numeric_limits<double>::min(),
                   -std::numeric_limits<double>::denorm_min()}) {
    const std::string text = shortest(v);
    EXPECT_EQ(std::strtod(text.c_str(), nullptr), v) << text;
  }
}

TEST(NumberText, FixedPlacesAndPadding) {
  EXPECT_EQ(fixed(2.345, 2), "2.35");
  EXPECT_EQ(fixed(-1.5, 2), "-1.50");
  EXPECT_EQ(fixed(0.004, 2), "0.00");
  EXPECT_EQ(fixed(-0.004, 2), "0.00") << "no negative zero in a drawing";
  EXPECT_EQ(fixed(15.0, 1), "15.0");
  EXPECT_EQ(fixed(0.05, 1), "0.1");
  EXPECT_EQ(fixed(7, 0), "7");
  EXPECT_EQ(fixed(1e300, 2), "1e+300");
  EXPECT_EQ(padded(7, 4), "0007");
  EXPECT_EQ(padded(2026, 4), "2026");
  EXPECT_EQ(padded(12345, 4), "12345");
  EXPECT_EQ(padded(-5, 3), "-005");
}

TEST(NumberTextProperty, ShortestReadsBackExactlyAndIsShort) {
  std::mt19937_64 rng(20261121);
  // Random bits mostly give exponents far from 1, the slow path of both directions; 500
  // of them keep the sanitizer and wasm runs short.
  for (int i = 0; i < 500; ++i) {
    const std::uint64_t bits = rng();
    double v;
    std::memcpy(&v, &bits, sizeof v);
    if (!std::isfinite(v)) continue;
    const std::string text = shortest(v);
    ASSERT_EQ(std::strtod(text.c_str(), nullptr), v) << text;
    // Never longer than 17 significant digits plus sign, point and exponent.
    ASSERT_LE(text.size(), 24u) << text;
  }
  // And values a person's data has: one or two decimals read back as typed.
  for (int n = -10000; n <= 10000; ++n) {
    const double v = n / 100.0;
    const std::string text = shortest(v);
    ASSERT_EQ(std::strtod(text.c_str(), nullptr), v) << text;
    ASSERT_LE(text.size(), 7u) << text << " for " << n << "/100";
  }
}

}  // namespace
}  // namespace limber
