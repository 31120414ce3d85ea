// The figure's vocabulary: joints and their human ranges, placements and their resting
// poses, and the names used in pose files.
#include "figure_skeleton.h"
#include "limber/figure.h"

namespace limber::figure {

const std::array<JointRange, kJointCount>& joint_ranges() {
  // Ranges a healthy adult reaches (AAOS norms, rounded outward a little) so a pose file
  // cannot ask the figure for a position no person should copy.
  static const std::array<JointRange, kJointCount> table = {{
      {Joint::spine, "spine", "spine flexion (bending forward +)", -40, 90},
      {Joint::spine_side_bend, "spine_side_bend", "spine side bend (to the near side +)", -40, 40},
      {Joint::spine_twist, "spine_twist", "spine twist (chest to the near side +)", -50, 50},
      {Joint::neck, "neck", "neck flexion (chin down +)", -60, 70},
      {Joint::near_hip, "near_hip", "hip flexion", -30, 140},
      {Joint::near_hip_abduction, "near_hip_abduction", "hip abduction (out +, across -)", -35, 55},
      {Joint::near_hip_rotation, "near_hip_rotation", "hip rotation (inward +)", -60, 45},
      {Joint::near_knee, "near_knee", "knee flexion", 0, 150},
      {Joint::near_ankle, "near_ankle", "ankle and foot (toes up +, pointed -)", -70, 30},
      {Joint::near_shoulder, "near_shoulder", "shoulder flexion", -60, 180},
      {Joint::near_shoulder_abduction, "near_shoulder_abduction", "shoulder abduction", -30, 180},
      {Joint::near_elbow, "near_elbow", "elbow flexion", 0, 150},
      {Joint::near_wrist, "near_wrist", "wrist bend (fingers to the arm's front +)", -80, 90},
      {Joint::far_hip, "far_hip", "hip flexion", -30, 140},
      {Joint::far_hip_abduction, "far_hip_abduction", "hip abduction (out +, across -)", -35, 55},
      {Joint::far_hip_rotation, "far_hip_rotation", "hip rotation (inward +)", -60, 45},
      {Joint::far_knee, "far_knee", "knee flexion", 0, 150},
      {Joint::far_ankle, "far_ankle", "ankle and foot (toes up +, pointed -)", -70, 30},
      {Joint::far_shoulder, "far_shoulder", "shoulder flexion", -60, 180},
      {Joint::far_shoulder_abduction, "far_shoulder_abduction", "shoulder abduction", -30, 180},
      {Joint::far_elbow, "far_elbow", "elbow flexion", 0, 150},
      {Joint::far_wrist, "far_wrist", "wrist bend (fingers to the arm's front +)", -80, 90},
  }};
  return table;
}

std::optional<Joint> joint_by_name(std::string_view name) {
  for (const auto& j : joint_ranges())
    if (name == j.name) return j.joint;
  return std::nullopt;
}

namespace {
void both(Pose& p, Joint near, Joint far, double degrees) {
  p.angle(near) = degrees;
  p.angle(far) = degrees;
}
}  // namespace

Pose placement_pose(Placement placement) {
  Pose p;
  p.placement = placement;
  both(p, Joint::near_elbow, Joint::far_elbow, 10);
  switch (placement) {
    case Placement::standing:
      break;
    case Placement::supine:
      p.torso = -90;
      both(p, Joint::near_ankle, Joint::far_ankle, -15);
      both(p, Joint::near_shoulder_abduction, Joint::far_shoulder_abduction, 10);
      break;
    case Placement::prone:
      // Forehead resting on stacked hands, tops of the feet on the floor.
      p.torso = 90;
      both(p, Joint::near_ankle, Joint::far_ankle, -45);
      both(p, Joint::near_shoulder, Joint::far_shoulder, 150);
      both(p, Joint::near_elbow, Joint::far_elbow, 135);
      p.angle(Joint::neck) = 10;
      break;
    case Placement::side_lying:
      // Lying on the far side, head on the lower arm, upper hand on the floor in front.
      both(p, Joint::near_hip, Joint::far_hip, 15);
      both(p, Joint::near_knee, Joint::far_knee, 15);
      both(p, Joint::near_ankle, Joint::far_ankle, -15);
      p.angle(Joint::far_shoulder) = 170;
      p.angle(Joint::far_elbow) = 30;
      p.angle(Joint::near_shoulder) = 60;
      p.angle(Joint::near_elbow) = 60;
      break;
    case Placement::kneeling:
      both(p, Joint::near_knee, Joint::far_knee, 90);
      both(p, Joint::near_ankle, Joint::far_ankle, -65);
      break;
    case Placement::half_kneeling:
      // The near (back) knee down, the far (front) foot flat ahead.
      p.angle(Joint::near_hip) = -5;
      p.angle(Joint::near_knee) = 90;
      p.angle(Joint::near_ankle) = -65;
      p.angle(Joint::far_hip) = 90;
      p.angle(Joint::far_knee) = 90;
      break;
    case Placement::quadruped:
      // Hands under the shoulders, knees under the hips: arms are longer than thighs, so
      // the back slopes a little toward the hips.
      p.torso = 78;
      both(p, Joint::near_hip, Joint::far_hip, 78);
      both(p, Joint::near_knee, Joint::far_knee, 90);
      both(p, Joint::near_ankle, Joint::far_ankle, -65);
      both(p, Joint::near_shoulder, Joint::far_shoulder, 78);
      both(p, Joint::near_elbow, Joint::far_elbow, 0);
      both(p, Joint::near_wrist, Joint::far_wrist, 85);
      break;
    case Placement::seated_floor:
      p.torso = -5;
      both(p, Joint::near_hip, Joint::far_hip, 85);
      both(p, Joint::near_shoulder, Joint::far_shoulder, -15);
      both(p, Joint::near_elbow, Joint::far_elbow, 0);
      break;
    case Placement::seated_chair:
      both(p, Joint::near_hip, Joint::far_hip, 90);
      both(p, Joint::near_knee, Joint::far_knee, 90);
      both(p, Joint::near_shoulder, Joint::far_shoulder, 25);
      both(p, Joint::near_elbow, Joint::far_elbow, 60);
      break;
  }
  return p;
}

const Pose* PoseSet::find(std::string_view name) const {
  auto it = poses.find(std::string(name));
  return it == poses.end() ? nullptr : &it->second;
}

std::vector<std::string> required_poses(Motion kind) {
  if (kind == Motion::hold) return {"hold"};
  return {"start", "end"};
}

const char* to_string(Motion kind) {
  switch (kind) {
    case Motion::reps:
      return "reps";
    case Motion::hold:
      return "hold";
    case Motion::continuous:
      return "continuous";
  }
  return "";
}

const char* to_string(View view) {
  switch (view) {
    case View::side:
      return "side";
    case View::front:
      return "front";
    case View::top:
      return "top";
    case View::back:
      return "back";
  }
  return "";
}

const char* to_string(Placement placement) {
  switch (placement) {
    case Placement::standing:
      return "standing";
    case Placement::supine:
      return "supine";
    case Placement::prone:
      return "prone";
    case Placement::side_lying:
      return "side_lying";
    case Placement::kneeling:
      return "kneeling";
    case Placement::half_kneeling:
      return "half_kneeling";
    case Placement::quadruped:
      return "quadruped";
    case Placement::seated_floor:
      return "seated_floor";
    case Placement::seated_chair:
      return "seated_chair";
  }
  return "";
}

const char* layer_name(Layer layer) {
  switch (layer) {
    case Layer::floor:
      return "floor";
    case Layer::prop:
      return "prop";
    case Layer::body_far:
      return "body-far";
    case Layer::body_near:
      return "body-near";
  }
  return "";
}

namespace detail {
const char* body_point_name(int point) {
  static const char* const names[kPointCount] = {
      "pelvis",       "waist",     "neck",      "head",          "near_hip",   "near_knee",
      "near_ankle",   "near_heel", "near_toe",  "near_shoulder", "near_elbow", "near_wrist",
      "near_hand",    "far_hip",   "far_knee",  "far_ankle",     "far_heel",   "far_toe",
      "far_shoulder", "far_elbow", "far_wrist", "far_hand"};
  return point >= 0 && point < kPointCount ? names[point] : "";
}
}  // namespace detail

std::optional<int> body_point_by_name(std::string_view name) {
  for (int i = 0; i < detail::kPointCount; ++i)
    if (name == detail::body_point_name(i)) return i;
  return std::nullopt;
}

}  // namespace limber::figure
