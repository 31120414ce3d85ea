// limber/figure.h: one posable figure that pictures every exercise, drawn from data.
//
// People in a stretch glance at a picture instead of reading. Each exercise has a file
// assets/poses/<id>.json with its key poses (`start` and `end` for movements, `hold` for
// stretches): a placement (standing, supine, quadruped...) plus a few joint angles. The
// core poses a jointed skeleton from them and returns flat drawing primitives in a 0..1
// box that any shell can paint (SVG on the web, ImDrawList on the desktop).
//
//   Problems problems;
//   const figure::Poses poses = figure::Poses::load(assets, problems);
//   const figure::Figure bridge(*poses.find("glute_bridge"));
//   figure::Drawing still = bridge.draw("end");
//   figure::Drawing moving = bridge.draw(figure::frame_at(bridge.set(), seconds, false));
//   std::string svg = figure::to_svg(moving, {"Glute bridge: lift your hips"});  // figure_svg.h
//
// Angles are degrees, lengths are fractions of standing height. "near" limbs face the
// viewer in a side view and are drawn solid; "far" limbs are drawn lighter, behind.
#pragma once
#include <array>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "limber/assets.h"
#include "limber/problem.h"

namespace limber::figure {

// ---- The model -------------------------------------------------------------------------

// clang-format off
enum class Placement {
  standing, supine, prone, side_lying, kneeling, half_kneeling, quadruped, seated_floor,
  seated_chair
};
// clang-format on
// Where the camera is. side: a standing person in profile, facing right. front: facing
// the viewer. back: from behind (hands on a wall or chair in front of the person).
// top: looking down at the floor (for lying moves in the floor's plane).
enum class View { side, front, top, back };
// How an exercise moves, which decides the poses it needs: reps and continuous need
// `start` and `end`; hold needs `hold`.
enum class Motion { reps, hold, continuous };

// clang-format off
enum class Joint {
  spine, spine_side_bend, spine_twist, neck,
  near_hip, near_hip_abduction, near_hip_rotation, near_knee, near_ankle,
  near_shoulder, near_shoulder_abduction, near_elbow, near_wrist,
  far_hip, far_hip_abduction, far_hip_rotation, far_knee, far_ankle,
  far_shoulder, far_shoulder_abduction, far_elbow, far_wrist,
};
// clang-format on
constexpr int kJointCount = static_cast<int>(Joint::far_wrist) + 1;

// A joint's name in pose files and the human range its angle must stay within.
struct JointRange {
  Joint joint;
  const char* name;    // "near_knee"
  const char* motion;  // "knee flexion", for messages
  double min, max;     // degrees
};
const std::array<JointRange, kJointCount>& joint_ranges();
std::optional<Joint> joint_by_name(std::string_view name);

struct Pose {
  Placement placement = Placement::standing;
  double torso = 0;  // pelvis and trunk from upright, degrees, leaning forward positive
  double roll = 0;   // pelvis turned about the body's long axis, belly toward the near side +
  double lift = 0;   // height above the floor (a jump), fraction of standing height
  double shift = 0;  // sideways step, fraction of standing height (positive = right)
  std::array<double, kJointCount> angles{};
  double angle(Joint j) const { return angles[static_cast<int>(j)]; }
  double& angle(Joint j) { return angles[static_cast<int>(j)]; }
};
// The pose a placement starts from; a pose file lists only what differs from it.
Pose placement_pose(Placement placement);

// Points of the body that props and anchors refer to, by name ("near_hand", "pelvis").
std::optional<int> body_point_by_name(std::string_view name);

enum class PropType { mat, chair, wall, band, strap, bike, line, cushion };
struct Prop {
  PropType type = PropType::mat;
  std::string at;  // body point: chair "seat"/hand, wall "back"/hand, band, strap, cushion
  std::string to;  // band/strap/cushion: the other body point ("" for a band on a post)
  double post_dx = 0, post_dy = 0;  // band tied to a post: offset from `at` in `pose`
  std::string pose;  // the key pose that fixed props are set up from ("" = the first)
};

struct Tempo {
  double move_seconds = 2;    // start -> end
  double return_seconds = 2;  // end -> start
};

// One exercise's key poses and how to show them.
struct PoseSet {
  std::string exercise;
  Motion kind = Motion::reps;
  View view = View::side;
  double tilt = 0;                // side or front camera raised to look down, degrees
  double hop = 0;                 // height of the jump between start and end (hops)
  std::string anchor = "pelvis";  // the body point that keeps its place between poses
  Tempo tempo;
  std::vector<Prop> props;
  std::map<std::string, Pose> poses;  // "start", "end", "hold"
  const Pose* find(std::string_view name) const;
};

// The pose names an exercise that moves this way must have.
std::vector<std::string> required_poses(Motion kind);

// ---- Loading and checking ----------------------------------------------------------------

class Poses {
 public:
  // Every assets/poses/*.json; problems name the file, the exercise and "<pose>.<joint>".
  static Poses load(const Assets& assets, Problems& problems);
  // One file's text (`file` is its asset path, which must be poses/<exercise>.json).
  static std::optional<PoseSet> parse(std::string_view text, const std::string& file,
                                      Problems& problems);

