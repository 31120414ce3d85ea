// Platforms without a sound backend yet: cues stay silent and Settings says so.
#include "sound.h"

namespace limber::desktop {

bool probe_sound_device(std::string* error) {
  *error = "this build of Limber has no sound support on this system yet";
  return false;
}

bool play_on_sound_device(const std::vector<std::int16_t>&, int, std::string* error) {
  return probe_sound_device(error);
}

}  // namespace limber::desktop
