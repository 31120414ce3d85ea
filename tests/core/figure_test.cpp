#include "limber/figure.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <random>
#include <set>

#include "json_read.h"
#include "limber/figure_svg.h"

namespace limber::figure {
namespace {

// The exercise ids of the shared vocabulary (VOCABULARY.md): every one needs a picture.
const std::vector<std::string> kVocabulary = {
    "leg_swing_front_back",
    "leg_swing_side_to_side",
    "hip_circles",
    "glute_bridge",
    "cat_cow",
    "marching_in_place",
    "seated_figure_four",
    "supine_figure_four",
    "pigeon_stretch",
    "kneeling_hip_flexor_stretch",
    "standing_hip_flexor_stretch",
    "standing_quad_stretch",
    "side_lying_quad_stretch",
    "prone_quad_stretch",
    "single_knee_to_chest",
    "double_knee_to_chest",
    "childs_pose",
    "supine_hamstring_strap",
    "butterfly_stretch",
    "supine_spinal_twist",
    "straight_leg_raise",
    "resisted_hip_flexion_band",
    "band_hip_extension",
    "band_hip_abduction",
    "band_hip_adduction",
    "clamshell",
    "side_lying_leg_raise",
    "prone_leg_lift",
    "bird_dog",
    "dead_bug",
    "glute_bridge_march",
    "bodyweight_squat",
    "hip_hinge",
    "split_squat",
    "lateral_lunge",
    "lateral_band_walk",
    "single_leg_balance",
    "wall_sit",
    "squat_jump",
    "skater_hop",
    "lateral_line_hops",
    "walking",
    "stationary_cycling",
};

const Poses& embedded_poses() {
  static const Poses poses = [] {
    Problems problems;
    Poses p = Poses::load(embedded_assets(), problems);
    EXPECT_TRUE(problems.empty()) << to_string(problems);
    return p;
  }();
  return poses;
}

std::string lines(const Problems& problems) { return to_string(problems); }

// ---- The shipped poses ------------------------------------------------------------------

TEST(FigurePoses, EveryShippedPoseFileIsValid) {
  Problems problems;
  const Poses poses = Poses::load(embedded_assets(), problems);
  EXPECT_TRUE(problems.empty()) << lines(problems);
  EXPECT_EQ(poses.all().size(), asset_paths(embedded_assets(), "poses/").size());
}

TEST(FigurePoses, EveryVocabularyExerciseHasTheKeyPosesItsKindNeeds) {
  const Poses& poses = embedded_poses();
  EXPECT_EQ(kVocabulary.size(), 43u);
  EXPECT_TRUE(check_coverage(poses, kVocabulary).empty())
      << lines(check_coverage(poses, kVocabulary));
  for (const auto& id : kVocabulary) {
    const PoseSet* set = poses.find(id);
    ASSERT_NE(set, nullptr) << id;
    for (const auto& name : required_poses(set->kind))
      EXPECT_TRUE(set->find(name)) << id << " " << name;
  }
}

// When the catalogue is part of the assets, its dosage decides which poses are needed.
TEST(FigurePoses, CatalogueExercisesHaveThePosesTheirDosageNeeds) {
  std::vector<PoseNeed> needs;
  for (const auto& path : asset_paths(embedded_assets(), "exercises/")) {
    auto doc = json_read::parse(embedded_assets().find(path)->second, nullptr);
    ASSERT_TRUE(doc && doc->is_object()) << path;
    auto id = doc->find("id");
    auto dosage = doc->find("dosage");
    if (id == doc->end() || !id->is_string()) continue;
    std::optional<Motion> kind;
    if (dosage != doc->end() && dosage->is_object()) {
      auto k = dosage->find("kind");
      if (k != dosage->end() && k->is_string()) kind = motion_for_dosage(k->get<std::string>());
    }
    needs.push_back({id->get<std::string>(), kind});
  }
  if (needs.empty()) GTEST_SKIP() << "no catalogue in the assets yet";
  const Problems problems = check_coverage(embedded_poses(), needs);
  EXPECT_TRUE(problems.empty()) << lines(problems);
}

TEST(FigurePoses, PlacementRestingPosesAreWithinJointRanges) {
  for (int p = 0; p <= static_cast<int>(Placement::seated_chair); ++p) {
    const Pose pose = placement_pose(static_cast<Placement>(p));
    for (const auto& range : joint_ranges()) {
      EXPECT_GE(pose.angle(range.joint), range.min)
          << to_string(pose.placement) << " " << range.name;
      EXPECT_LE(pose.angle(range.joint), range.max)
          << to_string(pose.placement) << " " << range.name;
    }
  }
  std::set<std::string> names;
  for (const auto& range : joint_ranges()) {
    EXPECT_TRUE(names.insert(range.name).second) << range.name;
    EXPECT_EQ(joint_by_name(range.name), range.joint);
    EXPECT_LT(range.min, range.max);
  }
  EXPECT_EQ(names.size(), static_cast<std::size_t>(kJointCount));
}

// ---- Validation -------------------------------------------------------------------------

Problems parse_problems(const std::string& text, const std::string& file = "poses/x.json") {
  Problems problems;
  auto set = Poses::parse(text, file, problems);
  EXPECT_EQ(set.has_value(), problems.empty());
  return problems;
}

TEST(FigureValidation, JointBeyondHumanRangeNamesFileExercisePoseAndJoint) {
  const Problems problems = parse_problems(R"({
    "exercise": "glute_bridge", "kind": "reps",
    "start": {"placement": "supine", "near_knee": 170},
    "end": {"placement": "supine", "far_hip": -45}})",
                                           "poses/glute_bridge.json");
  ASSERT_EQ(problems.size(), 2u) << lines(problems);
  EXPECT_EQ(problems[0].file, "poses/glute_bridge.json");
  EXPECT_EQ(problems[0].entry, "glute_bridge");
  EXPECT_EQ(problems[0].field, "start.near_knee");
  EXPECT_NE(problems[0].message.find("knee flexion"), std::string::npos) << problems[0].message;
  EXPECT_NE(problems[0].message.find("0..150"), std::string::npos) << problems[0].message;
  EXPECT_NE(problems[0].message.find("170"), std::string::npos) << problems[0].message;
  EXPECT_EQ(problems[1].field, "end.far_hip");
  EXPECT_NE(problems[1].message.find("hip flexion"), std::string::npos);
}

