#include "icons.h"

#include <initializer_list>

namespace limber::desktop {
namespace {

// Maps the icons' 24-unit design grid onto the screen.
struct Grid {
  ImVec2 origin;
  float unit;
  ImVec2 operator()(float x, float y) const {
    return ImVec2(origin.x + x * unit, origin.y + y * unit);
  }
};

void line(ImDrawList* d, const Grid& g, float x0, float y0, float x1, float y1, ImU32 c, float w) {
  d->AddLine(g(x0, y0), g(x1, y1), c, w);
}

void draw_today(ImDrawList* d, const Grid& g, ImU32 c, float w) {
  d->AddCircle(g(12, 12), 4 * g.unit, c, 24, w);
  line(d, g, 12, 2.5f, 12, 4.5f, c, w);
  line(d, g, 12, 19.5f, 12, 21.5f, c, w);
  line(d, g, 2.5f, 12, 4.5f, 12, c, w);
  line(d, g, 19.5f, 12, 21.5f, 12, c, w);
  line(d, g, 5.3f, 5.3f, 6.7f, 6.7f, c, w);
  line(d, g, 17.3f, 17.3f, 18.7f, 18.7f, c, w);
  line(d, g, 5.3f, 18.7f, 6.7f, 17.3f, c, w);
  line(d, g, 17.3f, 6.7f, 18.7f, 5.3f, c, w);
}

void draw_check(ImDrawList* d, const Grid& g, ImU32 c, float w) {
  // A shield with a tick: "check first".
  d->PathLineTo(g(12, 2.5f));
  d->PathLineTo(g(19.5f, 5.5f));
  d->PathLineTo(g(19.5f, 11.5f));
  d->PathBezierCubicCurveTo(g(19.5f, 16), g(16.5f, 19.5f), g(12, 21.5f));
  d->PathBezierCubicCurveTo(g(7.5f, 19.5f), g(4.5f, 16), g(4.5f, 11.5f));
  d->PathLineTo(g(4.5f, 5.5f));
  d->PathStroke(c, ImDrawFlags_Closed, w);
  d->PathLineTo(g(8.5f, 12));
  d->PathLineTo(g(11, 14.5f));
  d->PathLineTo(g(15.5f, 9.5f));
  d->PathStroke(c, 0, w);
}

void draw_library(ImDrawList* d, const Grid& g, ImU32 c, float w) {
  for (float x : {3.5f, 13.5f})
    for (float y : {3.5f, 13.5f}) d->AddRect(g(x, y), g(x + 7, y + 7), c, 1.5f * g.unit, 0, w);
}

void draw_progress(ImDrawList* d, const Grid& g, ImU32 c, float w) {
  d->PathLineTo(g(3.5f, 3.5f));
  d->PathLineTo(g(3.5f, 20.5f));
  d->PathLineTo(g(20.5f, 20.5f));
  d->PathStroke(c, 0, w);
  d->PathLineTo(g(7.5f, 15));
  d->PathLineTo(g(11.5f, 10.5f));
  d->PathLineTo(g(14.5f, 13.5f));
  d->PathLineTo(g(20, 7.5f));
  d->PathStroke(c, 0, w);
}

void draw_learn(ImDrawList* d, const Grid& g, ImU32 c, float w) {
  // An open book: two pages meeting at the spine.
  d->PathLineTo(g(12, 6.5f));
  d->PathBezierCubicCurveTo(g(9.5f, 4.5f), g(6, 4.2f), g(3, 5.3f));
  d->PathLineTo(g(3, 19.3f));
  d->PathBezierCubicCurveTo(g(6, 18.2f), g(9.5f, 18.5f), g(12, 20.5f));
  d->PathBezierCubicCurveTo(g(14.5f, 18.5f), g(18, 18.2f), g(21, 19.3f));
  d->PathLineTo(g(21, 5.3f));
  d->PathBezierCubicCurveTo(g(18, 4.2f), g(14.5f, 4.5f), g(12, 6.5f));
  d->PathStroke(c, ImDrawFlags_Closed, w);
  line(d, g, 12, 6.5f, 12, 20.5f, c, w);
}

void draw_settings(ImDrawList* d, const Grid& g, ImU32 c, float w) {
  line(d, g, 3.5f, 6.5f, 12.5f, 6.5f, c, w);
  line(d, g, 17.5f, 6.5f, 20.5f, 6.5f, c, w);
  line(d, g, 3.5f, 12, 6.5f, 12, c, w);
  line(d, g, 11.5f, 12, 20.5f, 12, c, w);
  line(d, g, 3.5f, 17.5f, 14.5f, 17.5f, c, w);
  line(d, g, 19.5f, 17.5f, 20.5f, 17.5f, c, w);
  d->AddCircle(g(15, 6.5f), 2.5f * g.unit, c, 16, w);
  d->AddCircle(g(9, 12), 2.5f * g.unit, c, 16, w);
  d->AddCircle(g(17, 17.5f), 2.5f * g.unit, c, 16, w);
}

}  // namespace

void draw_icon(ImDrawList* draw, Icon icon, ImVec2 top_left, float size, ImU32 colour) {
  const Grid g{top_left, size / 24.0f};
  const float width = 1.8f * g.unit;
  switch (icon) {
    case Icon::today: draw_today(draw, g, colour, width); break;
    case Icon::check: draw_check(draw, g, colour, width); break;
    case Icon::library: draw_library(draw, g, colour, width); break;
    case Icon::progress: draw_progress(draw, g, colour, width); break;
    case Icon::learn: draw_learn(draw, g, colour, width); break;
    case Icon::settings: draw_settings(draw, g, colour, width); break;
  }
}

void draw_logo(ImDrawList* draw, ImVec2 top_left, float size) {
  const Grid g{top_left, size / 64.0f};
  const ImU32 white = IM_COL32(255, 255, 255, 255);
  const float width = 5 * g.unit;
  draw->AddRectFilled(g(0, 0), g(64, 64), IM_COL32(0x1d, 0x5c, 0x8f, 255), 14 * g.unit);
  draw->PathLineTo(g(22, 50));
  draw->PathLineTo(g(30, 34));
  draw->PathLineTo(g(26, 20));
  draw->PathStroke(white, 0, width);
  draw->PathLineTo(g(30, 34));
  draw->PathLineTo(g(42, 40));
  draw->PathLineTo(g(46, 52));
  draw->PathStroke(white, 0, width);
  line(draw, g, 26, 20, 36, 26, white, width);
  // Round joints, as the SVG's stroke-linejoin: ImGui's thick lines have square ends.
  for (ImVec2 p : {ImVec2(22, 50), ImVec2(30, 34), ImVec2(26, 20), ImVec2(42, 40), ImVec2(46, 52),
                   ImVec2(36, 26)})
    draw->AddCircleFilled(g(p.x, p.y), width / 2, white, 12);
  draw->AddCircleFilled(g(27, 12), 5 * g.unit, white, 20);
}

}  // namespace limber::desktop
