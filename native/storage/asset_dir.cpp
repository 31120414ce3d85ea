#include "asset_dir.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace limber::native {

bool read_asset_dir(const std::string& dir, Assets* out, std::string* error) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    *error = dir + ": not a folder";
    return false;
  }
  Assets assets;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (!it->is_regular_file(ec)) continue;
    const std::string rel = fs::relative(it->path(), dir, ec).generic_string();
    // Documentation for content authors is not content (the build skips it too).
    if (it->path().filename() == "README.md") continue;
    std::ifstream in(it->path(), std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (!in.is_open()) {
      *error = it->path().string() + ": cannot be read";
      return false;
    }
    assets[rel] = bytes.str();
  }
  if (ec) {
    *error = dir + ": " + ec.message();
    return false;
  }
  *out = std::move(assets);
  return true;
}

}  // namespace limber::native
