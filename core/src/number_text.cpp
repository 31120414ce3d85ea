#include "number_text.h"

#include <cmath>
#include <cstdlib>
#include "decimal_parse.h"

namespace limber {
namespace {

constexpr double kExact[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                             1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                             1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

// v * 10^k in steps that never overflow on the way (each step is exact or off by an ulp;
// the caller checks its result anyway).
double times_pow10(double v, int k) {
  while (k > 22) v *= 1e22, k -= 22;
  while (k < -22) v /= 1e22, k += 22;
  return k >= 0 ? v * kExact[k] : v / kExact[-k];
}

// Digits of `n` (> 0) and the power of ten of its last digit, as text in the style above.
std::string layout(unsigned long long n, int last_exponent) {
  std::string digits = std::to_string(n);
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back(), ++last_exponent;
  const int first = last_exponent + static_cast<int>(digits.size()) - 1;  // 10^first
  if (first >= -5 && first < 17) {
    if (last_exponent >= 0) return digits + std::string(static_cast<std::size_t>(last_exponent), '0');
    if (first >= 0) {
      const std::size_t point = static_cast<std::size_t>(first) + 1;
      return digits.substr(0, point) + "." + digits.substr(point);
    }
    return "0." + std::string(static_cast<std::size_t>(-first - 1), '0') + digits;
  }
  std::string out = digits.substr(0, 1);
  if (digits.size() > 1) out += "." + digits.substr(1);
  const int e = first < 0 ? -first : first;
  return out + (first < 0 ? "e-" : "e+") + (e < 10 ? "0" : "") + std::to_string(e);
}

}  // namespace

std::string shortest(double v) {
  if (v == 0) return std::signbit(v) ? "-0" : "0";
  if (!std::isfinite(v)) return std::isnan(v) ? "nan" : (v < 0 ? "-inf" : "inf");
  const bool negative = v < 0;
  const double a = std::fabs(v);
  // The power of ten of the first digit: from the binary exponent, then corrected.
  int exponent2 = 0;
  std::frexp(a, &exponent2);
  int first = static_cast<int>(std::floor((exponent2 - 1) * 0.30102999566398120));
  while (times_pow10(a, -first) >= 10) ++first;
  while (times_pow10(a, -first) < 1) --first;
  // For each number of digits up to 16, the nearest candidate and its neighbours (the scaling
  // may be off by an ulp); the first that reads back is the answer.
  std::string best;
  for (int precision = 1; precision <= 16 && best.empty(); ++precision) {
    const int last = first - precision + 1;
    const auto nearest = static_cast<long long>(std::llround(times_pow10(a, -last)));
    for (long long candidate : {nearest, nearest - 1, nearest + 1}) {
      if (candidate <= 0) continue;
      std::string text = layout(static_cast<unsigned long long>(candidate), last);
      if (parse_decimal(text) == a) {
        best = std::move(text);
        break;
      }
    }
  }
  // 17 digits always suffice, but far from 1 the scaling can be off by many units in the
  // last digit: walk toward the value (what a candidate reads back as only grows with it)
  // until one reads back. 18 digits are the guard should the first digit's power be off.
  for (int precision = 17; precision <= 18 && best.empty(); ++precision) {
    const int last = first - precision + 1;
    auto candidate = static_cast<long long>(std::llround(times_pow10(a, -last)));
    int direction = 0;
    for (int step = 0; step < 100000 && candidate > 0; ++step) {
      std::string text = layout(static_cast<unsigned long long>(candidate), last);
      const double back = parse_decimal(text);
      if (back == a) {
        best = std::move(text);
        break;
      }
      const int toward = back < a ? 1 : -1;
      if (direction != 0 && toward != direction) break;  // stepped over it: finer digits
      direction = toward;
      candidate += toward;
    }
  }
  return negative ? "-" + best : best;
}

std::string fixed(double v, int decimals) {
  if (decimals < 0) decimals = 0;
  if (decimals > 6) decimals = 6;
  const double scaled = v * kExact[decimals];
  if (!std::isfinite(scaled) || std::fabs(scaled) >= 9e15) return shortest(v);
  const long long n = std::llround(scaled);  // half away from zero
  const unsigned long long magnitude = n < 0 ? 0ULL - static_cast<unsigned long long>(n)
                                             : static_cast<unsigned long long>(n);
  std::string digits = std::to_string(magnitude);
  if (digits.size() <= static_cast<std::size_t>(decimals))
    digits.insert(0, static_cast<std::size_t>(decimals) + 1 - digits.size(), '0');
  if (decimals > 0) digits.insert(digits.size() - static_cast<std::size_t>(decimals), ".");
  return n < 0 ? "-" + digits : digits;
}

std::string padded(long long n, int width) {
  const bool negative = n < 0;
  std::string digits = std::to_string(negative ? 0ULL - static_cast<unsigned long long>(n)
                                               : static_cast<unsigned long long>(n));
  if (digits.size() < static_cast<std::size_t>(width))
    digits.insert(0, static_cast<std::size_t>(width) - digits.size(), '0');
  return negative ? "-" + digits : digits;
}

std::string with_number(const char* before, std::size_t n, const char* after) {
  std::string out = before;
  out.append(std::to_string(n)).append(after);
  return out;
}

}  // namespace limber