TEST(FigureValidation, EveryJointLimitIsEnforcedAtBothEnds) {
  for (const auto& range : joint_ranges()) {
    for (double bad : {range.min - 1, range.max + 1}) {
      const std::string text =
          R"({"exercise": "x", "kind": "hold", "hold": {"placement": "standing", ")" +
          std::string(range.name) + "\": " + std::to_string(bad) + "}}";
      const Problems problems = parse_problems(text);
      ASSERT_EQ(problems.size(), 1u) << range.name << " " << bad << "\n" << lines(problems);
      EXPECT_EQ(problems[0].field, std::string("hold.") + range.name);
    }
    for (double good : {range.min, range.max}) {
      const std::string text =
          R"({"exercise": "x", "kind": "hold", "hold": {"placement": "standing", ")" +
          std::string(range.name) + "\": " + std::to_string(good) + "}}";
      EXPECT_TRUE(parse_problems(text).empty()) << range.name << " " << good;
    }
  }
}

TEST(FigureValidation, MistakesAreEachReportedWithTheirPath) {
  struct Case {
    const char* json;
    const char* field;
    const char* says;
  };
  const Case cases[] = {
      {R"({"exercise":"x","kind":"hold","hold":{"placement":"standing","near_kne":10}})",
       "hold.near_kne", "not a known joint"},
      {R"({"exercise":"x","kind":"hold","hold":{"placement":"standing","near_knee":"bent"}})",
       "hold.near_knee", "number of degrees"},
      {R"({"exercise":"x","kind":"hold","hold":{"placement":"hovering"}})", "hold.placement",
       "not one of"},
      {R"({"exercise":"x","kind":"hold","hold":{"near_knee":10}})", "hold.placement",
       "is required"},
      {R"({"exercise":"x","kind":"reps","start":{"placement":"standing"}})", "end",
       "required for a reps exercise"},
      {R"({"exercise":"x","kind":"hold","start":{"placement":"standing"}})", "hold",
       "required for a hold exercise"},
      {R"({"exercise":"x","kind":"sometimes","hold":{"placement":"standing"}})", "kind",
       "not one of"},
      {R"({"exercise":"y","kind":"hold","hold":{"placement":"standing"}})", "exercise",
       "does not match the file name"},
      {R"({"exercise":"x","kind":"hold","hold":{"placement":"standing","torso":200}})",
       "hold.torso", "between -180 and 180"},
      {R"({"exercise":"x","kind":"hold","middle":{"placement":"standing"},"hold":{"placement":"standing"}})",
       "middle", "not a known field"},
      {R"({"exercise":"x","kind":"hold","props":[{"type":"rope"}],"hold":{"placement":"standing"}})",
       "props[0].type", "not one of"},
      {R"({"exercise":"x","kind":"hold","props":[{"type":"band","at":"near_ankle"}],"hold":{"placement":"standing"}})",
       "props[0].to", "either"},
      {R"({"exercise":"x","kind":"hold","props":[{"type":"strap","at":"near_hand","to":"tail"}],"hold":{"placement":"standing"}})",
       "props[0].to", "not a body point"},
      {R"({"exercise":"x","kind":"hold","props":[{"type":"chair","pose":"end"}],"hold":{"placement":"standing"}})",
       "props[0].pose", "not a pose of this exercise"},
      {R"({"exercise":"x","kind":"hold","anchor":"elbow","hold":{"placement":"standing"}})",
       "anchor", "not a body point"},
      {R"({"exercise":"x","kind":"hold","view":"top","hold":{"placement":"standing"}})", "view",
       "lying poses"},
      {R"({"exercise":"x","kind":"hold","tilt":20,"props":[{"type":"chair"}],"hold":{"placement":"standing"}})",
       "tilt", "works only with"},
      {R"({"exercise":"x","kind":"reps","start":{"placement":"side_lying"},"end":{"placement":"standing"}})",
       "start", "cannot be mixed"},
  };
  for (const Case& c : cases) {
    const Problems problems = parse_problems(c.json);
    ASSERT_EQ(problems.size(), 1u) << c.json << "\n" << lines(problems);
    EXPECT_EQ(problems[0].field, c.field) << c.json;
    EXPECT_NE(problems[0].message.find(c.says), std::string::npos) << problems[0].message;
    EXPECT_EQ(problems[0].entry, "x");
  }
}

