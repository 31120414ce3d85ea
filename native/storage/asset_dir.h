// asset_dir.h: reads a content folder (--assets DIR) into the core's Assets map.
#pragma once
#include <string>

#include "limber/assets.h"

namespace limber::native {

// Every regular file below `dir`, keyed by its path relative to `dir` with '/' separators.
// Returns false and sets *error when the folder cannot be read.
bool read_asset_dir(const std::string& dir, Assets* out, std::string* error);

}  // namespace limber::native
