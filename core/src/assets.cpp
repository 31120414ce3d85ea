#include "limber/assets.h"

namespace limber {

std::vector<std::string> asset_paths(const Assets& assets, const std::string& folder,
                                     const std::string& suffix) {
  std::vector<std::string> out;
  for (auto it = assets.lower_bound(folder); it != assets.end(); ++it) {
    const std::string& path = it->first;
    if (path.compare(0, folder.size(), folder) != 0) break;
    if (path.size() >= suffix.size() &&
        path.compare(path.size() - suffix.size(), suffix.size(), suffix) == 0)
      out.push_back(path);
  }
  return out;
}

}  // namespace limber
