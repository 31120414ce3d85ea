// From skeleton to picture: stand the posed body on the floor, project it, paint it back
// to front, and set up the props and the floor around it.
#include "figure_scene.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include "sort_by.h"
#include "figure_trig.h"

namespace limber::figure::detail {

Primitive capsule(Layer layer, const char* part, Point a, Point b, double thickness) {
  return {Primitive::Shape::capsule, layer, part, {a, b}, thickness};
}
Primitive circle(Layer layer, const char* part, Point c, double radius) {
  return {Primitive::Shape::circle, layer, part, {c}, radius};
}
Primitive rect(Layer layer, const char* part, double x0, double y0, double x1, double y1) {
  return {Primitive::Shape::polygon, layer, part, {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}}, 0};
}

double pad_of(const Primitive& p) {
  switch (p.shape) {
    case Primitive::Shape::capsule:
      return p.size / 2;
    case Primitive::Shape::circle:
      return p.size;
    case Primitive::Shape::polygon:
      return p.size / 2;
  }
  return 0;
}

int point_index(const std::string& name, int fallback) {
  auto i = body_point_by_name(name);
  return i ? *i : fallback;
}

namespace {

constexpr double kFloorThickness = 0.01;
constexpr double kTrunkRounding = 0.02;  // outline stroke that rounds the trunk's corners

// One cross-section of the trunk: a centre on the spine, the segment's axes and the
// ellipse (half-depth front to back, half-width side to side) the body has there.
struct Section {
  V3 centre;
  const Axes* axes;
  double depth, width;
};

std::array<Section, 6> trunk_sections(const Skeleton& s, const std::array<V3, kPointCount>& at) {
  const V3 chest = at[kWaist] + s.upper_trunk.u * (Body::upper_trunk / 2);
  return {{
      {at[kPelvis] - s.pelvis.u * 0.045, &s.pelvis, Body::pelvis_depth * 0.85,
       Body::pelvis_width * 0.85},
      {at[kPelvis], &s.pelvis, Body::pelvis_depth, Body::pelvis_width},
      {at[kWaist], &s.lower_trunk, Body::waist_depth, Body::waist_width},
      {chest, &s.upper_trunk, Body::chest_depth, Body::chest_width},
      {at[kNeck] - s.upper_trunk.u * 0.015, &s.upper_trunk, Body::shoulder_depth,
       Body::shoulder_width},
      {at[kNeck] + s.upper_trunk.u * 0.02, &s.upper_trunk, Body::shoulder_depth * 0.6,
       Body::shoulder_width * 0.6},
  }};
}

// How far an elliptical section reaches along `dir` (a unit vector) from its centre.
double reach(const Section& s, V3 dir) {
  const double a = s.depth * dot(s.axes->f, dir), b = s.width * dot(s.axes->n, dir);
  return std::sqrt(a * a + b * b);
}

// The trunk's outline in the picture: each section's reach across the projected spine,
// as a strip of four-sided pieces (each convex, so any shell can fill them).
void trunk_outline(std::vector<Primitive>& out, Layer layer,
                   const std::array<Section, 6>& sections, const Camera& cam) {
  std::array<Point, 6> left{}, right{};
  for (std::size_t i = 0; i < sections.size(); ++i) {
    const std::size_t a = i == 0 ? 0 : i - 1, b = i + 1 < sections.size() ? i + 1 : i;
    const V3 along = sections[b].centre - sections[a].centre;
    const double ax = cam.px(along), ay = cam.py(along), len = std::hypot(ax, ay);
    const V3 across = len > 1e-6 ? cam.right * (-ay / len) + cam.up * (ax / len) : cam.right;
    const double r = std::max(reach(sections[i], across) - kTrunkRounding / 2, 0.005);
    const Point c{cam.px(sections[i].centre), cam.py(sections[i].centre)};
    const Point e{cam.px(across), cam.py(across)};
    left[i] = {c.x - e.x * r, c.y - e.y * r};
    right[i] = {c.x + e.x * r, c.y + e.y * r};
  }
  for (std::size_t i = 0; i + 1 < sections.size(); ++i)
    out.push_back({Primitive::Shape::polygon,
                   layer,
                   "trunk",
                   {left[i], left[i + 1], right[i + 1], right[i]},
                   kTrunkRounding});
}

// How far below each body point the drawn body reaches (for standing it on the floor).
double lowest_world(const Skeleton& s, const std::array<V3, kPointCount>& at) {
  const V3 down{0, -1, 0};
  double low = at[kHead].y - Body::head_radius;
  for (const Section& sec : trunk_sections(s, at))
    low = std::min(low, sec.centre.y - reach(sec, down));
  struct Round {
    int point;
    double radius;
  };
  const Round rounds[] = {
      {kNearKnee, Body::thigh_thick / 2},      {kFarKnee, Body::thigh_thick / 2},
      {kNearAnkle, Body::shin_thick / 2},      {kFarAnkle, Body::shin_thick / 2},
      {kNearHeel, Body::foot_thick / 2},       {kFarHeel, Body::foot_thick / 2},
      {kNearToe, Body::foot_thick / 2},        {kFarToe, Body::foot_thick / 2},
      {kNearElbow, Body::upper_arm_thick / 2}, {kFarElbow, Body::upper_arm_thick / 2},
      {kNearWrist, Body::forearm_thick / 2},   {kFarWrist, Body::forearm_thick / 2},
      {kNearHand, Body::hand_thick / 2},       {kFarHand, Body::hand_thick / 2},
  };
  for (const Round& r : rounds) low = std::min(low, at[r.point].y - r.radius);
  return low;
}

struct Group {
  double depth;
  std::size_t begin, end;  // a run of place()'s list of pieces
};

bool has_prop(const PoseSet& set, PropType type) {
  for (const auto& p : set.props)
    if (p.type == type) return true;
  return false;
}

// The key poses in the order they are shown.
std::vector<const Pose*> key_poses(const PoseSet& set) {
  std::vector<const Pose*> out;
  for (const char* name : {"start", "hold", "end"})
    if (const Pose* p = set.find(name)) out.push_back(p);
  return out;
}

void grow(Stage& s, const Primitive& p) {
  const double pad = pad_of(p);
  for (const auto& pt : p.points) {
    s.x0 = std::min(s.x0, pt.x - pad);
    s.x1 = std::max(s.x1, pt.x + pad);
    s.y0 = std::min(s.y0, pt.y - pad);
    s.y1 = std::max(s.y1, pt.y + pad);
  }
}

}  // namespace

