#include "figure_view.h"

#include <algorithm>
#include <string>
#include <vector>

#include "reply.h"
#include "style.h"

namespace limber::desktop {
namespace {

bool point_of(const json& p, ImVec2 min, ImVec2 scale, ImVec2* out) {
  if (!p.is_array() || p.size() != 2 || !p[0].is_number() || !p[1].is_number()) return false;
  *out = ImVec2(min.x + static_cast<float>(p[0].get<double>()) * scale.x,
                min.y + static_cast<float>(p[1].get<double>()) * scale.y);
  return true;
}

ImU32 colour_of(const std::string& layer, const std::string& part) {
  const Palette& p = palette();
  if (part == "band" || part == "strap") return to_u32(p.figure_band);
  if (layer == "body-near") return to_u32(p.figure_near);
  if (layer == "floor") return to_u32(p.line);
  return to_u32(p.figure_far);  // body-far and props
}

}  // namespace

void paint_figure(ImDrawList* d, const json& shapes, ImVec2 min, ImVec2 max) {
  // The drawing keeps its aspect: fit its box inside ours, centred.
  const float aspect = static_cast<float>(number(shapes, "aspect", 1.25));
  float w = max.x - min.x, h = max.y - min.y;
  if (w <= 0 || h <= 0 || !(aspect > 0)) return;
  if (w / h > aspect) {
    min.x += (w - h * aspect) / 2;
    w = h * aspect;
  } else {
    min.y += (h - w / aspect) / 2;
    h = w / aspect;
  }
  const ImVec2 scale(w, h);
  std::vector<ImVec2> points;
  for (const json& item : list(shapes, "items")) {
    points.clear();
    for (const json& p : list(item, "points")) {
      ImVec2 at;
      if (point_of(p, min, scale, &at)) points.push_back(at);
    }
    const std::string shape = text(item, "shape");
    const ImU32 colour = colour_of(text(item, "layer"), text(item, "part"));
    const float size = static_cast<float>(number(item, "size")) * h;  // fractions of the height
    if (shape == "capsule" && points.size() == 2) {
      const float thickness = std::max(1.0f, size);
      d->AddLine(points[0], points[1], colour, thickness);
      // Round ends, as SVG's stroke-linecap="round".
      d->AddCircleFilled(points[0], thickness / 2, colour);
      d->AddCircleFilled(points[1], thickness / 2, colour);
    } else if (shape == "circle" && points.size() == 1) {
      d->AddCircleFilled(points[0], std::max(1.0f, size), colour);
    } else if (shape == "polygon" && points.size() >= 3) {
      d->AddConvexPolyFilled(points.data(), static_cast<int>(points.size()), colour);
      if (size > 0) {
        // A stroked outline rounds the corners, as the SVG's stroke-linejoin does.
        d->AddPolyline(points.data(), static_cast<int>(points.size()), colour, ImDrawFlags_Closed,
                       size);
        for (const ImVec2& corner : points) d->AddCircleFilled(corner, size / 2, colour);
      }
    }
  }
}

void figure(Ui& ui, const json& shapes, ImVec2 size, bool framed) {
  const ImVec2 min = ImGui::GetCursorScreenPos();
  const ImVec2 max(min.x + size.x, min.y + size.y);
  ImDrawList* d = ImGui::GetWindowDrawList();
  if (framed) {
    d->AddRectFilled(min, max, to_u32(palette().surface), 12 * ui.zoom());
    d->AddRect(min, max, to_u32(palette().line), 12 * ui.zoom(), 0, 1.0f * ui.zoom());
  }
  const float pad = std::min(size.x, size.y) * 0.04f;
  paint_figure(d, shapes, ImVec2(min.x + pad, min.y + pad), ImVec2(max.x - pad, max.y - pad));
  ImGui::Dummy(size);
}

}  // namespace limber::desktop
