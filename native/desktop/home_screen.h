// home_screen.h: the desktop app's first screen and its look (colours, sizes).
#pragma once
#include <string>

#include <imgui.h>

#include "limber/about.h"

namespace limber::desktop {

// Calm, high-contrast style with large type, scaled for the monitor's content scale.
void setup_style(float content_scale);
ImVec4 background_colour();

class HomeScreen {
 public:
  HomeScreen(const Assets& assets, std::string load_error);
  void draw();

 private:
  About about_;
  std::string load_error_;
};

}  // namespace limber::desktop
