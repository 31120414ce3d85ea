// figure_view.h: paints the core's picture of an exercise (figure.shapes: capsules, circles
// and convex polygons in a 0..1 box, back to front) with ImDrawList. The core decides the
// pose; this file only chooses colours and scales the box.
//
//   if (auto shapes = ui.call({{"cmd", "figure.shapes"}, {"id", id}}, "draw the exercise"))
//     figure(ui, *shapes, ImVec2(400, 320));   // takes the space like any other item
#pragma once
#include <imgui.h>

#include <nlohmann/json.hpp>

#include "ui.h"

namespace limber::desktop {

// Draws into a `size` box at the cursor (sizes already zoomed), framed on a soft panel.
// An empty or malformed reply draws the empty panel.
void figure(Ui& ui, const nlohmann::json& shapes, ImVec2 size, bool framed = true);

// The drawing alone, into any rectangle of any draw list (also used by tests).
void paint_figure(ImDrawList* draw, const nlohmann::json& shapes, ImVec2 min, ImVec2 max);

}  // namespace limber::desktop
