// The embedded exercise catalogue: complete (every id VOCABULARY.md promises), clean, true
// to the seed facts, and searchable the way the plan and the shells search it.
#include <algorithm>
#include <set>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "limber/catalogue.h"
#include "limber/content.h"

namespace limber {
namespace {

const Catalogue& catalogue() {
  static const Catalogue c = [] {
    Problems problems;
    Catalogue loaded = Catalogue::load(embedded_assets(), problems);
    EXPECT_TRUE(problems.empty()) << to_string(problems);
    return loaded;
  }();
  return c;
}

std::set<std::string> ids(const std::vector<const Exercise*>& found) {
  std::set<std::string> out;
  for (const Exercise* e : found) out.insert(e->id);
  return out;
}

std::set<std::string> search(const std::string& text) {
  CatalogueQuery q;
  q.search = text;
  return ids(catalogue().query(q));
}

TEST(EmbeddedCatalogue, LoadsWithNoProblems) {
  Problems problems;
  const Catalogue c = Catalogue::load(embedded_assets(), problems);
  EXPECT_TRUE(problems.empty()) << to_string(problems);
  EXPECT_GE(c.all().size(), 40u);  // programme.md: at least 40
  EXPECT_EQ(c.all().size(), asset_paths(embedded_assets(), "exercises/").size());
  EXPECT_TRUE(validate_content(embedded_assets()).empty());
}

TEST(EmbeddedCatalogue, HoldsEveryExerciseTheVocabularyPromisesInItsCategory) {
  const std::vector<std::pair<Category, std::vector<std::string>>> promised = {
      {Category::warm_up,
       {"leg_swing_front_back", "leg_swing_side_to_side", "hip_circles", "glute_bridge",
        "cat_cow", "marching_in_place"}},
      {Category::stretch,
       {"seated_figure_four", "supine_figure_four", "pigeon_stretch",
        "kneeling_hip_flexor_stretch", "standing_hip_flexor_stretch", "standing_quad_stretch",
        "side_lying_quad_stretch", "prone_quad_stretch", "single_knee_to_chest",
        "double_knee_to_chest", "childs_pose", "supine_hamstring_strap", "butterfly_stretch",
        "supine_spinal_twist"}},
      {Category::strength,
       {"straight_leg_raise", "resisted_hip_flexion_band", "band_hip_extension",
        "band_hip_abduction", "band_hip_adduction", "clamshell", "side_lying_leg_raise",
        "prone_leg_lift", "bird_dog", "dead_bug", "glute_bridge_march", "bodyweight_squat",
        "hip_hinge", "split_squat", "lateral_lunge", "lateral_band_walk", "single_leg_balance",
        "wall_sit"}},
      {Category::plyometric, {"squat_jump", "skater_hop", "lateral_line_hops"}},
      {Category::aerobic, {"walking", "stationary_cycling"}},
  };
  std::size_t count = 0;
  for (const auto& [category, list] : promised) {
    for (const std::string& id : list) {
      ++count;
      const Exercise* e = catalogue().find(id);
      ASSERT_NE(e, nullptr) << id;
      EXPECT_EQ(e->category, category) << id;
    }
  }
  // Every id in VOCABULARY.md's list (43 of them), each checked once.
  EXPECT_EQ(count, 43u);
}

TEST(EmbeddedCatalogue, EveryAlternativeResolvesToAnotherExercise) {
  for (const Exercise& e : catalogue().all()) {
    for (const auto* list : {&e.easier, &e.harder}) {
      for (const std::string& id : *list) {
        EXPECT_NE(catalogue().find(id), nullptr) << e.id << " -> " << id;
        EXPECT_NE(id, e.id);
      }
    }
  }
}

TEST(EmbeddedCatalogue, KeepsTheSeedFacts) {
  for (const Exercise& e : catalogue().all()) {
    if (e.category == Category::stretch) {
      EXPECT_EQ(e.dosage.kind, DosageKind::hold) << e.id;
      EXPECT_GE(e.dosage.hold_seconds, 30) << e.id << ": seed: hold at least 30 seconds";
    }
    if (e.category == Category::plyometric) {
      EXPECT_EQ(e.level, 3) << e.id;
      EXPECT_TRUE(e.involves(Movement::high_impact)) << e.id;
    } else {
      EXPECT_FALSE(e.involves(Movement::high_impact)) << e.id;
    }
  }
  for (const char* id : {"straight_leg_raise", "resisted_hip_flexion_band"}) {
    const Dosage& d = catalogue().find(id)->dosage;
    EXPECT_EQ(d.kind, DosageKind::reps) << id;
    EXPECT_EQ(d.sets, 2) << id << ": seed: 2 sets of 15";
    EXPECT_EQ(d.reps, 15) << id;
  }
  const Dosage& walk = catalogue().find("walking")->dosage;
  EXPECT_EQ(walk.kind, DosageKind::minutes);
  EXPECT_EQ(walk.minutes, 10);
  // Seed: when pigeon hurts the knees, use thread the needle.
  const auto& easier = catalogue().find("pigeon_stretch")->easier;
  EXPECT_NE(std::find(easier.begin(), easier.end(), "supine_figure_four"), easier.end());
}

TEST(EmbeddedCatalogue, TagsTheMovementsScreeningFiltersOn) {
  const std::vector<std::pair<std::string, std::vector<Movement>>> expected = {
      {"pigeon_stretch",
       {Movement::hip_flexion_past_90, Movement::hip_internal_rotation, Movement::kneeling,
        Movement::crosses_midline}},
      {"supine_figure_four",
       {Movement::hip_flexion_past_90, Movement::hip_internal_rotation,
        Movement::supine_long_hold}},
      {"seated_figure_four", {Movement::hip_flexion_past_90, Movement::crosses_midline}},
      {"kneeling_hip_flexor_stretch", {Movement::kneeling, Movement::hip_extension_with_turn_out}},
      {"prone_leg_lift", {Movement::prone, Movement::hip_extension_with_turn_out}},
      {"prone_quad_stretch", {Movement::prone}},
      {"supine_hamstring_strap", {Movement::hamstring_end_range, Movement::supine_long_hold}},
      {"supine_spinal_twist", {Movement::crosses_midline}},
      {"leg_swing_side_to_side", {Movement::crosses_midline}},
      {"childs_pose", {Movement::kneeling, Movement::spinal_flexion_loaded}},
      {"bodyweight_squat", {Movement::hip_flexion_past_90}},
      {"split_squat", {Movement::hip_extension_with_turn_out}},
      {"squat_jump", {Movement::high_impact}},
  };
  for (const auto& [id, movements] : expected)
    for (Movement m : movements)
      EXPECT_TRUE(catalogue().find(id)->involves(m)) << id << " should list " << name(m);
  // The alternatives people are swapped to must stay free of what they avoid.
  EXPECT_FALSE(catalogue().find("standing_hip_flexor_stretch")->involves(Movement::kneeling));
  EXPECT_TRUE(catalogue().find("walking")->precautions.empty());
  EXPECT_TRUE(catalogue().find("glute_bridge")->involves(Movement::supine_long_hold));
}

TEST(CatalogueQuery, AnEmptyQueryReturnsEverythingInOrder) {
  const auto all = catalogue().query({});
  ASSERT_EQ(all.size(), catalogue().all().size());
  for (std::size_t i = 0; i < all.size(); ++i) EXPECT_EQ(all[i], &catalogue().all()[i]);
  EXPECT_EQ(all.front()->category, Category::warm_up);
  EXPECT_EQ(all.back()->category, Category::aerobic);
}

TEST(CatalogueQuery, PiriformisStretches) {
  CatalogueQuery q;
  q.region = Region::piriformis;
  q.category = Category::stretch;
  EXPECT_EQ(ids(catalogue().query(q)),
            (std::set<std::string>{"pigeon_stretch", "seated_figure_four", "supine_figure_four"}));
}

TEST(CatalogueQuery, ExcludingKneelingKeepsTheStandingAlternative) {
  CatalogueQuery q;
  q.exclude = {Movement::kneeling};
  const auto found = ids(catalogue().query(q));
  EXPECT_FALSE(found.count("pigeon_stretch"));
  EXPECT_FALSE(found.count("kneeling_hip_flexor_stretch"));
  EXPECT_TRUE(found.count("standing_hip_flexor_stretch"));
  EXPECT_TRUE(found.count("supine_figure_four"));
  for (const Exercise* e : catalogue().query(q)) EXPECT_FALSE(e->involves(Movement::kneeling));
}

TEST(CatalogueQuery, PosteriorHipReplacementExclusions) {
  CatalogueQuery q;
  q.exclude = {Movement::hip_flexion_past_90, Movement::crosses_midline,
               Movement::hip_internal_rotation, Movement::high_impact};
  const auto found = ids(catalogue().query(q));
  for (const char* gone : {"pigeon_stretch", "seated_figure_four", "supine_figure_four",
                           "supine_spinal_twist", "bodyweight_squat", "squat_jump",
                           "skater_hop", "double_knee_to_chest"})
    EXPECT_FALSE(found.count(gone)) << gone;
  for (const char* kept : {"walking", "glute_bridge", "clamshell", "standing_quad_stretch",
                           "band_hip_abduction", "sit_to_stand"})
    EXPECT_TRUE(found.count(kept)) << kept;
}

TEST(CatalogueQuery, FiltersByEquipmentLevelPlaneAndPosition) {
  CatalogueQuery band;
  band.equipment = Equipment::band;
  EXPECT_EQ(ids(catalogue().query(band)),
            (std::set<std::string>{"resisted_hip_flexion_band", "band_hip_extension",
                                   "band_hip_abduction", "band_hip_adduction",
                                   "lateral_band_walk"}));
  CatalogueQuery level3;
  level3.level = 3;
  EXPECT_EQ(ids(catalogue().query(level3)),
            (std::set<std::string>{"squat_jump", "skater_hop", "lateral_line_hops"}));
  CatalogueQuery frontal_hops;
  frontal_hops.plane = Plane::frontal;
  frontal_hops.category = Category::plyometric;
  EXPECT_EQ(ids(catalogue().query(frontal_hops)),
            (std::set<std::string>{"skater_hop", "lateral_line_hops"}));
  CatalogueQuery prone;
  prone.position = Position::prone;
  EXPECT_EQ(ids(catalogue().query(prone)),
            (std::set<std::string>{"prone_quad_stretch", "prone_leg_lift"}));
  CatalogueQuery gentle;
  gentle.max_level = 1;
  for (const Exercise* e : catalogue().query(gentle)) EXPECT_EQ(e->level, 1) << e->id;
  EXPECT_TRUE(ids(catalogue().query(gentle)).count("walking"));
}

TEST(CatalogueQuery, SearchesNamesAndAliases) {
  EXPECT_EQ(search("thread the needle"), (std::set<std::string>{"supine_figure_four"}));
  EXPECT_EQ(search("Thread needle"), (std::set<std::string>{"supine_figure_four"}));
  EXPECT_EQ(search("childs"), (std::set<std::string>{"childs_pose"}));
  EXPECT_EQ(search("child's pose"), (std::set<std::string>{"childs_pose"}));
  EXPECT_EQ(search("clam"), (std::set<std::string>{"clamshell"}));   // word prefixes match
  EXPECT_EQ(search("reclined pigeon"), (std::set<std::string>{"supine_figure_four"}));
  EXPECT_TRUE(search("pigeon knee").empty());                       // every word must match
  EXPECT_TRUE(search("hip").count("hip_hinge"));
  EXPECT_TRUE(search("string").empty());  // inside "hamstring", but it starts no word
  EXPECT_EQ(search("hamstring"), (std::set<std::string>{"supine_hamstring_strap"}));
  EXPECT_EQ(search("   "), ids(catalogue().query({})));              // no words, no filter
}

TEST(CatalogueQuery, SearchIgnoresCaseAndAccents) {
  EXPECT_TRUE(search("Pígeon").count("pigeon_stretch"));
  EXPECT_TRUE(search("PIGEON").count("pigeon_stretch"));
  EXPECT_EQ(search("Chïld\xE2\x80\x99s Pôse"), (std::set<std::string>{"childs_pose"}));
  EXPECT_EQ(search("butterfly"), search("BÜTTÉRFLY"));
}

TEST(CatalogueJson, RoundTripsThroughTheLoader) {
  Assets assets;
  for (const Exercise& e : catalogue().all())
    assets["exercises/" + e.id + ".json"] = to_json(e).dump();
  Problems problems;
  const Catalogue again = Catalogue::load(assets, problems);
  EXPECT_TRUE(problems.empty()) << to_string(problems);
  ASSERT_EQ(again.all().size(), catalogue().all().size());
  for (std::size_t i = 0; i < again.all().size(); ++i)
    EXPECT_EQ(to_json(again.all()[i]), to_json(catalogue().all()[i])) << again.all()[i].id;
}

TEST(CatalogueJson, UsesTheVocabularyNames) {
  const limber::Json j = to_json(*catalogue().find("pigeon_stretch"));
  EXPECT_EQ(j["category"], "stretch");
  EXPECT_EQ(j["position"], "quadruped");
  EXPECT_EQ(j["dosage"]["kind"], "hold");
  EXPECT_EQ(j["dosage"]["hold_seconds"], 30);
  EXPECT_FALSE(j["dosage"].contains("reps"));
  EXPECT_TRUE(j["aliases"].is_array());
  EXPECT_EQ(j["regions"][0], "piriformis");
}

}  // namespace
}  // namespace limber
