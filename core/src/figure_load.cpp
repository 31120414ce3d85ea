// Reading assets/poses/*.json: every mistake becomes a Problem naming the file, the
// exercise and "<pose>.<joint>", and a pose outside human joint ranges is refused.
#include <cmath>

#include "content_text.h"
#include "figure_skeleton.h"
#include "json_read.h"
#include "limber/figure.h"
#include "number_text.h"

namespace limber::figure {
namespace {

using json_read::Fields;
using json_read::json;
using json_read::Need;

const std::vector<std::string> kPlacements =
    content_text::string_list({"standing", "supine", "prone", "side_lying", "kneeling",
                               "half_kneeling", "quadruped", "seated_floor", "seated_chair"});
const std::vector<std::string> kKinds = content_text::string_list({"reps", "hold", "continuous"});
const std::vector<std::string> kViews = content_text::string_list({"side", "front", "top", "back"});
const std::vector<std::string> kPropTypes =
    content_text::string_list({"mat", "chair", "wall", "band", "strap", "bike", "line", "cushion"});
const char* const kPoseNames[] = {"start", "end", "hold"};
const std::vector<std::string> kPoseNameList = content_text::string_list({"start", "end", "hold"});

std::string degrees(double v) { return shortest(v); }

// Reads an optional number into `out`; false only when it is present and wrong.
bool optional_number(Fields& f, const char* key, double min, double max, double& out) {
  return f.read_number(key, min, max, out, Need::optional) || !f.has(key);
}

std::optional<Pose> read_pose(Fields& parent, const char* name) {
  const json* value = parent.object(name, Need::optional);
  if (!value) return std::nullopt;
  Fields f = parent.nested(*value, name);
  const int placement = f.choice_index("placement", kPlacements);
  // Without a placement the joints are still checked, against a standing body.
  Pose pose = placement_pose(placement >= 0 ? static_cast<Placement>(placement)
                                            : Placement::standing);
  bool good = placement >= 0;
  good = optional_number(f, "torso", -180, 180, pose.torso) && good;
  good = optional_number(f, "roll", -90, 90, pose.roll) && good;
  good = optional_number(f, "lift", 0, 0.6, pose.lift) && good;
  good = optional_number(f, "shift", -1, 1, pose.shift) && good;

  for (auto it = value->begin(); it != value->end(); ++it) {
    const std::string& key = it.key();
    if (key == "placement" || key == "torso" || key == "roll" || key == "lift" || key == "shift")
      continue;
    const auto joint = joint_by_name(key);
    if (!joint) {
      f.error(key, "is not a known joint (nor placement, torso, roll, lift, shift)");
      good = false;
      continue;
    }
    const JointRange& range = joint_ranges()[static_cast<int>(*joint)];
    if (!it->is_number()) {
      f.error(key, std::string("must be a number of degrees, not ") + json_read::type_name(*it));
      good = false;
      continue;
    }
    const double v = it->get<double>();
    if (!(v >= range.min && v <= range.max)) {
      std::string m = range.motion;
      m.append(" must stay within ").append(degrees(range.min)).append("..");
      m.append(degrees(range.max)).append(" degrees, not ").append(degrees(v));
      f.error(key, std::move(m));
      good = false;
      continue;
    }
    pose.angle(*joint) = v;
  }
  if (!good) return std::nullopt;
  return pose;
}

bool is_body_point(const std::string& s) { return body_point_by_name(s).has_value(); }

std::optional<Prop> read_prop(Fields& f) {
  const int type = f.choice_index("type", kPropTypes);
  if (type < 0) return std::nullopt;
  Prop prop;
  prop.type = static_cast<PropType>(type);
  const bool joins = prop.type == PropType::strap || prop.type == PropType::cushion;
  const bool needs_at = joins || prop.type == PropType::band || prop.type == PropType::wall;
  const bool takes_at = needs_at || prop.type == PropType::chair;
  bool good = true;
  if (takes_at) {
    if (const std::string* at = f.string_at("at", needs_at ? Need::required : Need::optional)) {
      const bool ok = is_body_point(*at) || (prop.type == PropType::wall && *at == "back") ||
                      (prop.type == PropType::chair && *at == "seat");
      if (!ok) {
        f.error_quoting("at", *at, " is not a body point (e.g. near_hand, far_ankle)",
                        prop.type == PropType::wall    ? " or back"
                        : prop.type == PropType::chair ? " or seat"
                                                       : "");
        good = false;
      }
      prop.at = *at;
    } else if (f.has("at") || needs_at) {
      good = false;
    }
  }
  if (!f.read_choice("pose", kPoseNameList, prop.pose, Need::optional) && f.has("pose"))
    good = false;
  if (prop.type == PropType::band || joins) {
    const bool has_to = f.has("to"), has_post = f.has("post");
    if (joins && !has_to) {
      f.error("to", "is required");
      good = false;
    } else if (prop.type == PropType::band && has_to == has_post) {
      f.error("to", "a band goes either to another body point (to) or to a post (post)");
      good = false;
    }
    if (has_to) {
      const std::string* to = f.string_at("to");
      if (to && !is_body_point(*to)) {
        f.error_quoting("to", *to, " is not a body point");
        good = false;
      } else if (to) {
        prop.to = *to;
      } else {
        good = false;
      }
    }
    if (prop.type == PropType::band && has_post) {
      const json* post = f.array("post");
      if (!post || post->size() != 2 || !(*post)[0].is_number() || !(*post)[1].is_number() ||
          std::fabs((*post)[0].get<double>()) > 1 || std::fabs((*post)[1].get<double>()) > 1) {
        f.error("post", "must be [dx, dy]: the post's offset from `at`, each within -1..1");
        good = false;
      } else {
        prop.post_dx = (*post)[0].get<double>();
        prop.post_dy = (*post)[1].get<double>();
      }
    }
  }
  f.reject_unknown();
  if (!good) return std::nullopt;
  return prop;
}

std::string exercise_from_path(const std::string& file) {
  std::string name = file;
  const auto slash = name.rfind('/');
  if (slash != std::string::npos) name.erase(0, slash + 1);
  if (name.size() > 5 && name.compare(name.size() - 5, 5, ".json") == 0)
    name.resize(name.size() - 5);
  return name;
}

}  // namespace

std::optional<PoseSet> Poses::parse(std::string_view text, const std::string& file,
                                    Problems& problems) {
  const std::string id = exercise_from_path(file);
  const auto doc = json_read::parse(text, file, problems);
  if (!doc) return std::nullopt;
  const std::size_t before = problems.size();
  Fields f(*doc, file, id, problems);
  if (!f.ok()) return std::nullopt;

  PoseSet set;
  if (const std::string* exercise = f.string_at("exercise")) {
    if (*exercise != id)
      f.error_quoting("exercise", *exercise, " does not match the file name (",
                      (id + ".json)").c_str());
    set.exercise = *exercise;
  }
  const int kind = f.choice_index("kind", kKinds);
  if (kind >= 0) set.kind = static_cast<Motion>(kind);
  const int view = f.choice_index("view", kViews, Need::optional);
  if (view >= 0) set.view = static_cast<View>(view);
  f.read_number("tilt", 0, 60, set.tilt, Need::optional);
  f.read_number("hop", 0, 0.3, set.hop, Need::optional);
  if (const std::string* anchor = f.string_at("anchor", Need::optional)) {
    if (is_body_point(*anchor))
      set.anchor = *anchor;
    else
      f.error_quoting("anchor", *anchor, " is not a body point (e.g. pelvis, near_heel)");
  }
  if (const json* tempo = f.object("tempo", Need::optional)) {
    Fields t = f.nested(*tempo, "tempo");
    t.read_number("move_seconds", 0.2, 10, set.tempo.move_seconds);
    t.read_number("return_seconds", 0.2, 10, set.tempo.return_seconds);
    t.reject_unknown();
  }
  if (const json* props = f.array("props", Need::optional)) {
    for (std::size_t i = 0; i < props->size(); ++i) {
      const std::string key = json_read::item_path("props", i);
      Fields p = f.nested((*props)[i], key.c_str());
      if (!p.ok()) continue;
      if (auto prop = read_prop(p)) set.props.push_back(*prop);
    }
  }
  for (const char* name : kPoseNames)
    if (auto pose = read_pose(f, name)) set.poses[name] = *pose;
  f.reject_unknown();
  for (std::size_t i = 0; i < set.props.size(); ++i)
    if (!set.props[i].pose.empty() && !f.has(set.props[i].pose.c_str()))
      f.error_quoting(json_read::item_path("props", i) + ".pose", set.props[i].pose,
                      " is not a pose of this exercise");

  for (const auto& name : required_poses(set.kind)) {
    if (kind >= 0 && !f.has(name.c_str()))
      f.error(name, std::string("is required for a ").append(to_string(set.kind)).append(" exercise"));
  }
  // A side-lying body cannot turn smoothly into an upright one by blending angles.
  int lying = 0;
  for (const auto& [name, pose] : set.poses) lying += pose.placement == Placement::side_lying;
  if (lying != 0 && lying != static_cast<int>(set.poses.size()))
    f.error("start", "side_lying poses cannot be mixed with other placements in one exercise");
  if (set.tilt > 0) {
    // Props other than these are laid out on a floor seen edge-on.
    if (set.view == View::top) f.error("tilt", "is for side, front and back views only");
    bool level_props_only = true;
    for (const Prop& prop : set.props)
      level_props_only =
          level_props_only && (prop.type == PropType::mat || prop.type == PropType::strap ||
                               prop.type == PropType::line || prop.type == PropType::cushion ||
                               (prop.type == PropType::band && !prop.to.empty()));
    if (!level_props_only)
      f.error("tilt", "works only with a mat, line, strap, cushion or a band between body points");
  }
  for (const auto& [name, pose] : set.poses) {
    const bool lies = pose.placement == Placement::side_lying ||
                      pose.placement == Placement::supine || pose.placement == Placement::prone;
    if (set.view == View::top && !lies)
      f.error("view", std::string("top (looking down at the floor) is for lying poses; ")
                          .append(name)
                          .append(" is ")
                          .append(to_string(pose.placement)));
  }
  if (problems.size() != before) return std::nullopt;
  return set;
}

Poses Poses::load(const Assets& assets, Problems& problems) {
  Poses out;
  for (const auto& path : asset_paths(assets, "poses/")) {
    auto set = parse(assets.find(path)->second, path, problems);
    if (set) out.sets_[set->exercise] = std::move(*set);
  }
  return out;
}

const PoseSet* Poses::find(std::string_view exercise) const {
  auto it = sets_.find(exercise);
  return it == sets_.end() ? nullptr : &it->second;
}

std::optional<Motion> motion_for_dosage(std::string_view dosage_kind) {
  if (dosage_kind == "reps") return Motion::reps;
  if (dosage_kind == "hold") return Motion::hold;
  return std::nullopt;
}

Problems check_coverage(const Poses& poses, const std::vector<PoseNeed>& needs) {
  Problems out;
  for (const auto& need : needs) {
    const std::string file = "poses/" + need.exercise + ".json";
    const PoseSet* set = poses.find(need.exercise);
    if (!set) {
      out.push_back(
          {file, need.exercise, "", "has no valid pose file (every exercise needs a picture)"});
      continue;
    }
    const Motion kind = need.kind.value_or(set->kind);
    for (const auto& name : required_poses(kind))
      if (!set->find(name))
        out.push_back({file, need.exercise, name,
                       std::string("is required: the exercise is done as ") + to_string(kind)});
  }
  return out;
}

Problems check_coverage(const Poses& poses, const std::vector<std::string>& exercises) {
  std::vector<PoseNeed> needs;
  for (const auto& id : exercises) needs.push_back({id, std::nullopt});
  return check_coverage(poses, needs);
}

}  // namespace limber::figure
