#include "decimal_parse.h"

#include <cstdint>
#include <cstring>
#include <limits>

namespace limber {
namespace {

// A decimal number 0.d[0]d[1]...d[nd-1] x 10^dp, with up to kDigits digits kept exactly
// (more than any double needs to round correctly: the rest only sets `truncated`).
struct Decimal {
  static constexpr int kDigits = 800;
  unsigned char d[kDigits + 24];  // digits as 0-9; room for a left shift's new digits
  int nd = 0;
  int dp = 0;
  bool truncated = false;

  void trim() {
    while (nd > 0 && d[nd - 1] == 0) --nd;
    if (nd == 0) dp = 0;
  }

  // Divides by 2^k (k <= 60).
  void shift_right(int k) {
    int r = 0, w = 0;
    std::uint64_t n = 0;
    for (; (n >> k) == 0; ++r) {
      if (r >= nd) {
        if (n == 0) {
          nd = 0;
          return;
        }
        while ((n >> k) == 0) n *= 10, ++r;
        break;
      }
      n = n * 10 + d[r];
    }
    dp -= r - 1;
    const std::uint64_t mask = (std::uint64_t{1} << k) - 1;
    for (; r < nd; ++r) {
      const std::uint64_t digit = n >> k;
      n &= mask;
      d[w++] = static_cast<unsigned char>(digit);
      n = n * 10 + d[r];
    }
    while (n > 0) {
      const std::uint64_t digit = n >> k;
      n &= mask;
      if (w < kDigits) d[w++] = static_cast<unsigned char>(digit);
      else if (digit > 0) truncated = true;
      n *= 10;
    }
    nd = w;
    trim();
  }

  // Multiplies by 2^k (k <= 60): digits from the last, carrying into new leading digits.
  void shift_left(int k) {
    unsigned char out[kDigits + 24];
    int w = nd + 20;  // at most 19 new digits for k <= 60
    std::uint64_t n = 0;
    for (int r = nd - 1; r >= 0; --r) {
      n += static_cast<std::uint64_t>(d[r]) << k;
      out[w--] = static_cast<unsigned char>(n % 10);
      n /= 10;
    }
    while (n > 0) {
      out[w--] = static_cast<unsigned char>(n % 10);
      n /= 10;
    }
    const int count = nd + 20 - w;
    dp += count - nd;
    nd = 0;
    for (int i = 0; i < count; ++i) {
      if (nd < kDigits) d[nd++] = out[w + 1 + i];
      else if (out[w + 1 + i] != 0) truncated = true;
    }
    trim();
  }

  void shift(int k) {
    if (nd == 0) return;
    constexpr int kMax = 60;
    for (; k > kMax; k -= kMax) shift_left(kMax);
    if (k > 0) shift_left(k);
    for (; k < -kMax; k += kMax) shift_right(kMax);
    if (k < 0) shift_right(-k);
  }

  // Rounding the digits after position `at` (half to even, unless digits were dropped).
  bool round_up(int at) const {
    if (at < 0 || at >= nd) return false;
    if (d[at] == 5 && at + 1 == nd) return truncated || (at > 0 && d[at - 1] % 2 == 1);
    return d[at] >= 5;
  }

  std::uint64_t rounded_integer() const {
    if (dp > 20) return std::numeric_limits<std::uint64_t>::max();
    std::uint64_t n = 0;
    int i = 0;
    for (; i < dp && i < nd; ++i) n = n * 10 + d[i];
    for (; i < dp; ++i) n *= 10;
    if (round_up(dp)) ++n;
    return n;
  }
};

constexpr double kExact[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                             1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                             1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

// The slow path: binary exponent by repeated shifts, then 53 bits rounded.
std::uint64_t double_bits(Decimal& a) {
  constexpr int kMantBits = 52, kExpBits = 11, kBias = -1023;
  constexpr std::uint64_t kInfinity = std::uint64_t{0x7FF} << kMantBits;
  static const int kPowers[] = {1, 3, 6, 9, 13, 16, 19, 23, 26};  // 2^n < 10^i
  if (a.nd == 0) return 0;
  if (a.dp > 310) return kInfinity;
  if (a.dp < -330) return 0;
  int exp = 0;
  while (a.dp > 0) {
    const int n = a.dp >= 9 ? 27 : kPowers[a.dp];
    a.shift(-n);
    exp += n;
  }
  while (a.dp < 0 || (a.dp == 0 && a.d[0] < 5)) {
    const int n = -a.dp >= 9 ? 27 : kPowers[-a.dp];
    a.shift(n);
    exp -= n;
  }
  --exp;  // from [0.5, 1) to [1, 2)
  if (exp < kBias + 1) {  // subnormal
    const int n = kBias + 1 - exp;
    a.shift(-n);
    exp += n;
  }
  if (exp - kBias >= (1 << kExpBits) - 1) return kInfinity;
  a.shift(1 + kMantBits);
  std::uint64_t mant = a.rounded_integer();
  if (mant == (std::uint64_t{2} << kMantBits)) {
    mant >>= 1;
    ++exp;
    if (exp - kBias >= (1 << kExpBits) - 1) return kInfinity;
  }
  if ((mant & (std::uint64_t{1} << kMantBits)) == 0) exp = kBias;
  return (mant & ((std::uint64_t{1} << kMantBits) - 1)) |
         (static_cast<std::uint64_t>((exp - kBias) & ((1 << kExpBits) - 1)) << kMantBits);
}

}  // namespace

double parse_decimal(std::string_view text) {
  Decimal a;
  std::size_t i = 0;
  const bool negative = i < text.size() && text[i] == '-';
  if (negative) ++i;
  bool seen_point = false;
  // The first 19 significant digits as an integer too, for the fast path.
  std::uint64_t mantissa = 0;
  int mantissa_digits = 0;
  bool mantissa_exact = true;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '.') {
      seen_point = true;
      a.dp = a.nd;
      continue;
    }
    if (c < '0' || c > '9') break;
    if (c == '0' && a.nd == 0) {  // leading zeros only move the point
      --a.dp;
      continue;
    }
    if (a.nd < Decimal::kDigits) a.d[a.nd++] = static_cast<unsigned char>(c - '0');
    else if (c != '0') a.truncated = true;
    if (mantissa_digits < 19) {
      mantissa = mantissa * 10 + static_cast<unsigned>(c - '0');
      ++mantissa_digits;
    } else if (c != '0') {
      mantissa_exact = false;
    }
  }
  if (!seen_point) a.dp = a.nd;
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    bool minus = false;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) minus = text[i++] == '-';
    int e = 0;
    for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i)
      if (e < 100000) e = e * 10 + (text[i] - '0');
    a.dp += minus ? -e : e;
  }
  a.trim();
  double value;
  // Fast path: mantissa and power of ten both exact doubles, so one rounding, the right one.
  const int exp10 = a.dp - mantissa_digits;  // value = mantissa * 10^exp10 when exact
  if (a.nd == 0) {
    value = 0;
  } else if (mantissa_exact && a.nd <= 19 && mantissa <= (std::uint64_t{1} << 53) &&
             exp10 >= -22 && exp10 <= 22) {
    value = exp10 >= 0 ? static_cast<double>(mantissa) * kExact[exp10]
                       : static_cast<double>(mantissa) / kExact[-exp10];
  } else {
    const std::uint64_t bits = double_bits(a);
    std::memcpy(&value, &bits, sizeof value);
  }
  return negative ? -value : value;
}

}  // namespace limber
