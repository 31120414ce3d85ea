#include "limber/about.h"

#include "limber/version.h"

namespace limber {

About about(const Assets& assets) {
  About a;
  a.version = version();
  a.tagline = "A self-care companion for low back and hip pain. Not a diagnosis.";
  a.asset_files = static_cast<int>(assets.size());
  for (const auto& [path, bytes] : assets) a.asset_bytes += bytes.size();
  return a;
}

}  // namespace limber