TEST(FigureValidation, BrokenJsonAndNonObjectsAreProblemsNotCrashes) {
  EXPECT_EQ(parse_problems("{").size(), 1u);
  EXPECT_EQ(parse_problems("[1, 2]").size(), 1u);
  EXPECT_FALSE(parse_problems(R"({"exercise":"x","kind":"hold","hold":[1]})").empty());
  EXPECT_FALSE(
      parse_problems(
          R"({"exercise":"x","kind":"hold","props":{"a":1},"hold":{"placement":"standing"}})")
          .empty());
}

TEST(FigureValidation, LoadCollectsProblemsFromEveryFile) {
  const Assets assets = {
      {"poses/a.json",
       R"({"exercise":"a","kind":"hold","hold":{"placement":"standing","neck":99}})"},
      {"poses/b.json", R"({"exercise":"b","kind":"hold","hold":{"placement":"standing"}})"},
      {"poses/c.json", R"({"exercise":"c","kind":"reps","start":{"placement":"standing"}})"},
  };
  Problems problems;
  const Poses poses = Poses::load(assets, problems);
  ASSERT_EQ(problems.size(), 2u) << lines(problems);
  EXPECT_EQ(problems[0].to_string().rfind("poses/a.json: a: hold.neck: ", 0), 0u)
      << lines(problems);
  EXPECT_EQ(problems[1].to_string(), "poses/c.json: c: end: is required for a reps exercise");
  EXPECT_NE(poses.find("b"), nullptr);
  EXPECT_EQ(poses.find("a"), nullptr);
}

