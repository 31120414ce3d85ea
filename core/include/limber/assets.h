// limber/assets.h: content files (exercises, screening, education...) as an in-memory map.
//
// The core never opens files. Shells hand it an Assets map: embedded_assets() (compiled in
// from assets/ at build time) or one a shell read from a directory (--assets DIR).
// Keys are paths relative to assets/ with '/' separators, e.g. "exercises/glute_bridge.json".
#pragma once
#include <map>
#include <string>
#include <vector>

namespace limber {

using Assets = std::map<std::string, std::string>;

// The assets/ folder as it was at build time.
const Assets& embedded_assets();

// Paths in `assets` under `folder` (e.g. "exercises/") ending in `suffix`, sorted.
std::vector<std::string> asset_paths(const Assets& assets, const std::string& folder,
                                     const std::string& suffix = ".json");

}  // namespace limber