Pose blend(const PoseSet& set, const Pose& a, const Pose& b, double t) {
  Pose out = t < 0.5 ? a : b;
  auto mix = [t](double x, double y) { return x + (y - x) * t; };
  out.torso = mix(a.torso, b.torso);
  out.roll = mix(a.roll, b.roll);
  out.lift = mix(a.lift, b.lift);
  if (&a != &b) out.lift += set.hop * detail::sin_of(t * 3.14159265358979323846);
  out.shift = mix(a.shift, b.shift);
  for (int i = 0; i < kJointCount; ++i) out.angles[i] = mix(a.angles[i], b.angles[i]);
  return out;
}

Placed place(const PoseSet& set, const Pose& pose, const Stage& stage) {
  Skeleton sk = pose_skeleton(pose);
  const Camera& cam = stage.cam;
  Placed out;

  // Keep the pelvis on a seat, or stand the body on the floor: here by its 3D shape (a
  // tilted or top view), below by its drawn outline when the floor is a line.
  double dy = stage.seat_height >= 0 ? stage.seat_height - sk.at[kPelvis].y
                                     : stage.ground + pose.lift - lowest_world(sk, sk.at);
  for (auto& p : sk.at) p.y += dy;
  const int anchor = point_index(set.anchor, kPelvis);
  V3 move = cam.right * (pose.shift - cam.px(sk.at[anchor]));
  if (stage.view == View::top) move = move - cam.up * cam.py(sk.at[anchor]);
  for (auto& p : sk.at) p = p + move;
  out.world = sk.at;

  std::array<double, kPointCount> depth{};
  for (int i = 0; i < kPointCount; ++i) {
    out.at[i] = {cam.px(sk.at[i]), cam.py(sk.at[i])};
    depth[i] = cam.depth(sk.at[i]);
  }
  const auto& at = out.at;

  // Far limbs are drawn lighter where the view separates the two sides of the body.
  const bool sides_overlap = stage.view == View::front || stage.view == View::back;
  const Layer far = sides_overlap ? Layer::body_near : Layer::body_far;
  const Layer near = Layer::body_near;
  // Every body piece in one list; a group is a run of it, painted as one.
  std::vector<Primitive> items;
  std::array<Group, 5> groups{};
  std::size_t count = 0;
  auto group = [&](double d) { groups[count++] = {d, items.size(), 0}; };
  auto end_group = [&] { groups[count - 1].end = items.size(); };
  auto leg = [&](Layer layer, int hip, int knee, int ankle, int heel, int toe) {
    group((depth[hip] + depth[knee] + depth[ankle]) / 3);
    items.push_back(capsule(layer, "foot", at[heel], at[toe], Body::foot_thick));
    items.push_back(capsule(layer, "foot", at[ankle], at[toe], Body::foot_thick));
    items.push_back(capsule(layer, "shin", at[knee], at[ankle], Body::shin_thick));
    items.push_back(capsule(layer, "thigh", at[hip], at[knee], Body::thigh_thick));
    end_group();
  };
  auto arm = [&](Layer layer, int shoulder, int elbow, int wrist, int hand) {
    group((depth[shoulder] + depth[elbow] + depth[wrist]) / 3);
    items.push_back(capsule(layer, "upper-arm", at[shoulder], at[elbow], Body::upper_arm_thick));
    items.push_back(capsule(layer, "forearm", at[elbow], at[wrist], Body::forearm_thick));
    items.push_back(capsule(layer, "hand", at[wrist], at[hand], Body::hand_thick));
    end_group();
  };
  leg(far, kFarHip, kFarKnee, kFarAnkle, kFarHeel, kFarToe);
  arm(far, kFarShoulder, kFarElbow, kFarWrist, kFarHand);
  {
    const V3 skull = sk.at[kNeck] + sk.head.u * Body::neck;
    group(depth[kPelvis]);
    items.push_back(
        capsule(near, "neck", at[kNeck], {cam.px(skull), cam.py(skull)}, Body::neck_thick));
    trunk_outline(items, near, trunk_sections(sk, sk.at), cam);
    items.push_back(circle(near, "head", at[kHead], Body::head_radius));
    end_group();
  }
  leg(near, kNearHip, kNearKnee, kNearAnkle, kNearHeel, kNearToe);
  arm(near, kNearShoulder, kNearElbow, kNearWrist, kNearHand);
  // Painter's order by depth; the fixed order above breaks near-ties (front views).
  // (Sorted as indices: stable, so equal keys keep that order, as sorting (key, i) pairs did.)
  const std::vector<std::size_t> order = stable_order(
      count,
      [](const void* g, std::size_t a, std::size_t b) {
        const auto* list = static_cast<const Group*>(g);
        return list[a].depth + static_cast<double>(a) * 0.01 <
               list[b].depth + static_cast<double>(b) * 0.01;
      },
      groups.data());
  for (std::size_t i : order)
    for (std::size_t j = groups[i].begin; j < groups[i].end; ++j)
      out.body.push_back(std::move(items[j]));

  if (stage.flat_floor && stage.seat_height < 0) {
    // The picture's y is the world's height: rest the drawn outline exactly on the floor.
    double low = 1e9;
    for (const auto& item : out.body)
      for (const auto& pt : item.points) low = std::min(low, pt.y - pad_of(item));
    dy = stage.ground + pose.lift - low;
    for (auto& p : out.world) p.y += dy;
    for (auto& p : out.at) p.y += dy;
    for (auto& item : out.body)
      for (auto& pt : item.points) pt.y += dy;
  }
  return out;
}