TEST(FigureCoverage, NamesMissingFilesAndMissingPoses) {
  const Assets assets = {
      {"poses/bridge.json",
       R"({"exercise":"bridge","kind":"reps","start":{"placement":"supine"},"end":{"placement":"supine"}})"},
      {"poses/reach.json", R"({"exercise":"reach","kind":"hold","hold":{"placement":"standing"}})"},
  };
  Problems problems;
  const Poses poses = Poses::load(assets, problems);
  ASSERT_TRUE(problems.empty()) << lines(problems);
  EXPECT_TRUE(check_coverage(poses, std::vector<std::string>{"bridge", "reach"}).empty());
  const Problems missing = check_coverage(poses, std::vector<std::string>{"bridge", "plank"});
  ASSERT_EQ(missing.size(), 1u);
  EXPECT_EQ(missing[0].file, "poses/plank.json");
  EXPECT_EQ(missing[0].entry, "plank");
  // The catalogue says the bridge is held: its file has no `hold`.
  const Problems wrong = check_coverage(poses, {{"bridge", Motion::hold}, {"reach", std::nullopt}});
  ASSERT_EQ(wrong.size(), 1u) << lines(wrong);
  EXPECT_EQ(wrong[0].field, "hold");
  EXPECT_EQ(motion_for_dosage("reps"), Motion::reps);
  EXPECT_EQ(motion_for_dosage("hold"), Motion::hold);
  EXPECT_EQ(motion_for_dosage("timed"), std::nullopt);
  EXPECT_EQ(motion_for_dosage("minutes"), std::nullopt);
}

// ---- Drawing ----------------------------------------------------------------------------

