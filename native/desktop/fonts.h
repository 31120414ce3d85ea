// fonts.h: the type the desktop app draws with, DejaVu Sans compiled into the binary, built
// at the pixel sizes the monitor needs (its content scale times the text size preference).
//
//   Fonts fonts;
//   fonts.build(zoom, 1);  // between frames; then re-upload the atlas texture
//   ImGui::PushFont(fonts.heading); ... ImGui::PopFont();
#pragma once
#include <imgui.h>

namespace limber::desktop {

// Sizes in pixels at zoom 1; body text is large on purpose (read at arm's length, often
// by someone lying on a mat).
constexpr float kBodyPx = 20;
constexpr float kSectionPx = 24;
constexpr float kHeadingPx = 32;
constexpr float kDisplayPx = 72;  // countdowns and big numbers

struct Fonts {
  ImFont* body = nullptr;
  ImFont* bold = nullptr;
  ImFont* section = nullptr;  // bold, between body and heading
  ImFont* heading = nullptr;
  ImFont* display = nullptr;  // digits and Latin letters only
  float zoom = 0;          // layout scale: ImGui units per pixel-at-zoom-1
  float pixel_density = 0;  // framebuffer pixels per ImGui unit (2 on a Retina Mac, else 1)

  // Replaces the atlas's fonts with these five at `zoom`, rasterised at `pixel_density`
  // times that so text stays sharp where the framebuffer is denser than window units;
  // body becomes the default font. Must not run between ImGui::NewFrame() and Render().
  void build(float zoom, float pixel_density);
};

// The characters the body and heading fonts hold: Latin, Latin-1, general punctuation
// (dashes, quotes, ellipsis), arrows and a few marks content uses (tick, bullet, degree).
const ImWchar* text_glyph_ranges();

}  // namespace limber::desktop
