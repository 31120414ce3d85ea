#include "limber/version.h"

namespace limber {
const char* version() { return LIMBER_VERSION; }
}  // namespace limber
