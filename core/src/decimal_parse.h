// decimal_parse.h (private): decimal text to the nearest double, without strtod.
//
//   parse_decimal("0.30000000000000004") == 0.1 + 0.2
//
// Why not strtod: in WebAssembly it computes with 128-bit soft floats, ~6 KB of code every
// phone downloads. This is exact (round half to even, like strtod): short numbers take a fast
// path (Clinger's: an exact integer times an exact power of ten), everything else a simple
// big-decimal algorithm (the one Go's strconv uses), which needs no tables.
#pragma once
#include <string_view>

namespace limber {

// `text` must match -?digits(.digits)?([eE][+-]?digits)? (the JSON number grammar; the
// parser has checked it). Values beyond double range give +-infinity, below it +-0.
double parse_decimal(std::string_view text);

}  // namespace limber
