// number_text.h (private): numbers as text without printf.
//
//   shortest(0.1 + 0.2)  -> "0.30000000000000004"   (reads back to the same double)
//   shortest(40)         -> "40"
//   fixed(2.345, 2)      -> "2.35"
//
// Why not snprintf: printf's floating-point formatting pulls ~5 KB of code and 128-bit
// soft-float arithmetic into the WebAssembly every phone downloads, for a handful of uses.
#pragma once
#include <cstddef>
#include <string>

namespace limber {

// The shortest decimal that reads back as exactly `v` (parse_decimal, like strtod): from 1e-5 to
// 1e17, else with an exponent ("1e+20", "2.5e-07"); "nan"/"inf" are not JSON, so callers
// check std::isfinite first. Whole numbers have no ".0" (the JSON writer adds one).
std::string shortest(double v);

// `v` rounded to `decimals` places (0-6; half away from zero), e.g. "-1.50". Values too large
// for that fall back to shortest().
std::string fixed(double v, int decimals);

// `n` with at least `width` digits, zero-padded ("0007"); negatives keep their sign first.
std::string padded(long long n, int width);

// before + n + after ("entries[" 3 "]"): one call where a chain of + would build and drop a
// temporary per piece at each of the many messages that name a count or an index.
std::string with_number(const char* before, std::size_t n, const char* after);

}  // namespace limber
