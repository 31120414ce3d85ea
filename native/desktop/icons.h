// icons.h: the navigation icons, drawn as strokes (the same 24-unit shapes as the web app's
// SVG sprite), so they stay sharp at every scale without an icon font.
#pragma once
#include <imgui.h>

namespace limber::desktop {

enum class Icon { today, check, library, progress, learn, settings };

// Draws `icon` in a size x size square at top_left.
void draw_icon(ImDrawList* draw, Icon icon, ImVec2 top_left, float size, ImU32 colour);

// The app's mark (web/app/icon.svg): a figure stepping out, white on the accent blue.
void draw_logo(ImDrawList* draw, ImVec2 top_left, float size);

}  // namespace limber::desktop
