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
// ---- Shared by the scene and its props -------------------------------------------------

constexpr double kMatThickness = 0.018;

Primitive capsule(Layer layer, const char* part, Point a, Point b, double thickness);
Primitive circle(Layer layer, const char* part, Point c, double radius);
Primitive rect(Layer layer, const char* part, double x0, double y0, double x1, double y1);
// How far a primitive reaches beyond its points (half a capsule's thickness...).
double pad_of(const Primitive& p);
// A body point's index by name (see figure.h), or `fallback`.
int point_index(const std::string& name, int fallback);

struct Bounds {  // in the picture
  double x0, y0, x1, y1;
};
struct Footprint {  // on the floor, in the world
  double x0, x1, z0, z1;
};
// A rectangle on the floor (world y = 0) as the camera sees it.
Primitive floor_quad(Layer layer, const char* part, const Camera& cam, const Footprint& f);

// Props that stay put, from the stage's key poses (`body`: where the body goes in the
// picture; `floor`: the floor it covers). Sets stage.posts.
std::vector<Primitive> fixed_props(const PoseSet& set, Stage& stage, const Bounds& body,
                                   const Footprint& floor);
// Props that move with the body (bands, straps, cushions), drawn over it.
std::vector<Primitive> front_props(const PoseSet& set, const Placed& now, const Stage& stage);

}  // namespace limber::figure::detail
