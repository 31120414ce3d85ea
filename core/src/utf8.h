// utf8.h (private): the one UTF-8 check the core uses (the JSON parser, the JSON writer's
// repair of bad bytes, and the journal's text fields all agree on what is valid).
#pragma once
#include <cstddef>
#include <string_view>

namespace limber {

// Length of the valid UTF-8 sequence starting at s[i] (1 for ASCII), or 0 when the bytes
// there are not UTF-8 (overlong forms, UTF-16 surrogates and values past U+10FFFF are not).
std::size_t utf8_sequence(std::string_view s, std::size_t i);

bool valid_utf8(std::string_view s);

}  // namespace limber
