// Drawing a pose: blend key poses, place the body, and frame everything in the 0..1 box.
#include <algorithm>
#include <cmath>

#include "figure_scene.h"
#include "limber/figure.h"
#include "figure_trig.h"

namespace limber::figure {

double ease(double phase) {
  const double t = std::isfinite(phase) ? std::clamp(phase, 0.0, 1.0) : 0.0;
  return 0.5 - 0.5 * detail::cos_of(t * 3.14159265358979323846);
}

namespace {

// World (standing heights, y up) -> box (fractions, y down), keeping proportions.
struct Fit {
  double scale, ox, oy, aspect;
  Point map(Point p) const { return {(ox + p.x * scale) / aspect, oy - p.y * scale}; }
};

Fit fit(const detail::Stage& s, double aspect, double margin) {
  const double w = std::max(s.x1 - s.x0, 1e-6), h = std::max(s.y1 - s.y0, 1e-6);
  // Room inside the margins, in units of the box height.
  const double room_w = aspect * (1 - 2 * margin), room_h = 1 - 2 * margin;
  const double scale = std::min(room_w / w, room_h / h);
  const double ox = (aspect - w * scale) / 2 - s.x0 * scale;
  const double oy = (1 - h * scale) / 2 + s.y1 * scale;
  return {scale, ox, oy, aspect};
}

const Pose* pose_or_first(const PoseSet& set, std::string_view name) {
  if (const Pose* p = set.find(name)) return p;
  for (const char* fallback : {"start", "hold", "end"})
    if (const Pose* p = set.find(fallback)) return p;
  return nullptr;
}

DrawOptions sane(DrawOptions options) {
  if (!(options.aspect >= 0.05 && options.aspect <= 20)) options.aspect = 1;
  if (!(options.margin >= 0 && options.margin <= 0.45)) options.margin = 0.05;
  return options;
}

detail::Stage stage_for(const PoseSet& set, const DrawOptions& options) {
  const View view = options.view.value_or(set.view);
  // A tilt belongs to the view it was chosen for.
  const double tilt = view == set.view ? set.tilt : 0;
  return detail::make_stage(set, view, tilt);
}

// Shared by Figure and the one-off draw(), which works on the caller's set without copying it.
Drawing draw_on(const PoseSet& set, const detail::Stage& stage, const DrawOptions& options,
                std::string_view from, std::string_view to, double phase) {
  Drawing out;
  out.aspect = options.aspect;
  const Pose* a = pose_or_first(set, from);
  const Pose* b = pose_or_first(set, to);
  if (!a || !b) return out;
  const detail::Placed now = detail::place(set, detail::blend(set, *a, *b, ease(phase)), stage);

  // Appended one by one: no range-insert or vector copy-assignment template.
  for (const auto& item : stage.back) out.items.push_back(item);
  for (const auto& item : now.body) out.items.push_back(item);
  for (auto& p : detail::front_props(set, now, stage)) out.items.push_back(std::move(p));
  const Fit f = fit(stage, options.aspect, options.margin);
  for (auto& item : out.items) {
    for (auto& p : item.points) p = f.map(p);
    item.size *= f.scale;
  }
  return out;
}

}  // namespace

Figure::Figure(PoseSet set, const DrawOptions& options)
    : set_(std::move(set)), options_(sane(options)) {
  stage_.reset(new detail::Stage(stage_for(set_, options_)));
}

void detail::StageDelete::operator()(const Stage* stage) const { delete stage; }

Drawing Figure::draw(std::string_view pose) const { return draw(pose, pose, 0); }

Drawing Figure::draw(const Frame& frame) const { return draw(frame.from, frame.to, frame.phase); }

Drawing Figure::draw(std::string_view from, std::string_view to, double phase) const {
  return draw_on(set_, *stage_, options_, from, to, phase);
}

Drawing draw(const PoseSet& set, std::string_view pose, const DrawOptions& options) {
  return draw(set, pose, pose, 0, options);
}

Drawing draw(const PoseSet& set, std::string_view from, std::string_view to, double phase,
             const DrawOptions& options) {
  const DrawOptions sane_options = sane(options);
  return draw_on(set, stage_for(set, sane_options), sane_options, from, to, phase);
}

}  // namespace limber::figure