  const PoseSet* find(std::string_view exercise) const;
  const std::map<std::string, PoseSet, std::less<>>& all() const { return sets_; }

 private:
  std::map<std::string, PoseSet, std::less<>> sets_;
};

// What a catalogue needs pictured: an exercise and how it moves.
struct PoseNeed {
  std::string exercise;
  std::optional<Motion> kind;  // nullopt: whatever the pose file's own kind needs
};
// How a catalogue dosage kind moves: "reps" -> reps, "hold" -> hold; "timed" and
// "minutes" can be either (a wall sit holds, marching repeats): nullopt, the pose file says.
std::optional<Motion> motion_for_dosage(std::string_view dosage_kind);

// A problem for each exercise with no pose file, or whose file lacks a pose its motion
// needs (e.g. a held stretch without `hold`). Problems name "poses/<id>.json".
Problems check_coverage(const Poses& poses, const std::vector<PoseNeed>& needs);
// The same, using each file's own `kind`: only that every id has a pose file.
Problems check_coverage(const Poses& poses, const std::vector<std::string>& exercises);

// ---- Drawing -----------------------------------------------------------------------------

struct Point {
  double x = 0, y = 0;
};

// The style a shell gives a primitive. Items come in painting order (back to front).
enum class Layer { floor, prop, body_far, body_near };
const char* layer_name(Layer layer);  // "floor", "prop", "body-far", "body-near"

struct Primitive {
  enum class Shape { capsule, circle, polygon };
  Shape shape = Shape::capsule;
  Layer layer = Layer::body_near;
  const char* part = "";      // what it is ("head", "thigh", "band", "chair"...), for themes
  std::vector<Point> points;  // capsule: 2 ends; circle: centre; polygon: corners
  double size = 0;            // capsule: thickness; circle: radius; polygon: 0
};

// Coordinates are fractions of the box (0..1, x right, y down); sizes are fractions of
// the box height. The figure keeps its proportions inside a box of this aspect.
struct Drawing {
  double aspect = 1;  // box width / height
  std::vector<Primitive> items;
};

struct DrawOptions {
  double aspect = 1.25;      // width / height of the box to draw into
  double margin = 0.05;      // kept clear on every side, fraction of the box
  std::optional<View> view;  // overrides the set's view (and drops its tilt)
};

// The smooth ease-in-out applied to phases (0 -> 0, 1 -> 1, flat at both ends).
double ease(double phase);

// What to draw at one moment: between two key poses (see frame_at below).
struct Frame {
  std::string from, to;  // key poses to draw between
  double phase = 0;      // 0..1, not yet eased (draw() eases)
};

namespace detail {
struct Stage;
// Out of line, where Stage is complete (figure_draw.cpp).
struct StageDelete {
  void operator()(const Stage* stage) const;
};
}  // namespace detail

// One exercise set up for drawing: framing, floor and fixed props are worked out once,
// so a shell animating it (60 frames a second) pays only for posing the body.
class Figure {
 public:
  explicit Figure(PoseSet set, const DrawOptions& options = {});
  // One key pose. An unknown pose name draws the set's first pose.
  Drawing draw(std::string_view pose) const;
  // Between two key poses at `phase` (0..1, clamped, eased). The box fits every pose of
  // the set, so an animation keeps still framing.
  Drawing draw(std::string_view from, std::string_view to, double phase) const;
  Drawing draw(const Frame& frame) const;
  const PoseSet& set() const { return set_; }

 private:
  PoseSet set_;
  DrawOptions options_;
  // Owned, not shared: a Figure is made and used in place, and std::shared_ptr would bring
  // its run-time type machinery into the web module.
  std::unique_ptr<const detail::Stage, detail::StageDelete> stage_;
};

// One-off drawings (a Figure made and thrown away).
Drawing draw(const PoseSet& set, std::string_view pose, const DrawOptions& options = {});
Drawing draw(const PoseSet& set, std::string_view from, std::string_view to, double phase,
             const DrawOptions& options = {});

// ---- Timing for the session player --------------------------------------------------------

// What to show `seconds` into a rep (reps, continuous: start -> end -> start, looping) or
// a hold (still). With reduced motion nothing is interpolated: each half of a rep shows
// the key pose it moves to.
Frame frame_at(Motion kind, const Tempo& tempo, double seconds, bool reduced_motion);
// The same for an exercise; `rep_seconds` > 0 (the catalogue's dosage) stretches the
// set's tempo to that length, keeping its move/return ratio.
Frame frame_at(const PoseSet& set, double seconds, bool reduced_motion, double rep_seconds = 0);
// Seconds one rep takes (move + return); 0 for a hold.
double rep_seconds(Motion kind, const Tempo& tempo);

const char* to_string(Motion kind);
const char* to_string(View view);
const char* to_string(Placement placement);

}  // namespace limber::figure
