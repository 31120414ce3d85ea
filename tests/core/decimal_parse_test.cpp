// Decimal text to double without strtod: the cases that trip converters up, and agreement
// with the C library's strtod (correctly rounded on glibc and musl) over random decimals.
#include "decimal_parse.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <limits>
#include <random>
#include <string>

namespace limber {
namespace {

TEST(DecimalParse, HardCases) {
  const char* const cases[] = {
      "0", "-0.0", "1", "0.1", "0.30000000000000004", "1e22", "1e23", "123456789012345678901",
      "9007199254740993",                     // 2^53 + 1: ties to even
      "2.2250738585072011e-308",              // just below the smallest normal
      "2.2250738585072014e-308",              // the smallest normal
      "4.9e-324", "2.4703282292062328e-324",  // the smallest subnormal, from above half of it
      "2.4703282292062327e-324",              // just below half of it: zero
      "1.7976931348623157e308", "1.7976931348623158e308",
      "0.1000000000000000055511151231257827021181583404541015625",  // 0.1 exactly
      "3.14159265358979323846264338327950288419716939937510582097494459",
      "1e-400", "1e400", "-1e400", "0.000000000000000000000000000000000000001e39",
      "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649"
      "017977587207096330286416692887910946555547851940402630657488671505820681908902000708383"
      "676273854845817711531764475730270069855571366959622842914819860834936475292719074168444"
      "365510704342711559699508093042880177904174497791.9999999999999",
  };
  for (const char* text : cases) {
    const double want = std::strtod(text, nullptr);
    const double got = parse_decimal(text);
    EXPECT_TRUE(got == want && std::signbit(got) == std::signbit(want))
        << text << ": got " << got << ", strtod says " << want;
  }
}

TEST(DecimalParseProperty, AgreesWithStrtodOnRandomDecimals) {
  std::mt19937 rng(1121);
  for (int i = 0; i < 20000; ++i) {
    std::string text = rng() % 2 ? "-" : "";
    const int digits = 1 + static_cast<int>(rng() % 25);
    const int point = static_cast<int>(rng() % (digits + 1));
    for (int k = 0; k < digits; ++k) {
      if (k == point && k > 0) text += '.';
      text += static_cast<char>('0' + rng() % 10);
    }
    if (rng() % 2) text += "e" + std::to_string(static_cast<int>(rng() % 700) - 350);
    const double want = std::strtod(text.c_str(), nullptr);
    const double got = parse_decimal(text);
    ASSERT_TRUE(got == want && std::signbit(got) == std::signbit(want))
        << text << ": got " << got << ", strtod says " << want;
  }
}

}  // namespace
}  // namespace limber