double pad(const Primitive& p) {
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

void expect_inside_box(const Drawing& d, const std::string& what) {
  ASSERT_FALSE(d.items.empty()) << what;
  for (const auto& item : d.items) {
    EXPECT_GE(item.size, 0) << what;
    for (const auto& pt : item.points) {
      const double px = pad(item) / d.aspect, py = pad(item);
      ASSERT_TRUE(std::isfinite(pt.x) && std::isfinite(pt.y)) << what;
      EXPECT_GE(pt.x - px, -1e-9) << what << " " << item.part;
      EXPECT_LE(pt.x + px, 1 + 1e-9) << what << " " << item.part;
      EXPECT_GE(pt.y - py, -1e-9) << what << " " << item.part;
      EXPECT_LE(pt.y + py, 1 + 1e-9) << what << " " << item.part;
    }
  }
}

bool same(const Drawing& a, const Drawing& b) {
  if (a.aspect != b.aspect || a.items.size() != b.items.size()) return false;
  for (std::size_t i = 0; i < a.items.size(); ++i) {
    const auto &p = a.items[i], &q = b.items[i];
    if (p.shape != q.shape || p.layer != q.layer || std::string(p.part) != q.part ||
        p.size != q.size || p.points.size() != q.points.size())
      return false;
    for (std::size_t j = 0; j < p.points.size(); ++j)
      if (p.points[j].x != q.points[j].x || p.points[j].y != q.points[j].y) return false;
  }
  return true;
}

TEST(FigureDrawing, EveryPoseAtEveryPhaseIsDeterministicAndInsideTheBox) {
  std::mt19937 random(20261121);
  std::uniform_real_distribution<double> aspect(0.6, 2.2);
  for (const auto& [id, set] : embedded_poses().all()) {
    DrawOptions options;
    options.aspect = aspect(random);
    const Figure figure(set, options);
    const Figure again(set, options);
    const bool moves = set.find("start") && set.find("end");
    for (int i = 0; i <= 100; ++i) {
      const double phase = i / 100.0;
      const Drawing d = moves ? figure.draw("start", "end", phase) : figure.draw("hold");
      const Drawing e = moves ? again.draw("start", "end", phase) : again.draw("hold");
      ASSERT_TRUE(same(d, e)) << id << " at " << phase;
      expect_inside_box(d, id + " at " + std::to_string(phase));
      if (::testing::Test::HasFailure()) return;
    }
  }
}

TEST(FigureDrawing, AnimationEndsAreTheKeyPoses) {
  const PoseSet& bridge = *embedded_poses().find("glute_bridge");
  const Figure figure(bridge);
  EXPECT_TRUE(same(figure.draw("start", "end", 0), figure.draw("start")));
  EXPECT_TRUE(same(figure.draw("start", "end", 1), figure.draw("end")));
  EXPECT_TRUE(same(figure.draw("start", "end", -3), figure.draw("start")));
  EXPECT_FALSE(same(figure.draw("start", "end", 0.5), figure.draw("start")));
  EXPECT_TRUE(same(draw(bridge, "end"), figure.draw("end")));
  // An unknown pose draws the first one rather than nothing.
  EXPECT_TRUE(same(figure.draw("nope"), figure.draw("start")));
}

// Nobody floats or sinks: on a level floor the lowest body part rests on the floor line
// (or on the mat), except in a jump or on a bike.
TEST(FigureDrawing, BodiesRestOnTheFloorOrMat) {
  for (const auto& [id, set] : embedded_poses().all()) {
    bool bike = false;
    for (const auto& prop : set.props) bike = bike || prop.type == PropType::bike;
    if (bike || set.tilt > 0 || set.view == View::top) continue;
    const Figure figure(set);
    for (const auto& [name, pose] : set.poses) {
      if (pose.lift > 0) continue;
      const Drawing d = figure.draw(name);
      double body_bottom = -1, floor_top = 2;
      for (const auto& item : d.items) {
        const bool body = item.layer == Layer::body_near || item.layer == Layer::body_far;
        for (const auto& pt : item.points) {
          if (body) body_bottom = std::max(body_bottom, pt.y + pad(item));
          if (!std::strcmp(item.part, "mat")) floor_top = std::min(floor_top, pt.y);
          if (!std::strcmp(item.part, "floor") && floor_top == 2) floor_top = pt.y - pad(item);
        }
      }
      EXPECT_NEAR(body_bottom, floor_top, 1e-6) << id << " " << name;
    }
  }
}

TEST(FigureDrawing, FarLimbsAreLighterInSideViewsOnly) {
  auto count = [](const Drawing& d, Layer layer) {
    int n = 0;
    for (const auto& item : d.items) n += item.layer == layer;
    return n;
  };
  const PoseSet& squat = *embedded_poses().find("bodyweight_squat");
  EXPECT_GT(count(draw(squat, "end"), Layer::body_far), 0);
  DrawOptions front;
  front.view = View::front;
  EXPECT_EQ(count(draw(squat, "end", front), Layer::body_far), 0);
  EXPECT_GT(count(draw(squat, "end", front), Layer::body_near), 0);
  EXPECT_EQ(count(draw(squat, "end"), Layer::floor), 1);
}

TEST(FigureDrawing, EaseIsSmoothAndPinned) {
  EXPECT_DOUBLE_EQ(ease(0), 0);
  EXPECT_DOUBLE_EQ(ease(1), 1);
  EXPECT_NEAR(ease(0.5), 0.5, 1e-12);
  EXPECT_DOUBLE_EQ(ease(-1), 0);
  EXPECT_DOUBLE_EQ(ease(7), 1);
  EXPECT_DOUBLE_EQ(ease(std::nan("")), 0);
  double last = 0;
  for (int i = 1; i <= 1000; ++i) {
    const double e = ease(i / 1000.0);
    EXPECT_GE(e, last);
    last = e;
  }
  EXPECT_LT(ease(0.01), 0.01);  // slow out of the start
  EXPECT_GT(ease(0.99), 0.99);  // slow into the end
}

// ---- Timing -----------------------------------------------------------------------------

TEST(FigureTiming, RepsMoveOutAndBackAndLoop) {
  const Tempo tempo{2, 2};
  struct Case {
    double seconds;
    const char* from;
    const char* to;
    double phase;
  };
  const Case cases[] = {
      {0, "start", "end", 0},   {1, "start", "end", 0.5}, {1.999, "start", "end", 0.9995},
      {2, "end", "start", 0},   {3, "end", "start", 0.5}, {4, "start", "end", 0},
      {9, "start", "end", 0.5}, {-5, "start", "end", 0},
  };
  for (const Case& c : cases) {
    const Frame f = frame_at(Motion::reps, tempo, c.seconds, false);
    EXPECT_EQ(f.from, c.from) << c.seconds;
    EXPECT_EQ(f.to, c.to) << c.seconds;
    EXPECT_NEAR(f.phase, c.phase, 1e-9) << c.seconds;
  }
  EXPECT_EQ(frame_at(Motion::reps, tempo, std::nan(""), false).phase, 0);
  EXPECT_DOUBLE_EQ(rep_seconds(Motion::reps, tempo), 4);
  EXPECT_DOUBLE_EQ(rep_seconds(Motion::hold, tempo), 0);
}

TEST(FigureTiming, HoldsStayStillAndReducedMotionShowsKeyPosesOnly) {
  const Frame hold = frame_at(Motion::hold, {}, 12.5, false);
  EXPECT_EQ(hold.from, "hold");
  EXPECT_EQ(hold.to, "hold");
  EXPECT_EQ(hold.phase, 0);
  for (double t = 0; t < 8; t += 0.25) {
    const Frame f = frame_at(Motion::continuous, {2, 2}, t, true);
    EXPECT_EQ(f.from, f.to) << t;
    EXPECT_EQ(f.phase, 0) << t;
    EXPECT_EQ(f.to, std::fmod(t, 4) < 2 ? "end" : "start") << t;
  }
}

TEST(FigureTiming, CatalogueRepLengthStretchesTheTempo) {
  PoseSet set;
  set.kind = Motion::reps;
  set.tempo = {1, 3};
  const Frame f = frame_at(set, 1, false, 8);  // 8 s reps: 2 s out, 6 s back
  EXPECT_EQ(f.to, "end");
  EXPECT_NEAR(f.phase, 0.5, 1e-9);
  const Frame g = frame_at(set, 5, false, 8);
  EXPECT_EQ(g.to, "start");
  EXPECT_NEAR(g.phase, 0.5, 1e-9);
  EXPECT_NEAR(frame_at(set, 0.5, false).phase, 0.5, 1e-9);  // its own 1 s + 3 s tempo
}

// ---- SVG --------------------------------------------------------------------------------

int occurrences(const std::string& s, const std::string& what) {
  int n = 0;
  for (auto at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
  return n;
}

TEST(FigureSvg, IsWellFormedWithAnEscapedTitle) {
  const Drawing d = draw(*embedded_poses().find("bird_dog"), "end");
  const std::string svg = to_svg(d, {"Bird dog <reach> & \"hold\""});
  EXPECT_EQ(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0), 0u);
  EXPECT_NE(svg.find("role=\"img\""), std::string::npos);
  EXPECT_NE(svg.find("viewBox=\"0 0 125 100\""), std::string::npos);
  EXPECT_NE(svg.find("<title>Bird dog &lt;reach&gt; &amp; &quot;hold&quot;</title>"),
            std::string::npos)
      << svg.substr(0, 300);
  EXPECT_EQ(svg.find("<reach>"), std::string::npos);
  EXPECT_EQ(svg.substr(svg.size() - 6), "</svg>");
  EXPECT_EQ(occurrences(svg, "<g "), occurrences(svg, "</g>"));
  EXPECT_GT(occurrences(svg, "<g "), 2);
  for (const char* layer : {"fig-floor", "fig-prop", "fig-body-far", "fig-body-near"})
    EXPECT_NE(svg.find(layer), std::string::npos) << layer;
  EXPECT_NE(svg.find("currentColor"), std::string::npos);
  EXPECT_EQ(svg.find("nan"), std::string::npos);
  EXPECT_EQ(to_svg(d, {"x"}), to_svg(d, {"x"}));
}

TEST(FigureSvg, EscapesEveryMarkupCharacter) {
  EXPECT_EQ(escape_xml("a<b>&\"c'"), "a&lt;b&gt;&amp;&quot;c&#39;");
  const std::string svg = to_svg(Drawing{}, {""});
  EXPECT_NE(svg.find("<title>Exercise</title>"), std::string::npos);
  EXPECT_NE(to_svg(Drawing{}, {"t", "my-class\" onload=\"x"}).find("my-class&quot; onload"),
            std::string::npos);
}

}  // namespace
}  // namespace limber::figure