Stage make_stage(const PoseSet& set, View view, double tilt) {
  Stage stage;
  stage.view = view;
  stage.cam = Camera::of(view, view == View::top ? 0 : tilt);
  stage.flat_floor = view != View::top && tilt == 0;
  if (has_prop(set, PropType::mat)) stage.ground = kMatThickness;
  const auto keys = key_poses(set);
  if (keys.empty()) return stage;

  if (has_prop(set, PropType::bike)) {
    // Feet on pedals never touch the floor: the seat holds the pelvis at one height.
    double seat = 0;
    for (const Pose* p : keys) {
      const Placed free = place(set, *p, stage);
      seat = std::max(seat, free.world[kPelvis].y);
    }
    stage.seat_height = seat + 0.1;
  }
  stage.first = place(set, *keys.front(), stage);

  // Bounds of the body over the whole movement (sampled) and of every key pose.
  stage.x0 = stage.y0 = 1e9;
  stage.x1 = stage.y1 = -1e9;
  double wx0 = 1e9, wx1 = -1e9, wz0 = 1e9, wz1 = -1e9;  // footprint on the floor
  // Each sample is measured as it is made (key poses, then the blends): a list of copied
  // poses would only add vector<Pose> code to the web module.
  auto measure = [&](const Pose& p) {
    const Placed placed = place(set, p, stage);
    for (const auto& item : placed.body) grow(stage, item);
    for (const V3& w : placed.world) {
      wx0 = std::min(wx0, w.x), wx1 = std::max(wx1, w.x);
      wz0 = std::min(wz0, w.z), wz1 = std::max(wz1, w.z);
    }
  };
  for (const Pose* p : keys) measure(*p);
  const Pose* start = set.find("start");
  const Pose* end = set.find("end");
  if (start && end)
    for (int i = 1; i < 32; ++i) measure(blend(set, *start, *end, ease(i / 32.0)));
  const Footprint floor_area{wx0 - 0.1, wx1 + 0.1, wz0 - 0.12, wz1 + 0.12};

  std::vector<Primitive> props =
      fixed_props(set, stage, {stage.x0, stage.y0, stage.x1, stage.y1}, floor_area);
  for (const auto& p : props) grow(stage, p);
  if (stage.flat_floor) {
    const Primitive floor = capsule(Layer::floor, "floor", {stage.x0 - 0.06, -kFloorThickness / 2},
                                    {stage.x1 + 0.06, -kFloorThickness / 2}, kFloorThickness);
    grow(stage, floor);
    stage.back.push_back(floor);
  } else if (view != View::top && !has_prop(set, PropType::mat)) {
    const Primitive floor = floor_quad(Layer::floor, "floor", stage.cam, floor_area);
    grow(stage, floor);
    stage.back.push_back(floor);
  }
  // Mats first (they lie under everything), then the rest.
  sort_by(props, [](const Primitive& a, const Primitive& b) {
    return !std::strcmp(a.part, "mat") && std::strcmp(b.part, "mat");
  });
  for (auto& p : props) stage.back.push_back(std::move(p));
  return stage;
}

}  // namespace limber::figure::detail
