// figure_scene.h (private): a posed body put on the floor of its view, and the props and
// framing shared by every pose of an exercise.
#pragma once
#include <array>
#include <vector>

#include "figure_skeleton.h"
#include "limber/figure.h"

namespace limber::figure::detail {

// A posed body in the world (on the floor) and in the picture plane (fractions of standing
// height, y up; in untilted side and front views the floor is the line y = 0).
struct Placed {
  std::array<V3, kPointCount> world{};
  std::array<Point, kPointCount> at{};
  std::vector<Primitive> body;  // in painting order
};

// Everything that does not change while the exercise moves.
struct Stage {
  View view = View::side;
  Camera cam = Camera::of(View::side);
  bool flat_floor = true;                 // the floor is a line (side/front view, no tilt)
  double seat_height = -1;                // pelvis height kept fixed (a bike), or -1: lowest point
  double ground = 0;                      // the body rests this far above the floor (a mat)
  std::vector<Primitive> back;            // floor and props behind the body
  Placed first;                           // the first key pose
  std::vector<Point> posts;               // per prop: where a band's post holds it
  double x0 = 0, y0 = 0, x1 = 1, y1 = 1;  // bounds of every pose and prop
};

// `t` of the way from a to b (already eased), jumping the set's hop height on the way.
Pose blend(const PoseSet& set, const Pose& a, const Pose& b, double t);
Placed place(const PoseSet& set, const Pose& pose, const Stage& stage);
Stage make_stage(const PoseSet& set, View view, double tilt);
// Props that move with the body (bands, straps), drawn over it.
std::vector<Primitive> front_props(const PoseSet& set, const Placed& now, const Stage& stage);

}  // namespace limber::figure::detail
