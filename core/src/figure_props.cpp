// Props: what stays put while the body moves (mat, chair, wall, band post, bike, tape on
// the floor) is set up once from a key pose; bands, straps and cushions follow the body.
#include <algorithm>
#include <cmath>
#include <cstring>

#include "figure_scene.h"

namespace limber::figure::detail {
namespace {

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

}  // namespace

Primitive floor_quad(Layer layer, const char* part, const Camera& cam, const Footprint& f) {
  Primitive p{Primitive::Shape::polygon, layer, part, {}, 0};
  for (const V3& c : {V3{f.x0, 0, f.z0}, V3{f.x1, 0, f.z0}, V3{f.x1, 0, f.z1}, V3{f.x0, 0, f.z1}})
    p.points.push_back({cam.px(c), cam.py(c)});
  return p;
}

std::vector<Primitive> fixed_props(const PoseSet& set, Stage& stage, const Bounds& body,
                                   const Footprint& floor) {
  std::vector<Primitive> props;
  stage.posts = std::vector<Point>(set.props.size());  // zero points, like assign(n, {})
  for (std::size_t i = 0; i < set.props.size(); ++i) {
    const Prop& prop = set.props[i];
    const Pose* at_pose = prop.pose.empty() ? nullptr : set.find(prop.pose);
    const Placed ref = at_pose ? place(set, *at_pose, stage) : stage.first;
    switch (prop.type) {
      case PropType::mat:
        if (stage.view == View::top)
          props.push_back(rect(Layer::prop, "mat", body.x0 - 0.05, body.y0 - 0.05, body.x1 + 0.05,
                               body.y1 + 0.05));
        else if (!stage.flat_floor)
          props.push_back(floor_quad(Layer::prop, "mat", stage.cam, floor));
        else
          props.push_back(
              rect(Layer::prop, "mat", body.x0 - 0.03, 0, body.x1 + 0.03, kMatThickness));
        break;
      case PropType::chair:
        add_chair(prop, ref, stage.view, props);
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
  return props;
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
