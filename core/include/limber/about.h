// limber/about.h: what every shell shows on its first screen and in "About".
//
// The numbers are computed by the core from the content it loaded, so a shell showing
// them proves it is talking to a working core (the build's first end-to-end check).
#pragma once
#include <string>

#include "limber/assets.h"

namespace limber {

struct About {
  std::string name = "Limber";
  std::string version;
  std::string tagline;
  int asset_files = 0;      // content files the core was given
  std::size_t asset_bytes = 0;
};

About about(const Assets& assets);

}  // namespace limber
