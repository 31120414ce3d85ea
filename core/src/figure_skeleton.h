// figure_skeleton.h (private): the figure's body in 3D, posed from joint angles, and its
// projection onto the picture plane of a view.
//
// The skeleton is a small kinematic tree rooted at the pelvis. Angles are anatomical
// (flexion, abduction, rotation) so the same numbers read correctly in any view and can be
// checked against human joint ranges. Lengths are fractions of standing height.
#pragma once
#include <array>

#include "limber/figure.h"

namespace limber::figure::detail {

struct V3 {
  double x = 0, y = 0, z = 0;
};
inline V3 operator+(V3 a, V3 b) { return {a.x + b.x, a.y + b.y, a.z + b.z}; }
inline V3 operator-(V3 a, V3 b) { return {a.x - b.x, a.y - b.y, a.z - b.z}; }
inline V3 operator*(V3 a, double k) { return {a.x * k, a.y * k, a.z * k}; }
inline double dot(V3 a, V3 b) { return a.x * b.x + a.y * b.y + a.z * b.z; }

// An orientation: the segment's forward, up (along its length) and lateral axes in world
// coordinates. World: x forward of a standing figure, y up, z toward the side-view camera.
struct Axes {
  V3 f{1, 0, 0}, u{0, 1, 0}, n{0, 0, 1};
};

// clang-format off
enum BodyPoint {
  kPelvis, kWaist, kNeck, kHead,
  kNearHip, kNearKnee, kNearAnkle, kNearHeel, kNearToe,
  kNearShoulder, kNearElbow, kNearWrist, kNearHand,
  kFarHip, kFarKnee, kFarAnkle, kFarHeel, kFarToe,
  kFarShoulder, kFarElbow, kFarWrist, kFarHand,
  kPointCount
};
// clang-format on
const char* body_point_name(int point);

// Proportions (fractions of standing height) and thicknesses (diameters).
struct Body {
  static constexpr double lower_trunk = 0.13, upper_trunk = 0.15, neck = 0.045;
  static constexpr double head_radius = 0.062, head_up = 0.062, head_forward = 0.012;
  static constexpr double hip_half_width = 0.05, shoulder_half_width = 0.095;
  static constexpr double thigh = 0.245, shin = 0.245;
  static constexpr double heel_back = 0.03, toe_forward = 0.115, foot_drop = 0.035;
  static constexpr double upper_arm = 0.17, forearm = 0.145, hand = 0.075;
  // Trunk cross-sections as half-depth (front to back) and half-width (side to side).
  static constexpr double pelvis_depth = 0.06, pelvis_width = 0.085;
  static constexpr double waist_depth = 0.052, waist_width = 0.07;
  static constexpr double chest_depth = 0.066, chest_width = 0.095;
  static constexpr double shoulder_depth = 0.056, shoulder_width = 0.105;
  static constexpr double thigh_thick = 0.085, shin_thick = 0.062, foot_thick = 0.038;
  static constexpr double upper_arm_thick = 0.054, forearm_thick = 0.044, hand_thick = 0.038;
  static constexpr double neck_thick = 0.048;
};

struct Skeleton {
  std::array<V3, kPointCount> at{};
  Axes pelvis, lower_trunk, upper_trunk, head;
};

// The posed body with the pelvis at the origin (before it is put on the floor).
Skeleton pose_skeleton(const Pose& pose);

// A view's camera: world -> picture (x right, y up) and depth (larger = nearer).
// `tilt` raises a side or front camera to look down at the floor (degrees).
struct Camera {
  V3 right, up, toward;
  static Camera of(View view, double tilt = 0);
  double px(V3 p) const { return dot(p, right); }
  double py(V3 p) const { return dot(p, up); }
  double depth(V3 p) const { return dot(p, toward); }
};

}  // namespace limber::figure::detail
