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
#include "fuzz_assert.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  std::string error;
  const auto ours = limber::Json::parse(text, &error);
  const nlohmann::json theirs = nlohmann::json::parse(text, nullptr, false);
  if (!ours) {
    FUZZ_ASSERT(!error.empty(), "a refusal always says why");
    const bool documented = error.find("nested deeper") != std::string::npos ||
                            error.find("too large") != std::string::npos ||
                            text.find('\0') != std::string::npos;
    FUZZ_ASSERT(theirs.is_discarded() || documented, "both parsers refuse the same texts");
    return 0;
  }
  FUZZ_ASSERT(!theirs.is_discarded(), "both parsers accept the same texts");
  const auto reread = limber::Json::parse(theirs.dump(), nullptr);
  FUZZ_ASSERT(reread && *reread == *ours, "both parsers read the same values");
  for (int indent : {-1, 2}) {
    const auto back = limber::Json::parse(ours->dump(indent), nullptr);
    FUZZ_ASSERT(back && *back == *ours, "what is written reads back equal");
  }
  return 0;
}
