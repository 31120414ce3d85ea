// style.h: Limber's look on the desktop: a calm, high-contrast palette (the web app's
// colours, light and dark) and ImGui sizes scaled with the fonts.
//
//   apply_style(Theme::light, zoom);         // after every theme or zoom change
//   ImGui::PushStyleColor(ImGuiCol_Text, palette().muted);
#pragma once
#include <imgui.h>

namespace limber::desktop {

enum class Theme { light, dark };

struct Palette {
  ImVec4 background;    // the content area
  ImVec4 surface;       // the navigation rail, cards
  ImVec4 text;          // body text
  ImVec4 muted;         // secondary text, still above 7:1 on the background
  ImVec4 line;          // borders and separators
  ImVec4 accent;        // the primary action, the selected screen
  ImVec4 on_accent;     // text on the accent colour
  ImVec4 accent_soft;   // selected and hovered backgrounds
  ImVec4 problem;       // error text and border
  ImVec4 problem_soft;  // error background
  ImVec4 figure_near;   // the exercise figure: the limbs facing the viewer
  ImVec4 figure_far;    //   the limbs behind, and props (chair, wall, mat)
  ImVec4 figure_band;   //   bands and straps
  ImVec4 good;          // done, ticked (with text, never colour alone)
  ImVec4 good_soft;
};

const Palette& palette();  // of the theme last applied
const Palette& palette_for(Theme theme);

// Sets ImGui's colours and sizes for `theme` at `zoom` (monitor content scale times the
// text size preference). Starts from ImGui's defaults each time, so it can be re-applied.
void apply_style(Theme theme, float zoom);

ImU32 to_u32(const ImVec4& colour);

}  // namespace limber::desktop
