// Fuzz target: the core's JSON parser against an independent one (nlohmann/json). For any
// bytes, both must accept or both refuse, and what both accept must mean the same; what
// ours accepts must write back to text that reads back equal. The two documented
// differences (nesting past 64 levels, numbers beyond double range: refused here) are
// allowed only with their own messages; nlohmann also stops reading at a NUL byte, where
// this parser goes on and refuses what follows.
#include <cstdint>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>

#include "limber/json.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  std::string error;
  const auto ours = limber::Json::parse(text, &error);
  const nlohmann::json theirs = nlohmann::json::parse(text, nullptr, false);
  if (!ours) {
    if (error.empty()) std::abort();  // a refusal always says why
    const bool documented = error.find("nested deeper") != std::string::npos ||
                            error.find("too large") != std::string::npos ||
                            text.find('\0') != std::string::npos;
    if (!theirs.is_discarded() && !documented) std::abort();
    return 0;
  }
  if (theirs.is_discarded()) std::abort();
  const auto reread = limber::Json::parse(theirs.dump(), nullptr);
  if (!reread || !(*reread == *ours)) std::abort();
  for (int indent : {-1, 2}) {
    const auto back = limber::Json::parse(ours->dump(indent), nullptr);
    if (!back || !(*back == *ours)) std::abort();
  }
  return 0;
}
