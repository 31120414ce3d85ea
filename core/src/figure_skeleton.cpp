// Forward kinematics: joint angles -> 3D points, one segment frame after another.
#include "figure_skeleton.h"

#include <cmath>
#include "figure_trig.h"

namespace limber::figure::detail {
namespace {

constexpr double kPi = 3.14159265358979323846;
double rad(double degrees) { return degrees * kPi / 180.0; }

// A vector given in `a`'s local coordinates, in world coordinates.
V3 local(const Axes& a, double f, double u, double n) { return a.f * f + a.u * u + a.n * n; }

// Rotations in a frame's own coordinates (intrinsic), named by the axis they turn about.
// about_n(+a) turns u toward -f ... and f toward u; see each use for its sign.
Axes about_n(const Axes& a, double degrees) {
  const auto [s, c] = sin_cos(rad(degrees));
  return {a.f * c + a.u * s, a.u * c - a.f * s, a.n};
}
Axes about_f(const Axes& a, double degrees) {
  const auto [s, c] = sin_cos(rad(degrees));
  return {a.f, a.u * c + a.n * s, a.n * c - a.u * s};
}
Axes about_u(const Axes& a, double degrees) {
  const auto [s, c] = sin_cos(rad(degrees));
  return {a.f * c - a.n * s, a.u, a.n * c + a.f * s};
}

// Flexion turns a hanging limb (pointing along -u) toward f; abduction toward the limb's
// own side; positive rotation turns the limb's front toward the midline.
Axes limb_root(const Axes& parent, double flexion, double abduction, double rotation, bool near) {
  Axes a = about_n(parent, flexion);
  a = about_f(a, near ? -abduction : abduction);
  return about_u(a, near ? rotation : -rotation);
}

// The pelvis's orientation for a placement and a torso angle (leaning forward +).
Axes pelvis_axes(const Pose& pose) {
  Axes base;
  if (pose.placement == Placement::side_lying) {
    // Lying on the far side, head to the right, facing the side-view camera.
    base = {{0, 0, 1}, {1, 0, 0}, {0, 1, 0}};
  }
  return about_u(about_n(base, -pose.torso), -pose.roll);
}

}  // namespace

Skeleton pose_skeleton(const Pose& p) {
  using J = Joint;
  Skeleton s;
  s.pelvis = pelvis_axes(p);

  // The spine's bend is shared between the lower back and the upper back.
  auto spine_step = [&](const Axes& a) {
    Axes b = about_n(a, -p.angle(J::spine) / 2);
    b = about_f(b, p.angle(J::spine_side_bend) / 2);
    return about_u(b, -p.angle(J::spine_twist) / 2);
  };
  s.lower_trunk = spine_step(s.pelvis);
  s.upper_trunk = spine_step(s.lower_trunk);
  s.head = about_n(s.upper_trunk, -p.angle(J::neck));

  auto& at = s.at;
  at[kPelvis] = {0, 0, 0};
  at[kWaist] = at[kPelvis] + s.lower_trunk.u * Body::lower_trunk;
  const V3 shoulders = at[kWaist] + s.upper_trunk.u * Body::upper_trunk;
  at[kNeck] = shoulders;
  const V3 skull = shoulders + s.head.u * Body::neck;
  at[kHead] = skull + local(s.head, Body::head_forward, Body::head_up, 0);

  struct Side {
    bool near;
    J hip, abduction, rotation, knee, ankle, shoulder, shoulder_abduction, elbow, wrist;
    int p_hip, p_knee, p_ankle, p_heel, p_toe, p_shoulder, p_elbow, p_wrist, p_hand;
  };
  const Side sides[2] = {
      {true, J::near_hip, J::near_hip_abduction, J::near_hip_rotation, J::near_knee, J::near_ankle,
       J::near_shoulder, J::near_shoulder_abduction, J::near_elbow, J::near_wrist, kNearHip,
       kNearKnee, kNearAnkle, kNearHeel, kNearToe, kNearShoulder, kNearElbow, kNearWrist,
       kNearHand},
      {false, J::far_hip, J::far_hip_abduction, J::far_hip_rotation, J::far_knee, J::far_ankle,
       J::far_shoulder, J::far_shoulder_abduction, J::far_elbow, J::far_wrist, kFarHip, kFarKnee,
       kFarAnkle, kFarHeel, kFarToe, kFarShoulder, kFarElbow, kFarWrist, kFarHand},
  };
  for (const Side& side : sides) {
    const double out = side.near ? 1 : -1;
    // Leg.
    at[side.p_hip] = at[kPelvis] + s.pelvis.n * (out * Body::hip_half_width);
    const Axes thigh = limb_root(s.pelvis, p.angle(side.hip), p.angle(side.abduction),
                                 p.angle(side.rotation), side.near);
    at[side.p_knee] = at[side.p_hip] - thigh.u * Body::thigh;
    const Axes shin = about_n(thigh, -p.angle(side.knee));
    at[side.p_ankle] = at[side.p_knee] - shin.u * Body::shin;
    const Axes foot = about_n(shin, p.angle(side.ankle));
    at[side.p_heel] = at[side.p_ankle] + local(foot, -Body::heel_back, -Body::foot_drop, 0);
    at[side.p_toe] = at[side.p_ankle] + local(foot, Body::toe_forward, -Body::foot_drop, 0);
    // Arm.
    at[side.p_shoulder] =
        shoulders + local(s.upper_trunk, 0, -0.015, out * Body::shoulder_half_width);
    const Axes upper = limb_root(s.upper_trunk, p.angle(side.shoulder),
                                 p.angle(side.shoulder_abduction), 0, side.near);
    at[side.p_elbow] = at[side.p_shoulder] - upper.u * Body::upper_arm;
    const Axes fore = about_n(upper, p.angle(side.elbow));
    at[side.p_wrist] = at[side.p_elbow] - fore.u * Body::forearm;
    at[side.p_hand] = at[side.p_wrist] - about_n(fore, p.angle(side.wrist)).u * Body::hand;
  }
  return s;
}

Camera Camera::of(View view, double tilt) {
  Camera c{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
  switch (view) {
    case View::front:  // in front of a standing figure, looking back at it
      c = {{0, 0, -1}, {0, 1, 0}, {1, 0, 0}};
      break;
    case View::back:  // behind a standing figure
      c = {{0, 0, 1}, {0, 1, 0}, {-1, 0, 0}};
      break;
    case View::top:  // above the floor, looking down; the side-lying figure's head right
      return {{1, 0, 0}, {0, 0, -1}, {0, 1, 0}};
    case View::side:
      break;
  }
  // Raising the camera about its own right axis: nearer things move down the picture.
  const auto [st, ct] = sin_cos(rad(tilt));
  return {c.right, c.up * ct - c.toward * st, c.toward * ct + c.up * st};
}

}  // namespace limber::figure::detail
