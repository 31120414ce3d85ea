// From skeleton to picture: stand the posed body on the floor, project it, paint it back
// to front, and set up the props and the floor around it.
#include "figure_scene.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace limber::figure::detail {
namespace {

constexpr double kMatThickness = 0.018;
constexpr double kFloorThickness = 0.01;
constexpr double kTrunkRounding = 0.02;  // outline stroke that rounds the trunk's corners

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

// The trunk's outline in the picture: each section's reach across the projected spine.
Primitive trunk_outline(Layer layer, const std::array<Section, 6>& sections, const Camera& cam) {
  Primitive p{Primitive::Shape::polygon, layer, "trunk", {}, kTrunkRounding};
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
  for (const auto& pt : left) p.points.push_back(pt);
  for (auto it = right.rbegin(); it != right.rend(); ++it) p.points.push_back(*it);
  return p;
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
  std::vector<Primitive> items;
};

int point_index(const std::string& name, int fallback) {
  auto i = body_point_by_name(name);
  return i ? *i : fallback;
}

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

// ---- Props that stay put ------------------------------------------------------------------

void add_chair(const Prop& prop, const Placed& first, View view, std::vector<Primitive>& out) {
  const double leg = 0.022, t = 0.028, back_height = 0.27;
  const Point pelvis = first.at[kPelvis];
  const double under_pelvis = pelvis.y - Body::pelvis_depth - t / 2;
  auto held = body_point_by_name(prop.at);
  if (view == View::front || view == View::back) {
    // Seen from the front: a seat with two legs showing and the back rest above it.
    const double seat_y = held ? first.at[*held].y - back_height : under_pelvis;
    double cx = held ? first.at[*held].x : pelvis.x;
    const double w = 0.13;
    if (held) {
      // Both hands on the back rest (they are level and close): centre it between them.
      const int other = *held == kNearHand ? kFarHand : *held == kFarHand ? kNearHand : *held;
      const Point a = first.at[*held], b = first.at[other];
      if (std::fabs(a.y - b.y) < 0.08 && std::fabs(a.x - b.x) < 2 * w) cx = (a.x + b.x) / 2;
    }
    const double top = seat_y + back_height;
    out.push_back(capsule(Layer::prop, "chair", {cx - w, top}, {cx + w, top}, t));
    for (double s : {-1.0, 1.0}) {
      out.push_back(capsule(Layer::prop, "chair", {cx + s * w, 0}, {cx + s * w, top}, leg));
    }
    out.push_back(capsule(Layer::prop, "chair", {cx - w, seat_y}, {cx + w, seat_y}, t));
    return;
  }
  double back_x, seat_y, dir;  // dir: from the back rest toward the front of the seat
  if (held) {
    // Holding the top of the back rest; the seat points away from the person.
    const Point hand = first.at[*held];
    dir = hand.x >= pelvis.x ? 1 : -1;
    back_x = hand.x + dir * 0.01;
    seat_y = std::max(0.12, hand.y - back_height);
    out.push_back(capsule(Layer::prop, "chair", {back_x, seat_y}, {back_x, hand.y + 0.005}, t));
  } else {
    const Point knee = first.at[kNearKnee];
    dir = knee.x >= pelvis.x ? 1 : -1;
    back_x = pelvis.x - dir * 0.09;
    seat_y = under_pelvis;
    out.push_back(capsule(Layer::prop, "chair", {back_x, seat_y},
                          {back_x - dir * 0.02, seat_y + back_height}, t));
  }
  const double front_x = back_x + dir * 0.24;
  out.push_back(capsule(Layer::prop, "chair", {back_x, seat_y}, {front_x, seat_y}, t));
  out.push_back(capsule(Layer::prop, "chair", {back_x, seat_y}, {back_x, 0}, leg));
  out.push_back(capsule(Layer::prop, "chair", {front_x, seat_y}, {front_x, 0}, leg));
}

void add_wall(const Prop& prop, const Placed& first, const Stage& stage,
              std::vector<Primitive>& out) {
  const double thick = 0.035, top = std::max(1.05, stage.y1 + 0.05);
  const Point pelvis = first.at[kPelvis];
  double x, dir;
  if (auto p = body_point_by_name(prop.at)) {
    const Point touch = first.at[*p];
    dir = touch.x >= pelvis.x ? 1 : -1;
    x = touch.x + dir * Body::hand_thick / 2;
  } else {
    // Behind the back: beyond the trunk and head on the side away from the knees.
    dir = first.at[kNearKnee].x >= pelvis.x ? -1 : 1;
    x = pelvis.x;
    for (const auto& item : first.body)
      if (!std::strcmp(item.part, "trunk") || !std::strcmp(item.part, "head"))
        for (const auto& pt : item.points)
          x = dir < 0 ? std::min(x, pt.x - pad_of(item)) : std::max(x, pt.x + pad_of(item));
  }
  out.push_back(rect(Layer::prop, "wall", x, 0, x + dir * thick, top));
}

void add_bike(const Placed& first, std::vector<Primitive>& out) {
  const double t = 0.028;
  auto mid = [](Point a, Point b) { return Point{(a.x + b.x) / 2, (a.y + b.y) / 2}; };
  const Point seat{first.at[kPelvis].x, first.at[kPelvis].y - Body::pelvis_depth - t / 2};
  const Point near_pedal = mid(first.at[kNearAnkle], first.at[kNearToe]);
  const Point far_pedal = mid(first.at[kFarAnkle], first.at[kFarToe]);
  const Point crank = mid(near_pedal, far_pedal);
  const double dir = crank.x >= seat.x ? 1 : -1;
  const Point bars = mid(first.at[kNearHand], first.at[kFarHand]);
  const Point head_tube{crank.x + dir * 0.1, std::max(crank.y + 0.12, bars.y - 0.04)};
  const double base_y = 0.02, rear_x = seat.x - dir * 0.12, front_x = crank.x + dir * 0.2;
  out.push_back(capsule(Layer::prop, "bike", {seat.x - dir * 0.05, seat.y},
                        {seat.x + dir * 0.05, seat.y}, 0.035));
  out.push_back(capsule(Layer::prop, "bike", seat, crank, t));
  out.push_back(capsule(Layer::prop, "bike", crank, head_tube, t));
  out.push_back(capsule(Layer::prop, "bike", head_tube, bars, t));
  out.push_back(
      capsule(Layer::prop, "bike", {seat.x - dir * 0.02, seat.y - 0.06}, {rear_x, base_y}, t));
  out.push_back(capsule(Layer::prop, "bike", crank, {front_x, base_y}, t));
  out.push_back(capsule(Layer::prop, "bike", {rear_x - dir * 0.04, base_y},
                        {front_x + dir * 0.04, base_y}, t));
  out.push_back(circle(Layer::prop, "bike", crank, 0.03));
}

// A rectangle on the floor (world y = 0) seen through a tilted camera.
Primitive floor_quad(Layer layer, const char* part, const Camera& cam, double x0, double x1,
                     double z0, double z1) {
  Primitive p{Primitive::Shape::polygon, layer, part, {}, 0};
  for (const V3& c : {V3{x0, 0, z0}, V3{x1, 0, z0}, V3{x1, 0, z1}, V3{x0, 0, z1}})
    p.points.push_back({cam.px(c), cam.py(c)});
  return p;
}

}  // namespace

