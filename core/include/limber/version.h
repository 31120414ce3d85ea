// limber/version.h: the core's version string, the same one every shell shows.
#pragma once

namespace limber {
const char* version();
}  // namespace limber