Pose blend(const PoseSet& set, const Pose& a, const Pose& b, double t) {
  Pose out = t < 0.5 ? a : b;
  auto mix = [t](double x, double y) { return x + (y - x) * t; };
  out.torso = mix(a.torso, b.torso);
  out.roll = mix(a.roll, b.roll);
  out.lift = mix(a.lift, b.lift);
  if (&a != &b) out.lift += set.hop * std::sin(t * 3.14159265358979323846);
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
  std::vector<Group> groups;
  auto leg = [&](Layer layer, int hip, int knee, int ankle, int heel, int toe) {
    groups.push_back({(depth[hip] + depth[knee] + depth[ankle]) / 3,
                      {capsule(layer, "foot", at[heel], at[toe], Body::foot_thick),
                       capsule(layer, "foot", at[ankle], at[toe], Body::foot_thick),
                       capsule(layer, "shin", at[knee], at[ankle], Body::shin_thick),
                       capsule(layer, "thigh", at[hip], at[knee], Body::thigh_thick)}});
  };
  auto arm = [&](Layer layer, int shoulder, int elbow, int wrist, int hand) {
    groups.push_back({(depth[shoulder] + depth[elbow] + depth[wrist]) / 3,
                      {capsule(layer, "upper-arm", at[shoulder], at[elbow], Body::upper_arm_thick),
                       capsule(layer, "forearm", at[elbow], at[wrist], Body::forearm_thick),
                       capsule(layer, "hand", at[wrist], at[hand], Body::hand_thick)}});
  };
  leg(far, kFarHip, kFarKnee, kFarAnkle, kFarHeel, kFarToe);
  arm(far, kFarShoulder, kFarElbow, kFarWrist, kFarHand);
  {
    const V3 skull = sk.at[kNeck] + sk.head.u * Body::neck;
    groups.push_back(
        {depth[kPelvis],
         {capsule(near, "neck", at[kNeck], {cam.px(skull), cam.py(skull)}, Body::neck_thick),
          trunk_outline(near, trunk_sections(sk, sk.at), cam),
          circle(near, "head", at[kHead], Body::head_radius)}});
  }
  leg(near, kNearHip, kNearKnee, kNearAnkle, kNearHeel, kNearToe);
  arm(near, kNearShoulder, kNearElbow, kNearWrist, kNearHand);
  // Painter's order by depth; the fixed order above breaks near-ties (front views).
  std::vector<std::pair<double, int>> order;
  for (int i = 0; i < static_cast<int>(groups.size()); ++i)
    order.push_back({groups[i].depth + i * 0.01, i});
  std::stable_sort(order.begin(), order.end());
  for (const auto& [key, i] : order)
    for (auto& item : groups[i].items) out.body.push_back(std::move(item));

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
  std::vector<Pose> samples;
  for (const Pose* p : keys) samples.push_back(*p);
  const Pose* start = set.find("start");
  const Pose* end = set.find("end");
  if (start && end)
    for (int i = 1; i < 32; ++i) samples.push_back(blend(set, *start, *end, ease(i / 32.0)));
  for (const Pose& p : samples) {
    const Placed placed = place(set, p, stage);
    for (const auto& item : placed.body) grow(stage, item);
    for (const V3& w : placed.world) {
      wx0 = std::min(wx0, w.x), wx1 = std::max(wx1, w.x);
      wz0 = std::min(wz0, w.z), wz1 = std::max(wz1, w.z);
    }
  }
  const double body_x0 = stage.x0, body_x1 = stage.x1, body_y0 = stage.y0, body_y1 = stage.y1;

  std::vector<Primitive> props;
  stage.posts.assign(set.props.size(), Point{});
  for (std::size_t i = 0; i < set.props.size(); ++i) {
    const Prop& prop = set.props[i];
    const Pose* at_pose = prop.pose.empty() ? nullptr : set.find(prop.pose);
    const Placed ref = at_pose ? place(set, *at_pose, stage) : stage.first;
    switch (prop.type) {
      case PropType::mat:
        if (view == View::top)
          props.push_back(rect(Layer::prop, "mat", body_x0 - 0.05, body_y0 - 0.05, body_x1 + 0.05,
                               body_y1 + 0.05));
        else if (!stage.flat_floor)
          props.push_back(floor_quad(Layer::prop, "mat", stage.cam, wx0 - 0.1, wx1 + 0.1,
                                     wz0 - 0.12, wz1 + 0.12));
        else
          props.push_back(
              rect(Layer::prop, "mat", body_x0 - 0.03, 0, body_x1 + 0.03, kMatThickness));
        break;
      case PropType::chair:
        add_chair(prop, ref, view, props);
        break;
      case PropType::wall:
        add_wall(prop, ref, stage, props);
        break;
      case PropType::bike:
        add_bike(ref, props);
        break;
      case PropType::line:
        // A strip of tape on the floor where the anchor stands, running away from the
        // viewer: a short bar on a level floor, a stripe when the camera looks down.
        if (stage.flat_floor) {
          props.push_back(rect(Layer::prop, "line", -0.06, 0, 0.06, 0.016));
        } else {
          const V3 along{-stage.cam.right.z, 0, stage.cam.right.x};  // level, across `right`
          const V3 a = along * 0.35, b = along * -0.35;
          props.push_back(capsule(Layer::prop, "line", {stage.cam.px(a), stage.cam.py(a)},
                                  {stage.cam.px(b), stage.cam.py(b)}, 0.02));
        }
        break;
      case PropType::band:
        if (prop.to.empty()) {
          const int at = point_index(prop.at, kNearAnkle);
          const Point post{ref.at[at].x + prop.post_dx, ref.at[at].y + prop.post_dy};
          stage.posts[i] = post;
          props.push_back(
              capsule(Layer::prop, "post", {post.x, 0}, {post.x, post.y + 0.05}, 0.035));
        }
        break;
      case PropType::strap:
      case PropType::cushion:
        break;
    }
  }
  for (const auto& p : props) grow(stage, p);
  if (stage.flat_floor) {
    const Primitive floor = capsule(Layer::floor, "floor", {stage.x0 - 0.06, -kFloorThickness / 2},
                                    {stage.x1 + 0.06, -kFloorThickness / 2}, kFloorThickness);
    grow(stage, floor);
    stage.back.push_back(floor);
  } else if (view != View::top && !has_prop(set, PropType::mat)) {
    const Primitive floor =
        floor_quad(Layer::floor, "floor", stage.cam, wx0 - 0.1, wx1 + 0.1, wz0 - 0.12, wz1 + 0.12);
    grow(stage, floor);
    stage.back.push_back(floor);
  }
  // Mats first (they lie under everything), then the rest.
  std::stable_partition(props.begin(), props.end(),
                        [](const Primitive& p) { return !std::strcmp(p.part, "mat"); });
  for (auto& p : props) stage.back.push_back(std::move(p));
  return stage;
}

std::vector<Primitive> front_props(const PoseSet& set, const Placed& now, const Stage& stage) {
  std::vector<Primitive> out;
  for (std::size_t i = 0; i < set.props.size(); ++i) {
    const Prop& prop = set.props[i];
    const Point from = now.at[point_index(prop.at, kNearAnkle)];
    const Point to = prop.to.empty() ? stage.posts[i] : now.at[point_index(prop.to, kNearHand)];
    if (prop.type == PropType::band || prop.type == PropType::strap) {
      out.push_back(
          capsule(Layer::prop, prop.type == PropType::band ? "band" : "strap", from, to, 0.016));
    } else if (prop.type == PropType::cushion) {
      // Squeezed between two body parts (knees): it fills the gap between them.
      const double gap = std::hypot(to.x - from.x, to.y - from.y) - Body::thigh_thick;
      out.push_back(circle(Layer::prop, "cushion", {(from.x + to.x) / 2, (from.y + to.y) / 2},
                           std::max(gap / 2, 0.02)));
    }
  }
  return out;
}

}  // namespace limber::figure::detail
