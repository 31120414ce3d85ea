// Catalogue loading: every kind of broken exercise file is reported with the exact file,
// entry and field, all at once, and broken entries never reach the catalogue.
#include <algorithm>
#include <cctype>
#include <functional>
#include <ostream>

#include <gtest/gtest.h>

#include "json_read.h"
#include "limber/catalogue.h"
#include "case_name.h"

namespace limber {
namespace {

using json = limber::Json;

// Two small valid exercises; each test case breaks them in one way.
constexpr const char* kKneeHug = R"({
  "id": "knee_hug", "name": "Knee hug", "aliases": ["hug"], "summary": "Hug one knee.",
  "category": "stretch", "regions": ["lower_back"], "position": "supine", "equipment": ["mat"],
  "plane": "sagittal", "level": 1,
  "dosage": {"kind": "hold", "hold_seconds": 30, "sets": 2, "per_side": true, "rest_seconds": 10},
  "steps": ["Lie down.", "Hug a knee.", "Hold it."], "cues": ["Breathe slowly"],
  "feel": "A gentle stretch.", "stop_if": "Sharp pain.",
  "precautions": ["hip_flexion_past_90", "supine_long_hold"],
  "easier": [], "harder": [], "sources": ["test"]})";
constexpr const char* kBridge = R"({
  "id": "bridge", "name": "Bridge", "aliases": [], "summary": "Lift your hips.",
  "category": "strength", "regions": ["glutes"], "position": "standing", "equipment": ["none"],
  "plane": "sagittal", "level": 2,
  "dosage": {"kind": "reps", "reps": 10, "rep_seconds": 4, "sets": 2, "per_side": false,
             "rest_seconds": 30},
  "steps": ["Stand.", "Lift.", "Lower."], "cues": ["Squeeze"],
  "feel": "Buttocks working.", "stop_if": "Sharp pain.", "precautions": [],
  "easier": [], "harder": [], "sources": ["test"]})";

json parsed(const char* text) { return json::parse(text, nullptr).value_or(json()); }

Assets base_assets() {
  return {{"exercises/knee_hug.json", parsed(kKneeHug).dump()},
          {"exercises/bridge.json", parsed(kBridge).dump()}};
}

// Applies `change` to the JSON of exercise `id` in `assets`.
void edit(Assets& assets, const std::string& id, const std::function<void(json&)>& change) {
  std::string& text = assets["exercises/" + id + ".json"];
  json j = json::parse(text, nullptr).value_or(json());
  change(j);
  text = j.dump();
}

// A third valid exercise for the longer loops.
void add_twist(Assets& assets) {
  json j = parsed(kKneeHug);
  j["id"] = "twist";
  assets["exercises/twist.json"] = j.dump();
}

struct Expected {
  std::string file, entry, field, message_part;
};

struct Case {
  const char* what;
  std::function<void(Assets&)> break_it;
  std::vector<Expected> expected;
};

const std::string kHug = "exercises/knee_hug.json";
const std::string kBr = "exercises/bridge.json";

const std::vector<Case>& cases() {
  static const std::vector<Case> all = {
      {"unknown field", [](Assets& a) { edit(a, "knee_hug", [](json& j) { j["colour"] = "red"; }); },
       {{kHug, "knee_hug", "colour", "is not a known field"}}},
      {"unknown dosage field",
       [](Assets& a) { edit(a, "knee_hug", [](json& j) { j["dosage"]["tempo"] = 2; }); },
       {{kHug, "knee_hug", "dosage.tempo", "is not a known field"}}},
      {"missing field", [](Assets& a) { edit(a, "knee_hug", [](json& j) { j.erase("summary"); }); },
       {{kHug, "knee_hug", "summary", "is required"}}},
      {"missing dosage field",
       [](Assets& a) { edit(a, "bridge", [](json& j) { j["dosage"].erase("per_side"); }); },
       {{kBr, "bridge", "dosage.per_side", "is required"}}},
      {"bad category", [](Assets& a) { edit(a, "bridge", [](json& j) { j["category"] = "yoga"; }); },
       {{kBr, "bridge", "category", "'yoga' is not one of: warm_up, mobility"}}},
      {"bad region in a list",
       [](Assets& a) { edit(a, "bridge", [](json& j) { j["regions"].push_back("neck"); }); },
       {{kBr, "bridge", "regions[1]", "'neck' is not one of"}}},
      {"bad position",
       [](Assets& a) { edit(a, "bridge", [](json& j) { j["position"] = "upside_down"; }); },
       {{kBr, "bridge", "position", "'upside_down' is not one of"}}},
      {"bad movement tag",
       [](Assets& a) { edit(a, "knee_hug", [](json& j) { j["precautions"].push_back("jumping"); }); },
       {{kHug, "knee_hug", "precautions[2]", "'jumping' is not one of"}}},
      {"bad dosage kind",
       [](Assets& a) { edit(a, "bridge", [](json& j) { j["dosage"]["kind"] = "lots"; }); },
       {{kBr, "bridge", "dosage.kind", "'lots' is not one of: hold, reps, timed, minutes"}}},
      {"repeated region",
       [](Assets& a) { edit(a, "bridge", [](json& j) { j["regions"].push_back("glutes"); }); },
       {{kBr, "bridge", "regions[1]", "'glutes' is listed twice"}}},
      {"no regions", [](Assets& a) { edit(a, "bridge", [](json& j) { j["regions"] = json::array(); }); },
       {{kBr, "bridge", "regions", "must list at least one"}}},
      {"'none' with other equipment",
       [](Assets& a) { edit(a, "bridge", [](json& j) { j["equipment"].push_back("mat"); }); },
       {{kBr, "bridge", "equipment", "'none' cannot be listed with other equipment"}}},
      {"wrong type", [](Assets& a) { edit(a, "bridge", [](json& j) { j["level"] = "2"; }); },
       {{kBr, "bridge", "level", "must be a whole number, not string"}}},
      {"level out of range", [](Assets& a) { edit(a, "bridge", [](json& j) { j["level"] = 4; }); },
       {{kBr, "bridge", "level", "must be between 1 and 3, not 4"}}},
      {"too few steps",
       [](Assets& a) { edit(a, "bridge", [](json& j) { j["steps"].erase(0); }); },
       {{kBr, "bridge", "steps", "needs 3 to 6 items, not 2"}}},
      {"cue too long to speak",
       [](Assets& a) {
         edit(a, "bridge", [](json& j) { j["cues"] = json::array({"Keep it flat and go up and down"}); });
       },
       {{kBr, "bridge", "cues[0]", "must be at most 6 words (cues are spoken), not 8"}}},
      {"summary on two lines",
       [](Assets& a) { edit(a, "bridge", [](json& j) { j["summary"] = "Lift.\nLower."; }); },
       {{kBr, "bridge", "summary", "must be a single line"}}},
      {"empty string", [](Assets& a) { edit(a, "bridge", [](json& j) { j["feel"] = ""; }); },
       {{kBr, "bridge", "feel", "must not be empty"}}},
      {"not an object", [](Assets& a) { a[kHug] = "[1, 2]"; },
       {{kHug, "knee_hug", "", "must be an object, not array"}}},
      {"invalid JSON", [](Assets& a) { a[kHug] = "{\"id\": "; },
       {{kHug, "", "", "invalid JSON"}}},
      {"id does not match the file name",
       [](Assets& a) { edit(a, "knee_hug", [](json& j) { j["id"] = "knee_hugs"; }); },
       {{kHug, "knee_hugs", "id", "'knee_hugs' does not match the file name (expected 'knee_hug')"}}},
      {"id not snake_case",
       [](Assets& a) { edit(a, "knee_hug", [](json& j) { j["id"] = "Knee Hug"; }); },
       {{kHug, "Knee Hug", "id", "must be snake_case"}}},
      {"duplicate id",
       [](Assets& a) { a["exercises/knee_hug_2.json"] = a[kHug]; },
       {{"exercises/knee_hug_2.json", "knee_hug", "id", "does not match the file name"},
        {"exercises/knee_hug_2.json", "knee_hug", "id",
         "'knee_hug' is already used by exercises/knee_hug.json"}}},
      {"alternative that points nowhere",
       [](Assets& a) { edit(a, "knee_hug", [](json& j) { j["easier"] = json::array({"nowhere"}); }); },
       {{kHug, "knee_hug", "easier[0]", "'nowhere' is not an exercise id"}}},
      {"own alternative",
       [](Assets& a) { edit(a, "knee_hug", [](json& j) { j["harder"] = json::array({"bridge", "knee_hug"}); }); },
       {{kHug, "knee_hug", "harder[1]", "lists the exercise itself as an alternative"}}},
      {"alternative listed twice",
       [](Assets& a) { edit(a, "knee_hug", [](json& j) { j["harder"] = json::array({"bridge", "bridge"}); }); },
       {{kHug, "knee_hug", "harder[1]", "'bridge' is listed twice"}}},
      {"A easier B while B easier A",
       [](Assets& a) {
         edit(a, "knee_hug", [](json& j) { j["easier"] = json::array({"bridge"}); });
         edit(a, "bridge", [](json& j) { j["easier"] = json::array({"knee_hug"}); });
       },
       {{kBr, "bridge", "easier[0]", "loop back on itself: bridge < knee_hug < bridge"}}},
      {"loop of three harder links",
       [](Assets& a) {
         add_twist(a);
         edit(a, "bridge", [](json& j) { j["harder"] = json::array({"knee_hug"}); });
         edit(a, "knee_hug", [](json& j) { j["harder"] = json::array({"twist"}); });
         edit(a, "twist", [](json& j) { j["harder"] = json::array({"bridge"}); });
       },
       {{"exercises/twist.json", "twist", "harder[0]",
         "loop back on itself: bridge < knee_hug < twist < bridge"}}},
      {"one exercise both easier and harder",
       [](Assets& a) {
         edit(a, "knee_hug", [](json& j) {
           j["easier"] = json::array({"bridge"});
           j["harder"] = json::array({"bridge"});
         });
       },
       {{kHug, "knee_hug", "harder[0]", "loop back on itself: bridge < knee_hug < bridge"}}},
      {"stretch hold under 20 s",
       [](Assets& a) { edit(a, "knee_hug", [](json& j) { j["dosage"]["hold_seconds"] = 15; }); },
       {{kHug, "knee_hug", "dosage.hold_seconds", "must be between 20 and 180, not 15"}}},
      {"field of another dosage kind",
       [](Assets& a) { edit(a, "knee_hug", [](json& j) { j["dosage"]["reps"] = 10; }); },
       {{kHug, "knee_hug", "dosage.reps", "does not belong to kind 'hold' (it is for 'reps')"}}},
      {"reps out of range",
       [](Assets& a) { edit(a, "bridge", [](json& j) { j["dosage"]["reps"] = 60; }); },
       {{kBr, "bridge", "dosage.reps", "must be between 1 and 50, not 60"}}},
      {"rep time out of range",
       [](Assets& a) { edit(a, "bridge", [](json& j) { j["dosage"]["rep_seconds"] = 0; }); },
       {{kBr, "bridge", "dosage.rep_seconds", "must be between 1 and 10, not 0"}}},
      {"sets and rest out of range",
       [](Assets& a) {
         edit(a, "bridge", [](json& j) {
           j["dosage"]["sets"] = 7;
           j["dosage"]["rest_seconds"] = 200;
         });
       },
       {{kBr, "bridge", "dosage.sets", "must be between 1 and 6, not 7"},
        {kBr, "bridge", "dosage.rest_seconds", "must be between 0 and 180, not 200"}}},
      {"timed work out of range",
       [](Assets& a) {
         edit(a, "bridge", [](json& j) {
           j["dosage"] = {{"kind", "timed"}, {"work_seconds", 5}, {"sets", 1},
                          {"per_side", false}, {"rest_seconds", 0}};
         });
       },
       {{kBr, "bridge", "dosage.work_seconds", "must be between 10 and 300, not 5"}}},
      {"stretch dosed in reps",
       [](Assets& a) {
         edit(a, "knee_hug", [](json& j) {
           j["dosage"] = {{"kind", "reps"}, {"reps", 10}, {"rep_seconds", 3}, {"sets", 1},
                          {"per_side", false}, {"rest_seconds", 0}};
         });
       },
       {{kHug, "knee_hug", "dosage.kind", "a stretch is dosed as 'hold', not 'reps'"}}},
      {"minutes for a strength exercise",
       [](Assets& a) {
         edit(a, "bridge", [](json& j) {
           j["dosage"] = {{"kind", "minutes"}, {"minutes", 10}, {"sets", 1},
                          {"per_side", false}, {"rest_seconds", 0}};
         });
       },
       {{kBr, "bridge", "dosage.kind", "'minutes' is only for aerobic exercises"}}},
      {"aerobic not in minutes",
       [](Assets& a) { edit(a, "bridge", [](json& j) { j["category"] = "aerobic"; }); },
       {{kBr, "bridge", "dosage.kind", "an aerobic exercise is dosed in 'minutes', not 'reps'"}}},
      {"lying face down without the prone tag",
       [](Assets& a) { edit(a, "bridge", [](json& j) { j["position"] = "prone"; }); },
       {{kBr, "bridge", "precautions", "must list 'prone'"}}},
      {"on all fours without the kneeling tag",
       [](Assets& a) { edit(a, "bridge", [](json& j) { j["position"] = "quadruped"; }); },
       {{kBr, "bridge", "precautions", "must list 'kneeling'"}}},
      {"supine without the supine tag",
       [](Assets& a) {
         edit(a, "knee_hug", [](json& j) { j["precautions"] = json::array({"hip_flexion_past_90"}); });
       },
       {{kHug, "knee_hug", "precautions", "must list 'supine_long_hold'"}}},
      {"plyometric below level 3 and without high_impact",
       [](Assets& a) { edit(a, "bridge", [](json& j) { j["category"] = "plyometric"; }); },
       {{kBr, "bridge", "level", "plyometric exercises are level 3, not 2"},
        {kBr, "bridge", "precautions", "must list 'high_impact'"}}},
  };
  return all;
}

// gtest prints parameters in failure messages; the description says more than the bytes.
void PrintTo(const Case& c, std::ostream* os) { *os << c.what; }

class BrokenExercise : public testing::TestWithParam<Case> {};

TEST_P(BrokenExercise, NamesTheFileEntryAndField) {
  const Case& c = GetParam();
  Assets assets = base_assets();
  c.break_it(assets);
  Problems problems;
  Catalogue::load(assets, problems);
  ASSERT_EQ(problems.size(), c.expected.size()) << c.what << ":\n" << to_string(problems);
  for (std::size_t i = 0; i < problems.size(); ++i) {
    const Problem& p = problems[i];
    const Expected& e = c.expected[i];
    EXPECT_EQ(p.file, e.file) << c.what;
    EXPECT_EQ(p.entry, e.entry) << c.what;
    EXPECT_EQ(p.field, e.field) << c.what;
    EXPECT_NE(p.message.find(e.message_part), std::string::npos)
        << c.what << ": " << p.to_string();
  }
}

INSTANTIATE_TEST_SUITE_P(EveryKindOfError, BrokenExercise, testing::ValuesIn(cases()), testing_support::CaseName());

TEST(CatalogueLoad, TheFixturesAreValidAsGiven) {
  Problems problems;
  const Catalogue c = Catalogue::load(base_assets(), problems);
  EXPECT_TRUE(problems.empty()) << to_string(problems);
  ASSERT_EQ(c.all().size(), 2u);
  // all() runs warm-ups to aerobic, so the stretch comes before the strength exercise.
  EXPECT_EQ(c.all()[0].id, "knee_hug");
  EXPECT_EQ(c.all()[1].id, "bridge");
  EXPECT_EQ(c.find("bridge")->dosage.reps, 10);
  EXPECT_EQ(c.find("nope"), nullptr);
}

TEST(CatalogueLoad, ReportsEveryProblemInEveryFileAtOnce) {
  Assets assets = base_assets();
  add_twist(assets);
  edit(assets, "knee_hug", [](json& j) {
    j["colour"] = "red";
    j["level"] = 0;
  });
  edit(assets, "bridge", [](json& j) { j["easier"] = json::array({"ghost"}); });
  edit(assets, "twist", [](json& j) { j["dosage"]["hold_seconds"] = 500; });
  Problems problems;
  Catalogue::load(assets, problems);
  std::vector<std::string> fields;
  for (const Problem& p : problems) fields.push_back(p.entry + ":" + p.field);
  std::sort(fields.begin(), fields.end());
  EXPECT_EQ(fields, (std::vector<std::string>{"bridge:easier[0]", "knee_hug:colour",
                                              "knee_hug:level", "twist:dosage.hold_seconds"}));
}

TEST(CatalogueLoad, LeavesOutBrokenEntriesAndLinksToThem) {
  Assets assets = base_assets();
  edit(assets, "knee_hug", [](json& j) { j["category"] = "yoga"; });
  edit(assets, "bridge", [](json& j) { j["easier"] = json::array({"knee_hug"}); });
  Problems problems;
  const Catalogue c = Catalogue::load(assets, problems);
  // The link itself is fine (knee_hug exists); only knee_hug is broken.
  ASSERT_EQ(problems.size(), 1u) << to_string(problems);
  EXPECT_EQ(problems[0].field, "category");
  EXPECT_EQ(c.find("knee_hug"), nullptr);
  ASSERT_NE(c.find("bridge"), nullptr);
  EXPECT_TRUE(c.find("bridge")->easier.empty());
}

TEST(CatalogueLoad, AnEmptyFolderIsAProblem) {
  Problems problems;
  const Catalogue c = Catalogue::load(Assets{{"checklist/habits.json", "{}"}}, problems);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].file, "exercises/");
  EXPECT_TRUE(c.all().empty());
}

TEST(CatalogueLoad, OtherFilesInTheFolderAreIgnored) {
  Assets assets = base_assets();
  assets["exercises/notes.txt"] = "not json";
  Problems problems;
  EXPECT_EQ(Catalogue::load(assets, problems).all().size(), 2u);
  EXPECT_TRUE(problems.empty()) << to_string(problems);
}

TEST(CatalogueLoad, AFileInASubfolderMustStillBeNamedByItsId) {
  Assets assets = base_assets();
  assets["exercises/old/bridge.json"] = assets[kBr];
  Problems problems;
  Catalogue::load(assets, problems);
  ASSERT_EQ(problems.size(), 2u) << to_string(problems);
  EXPECT_EQ(problems[0].to_string(),
            "exercises/old/bridge.json: bridge: id: 'bridge' does not match the file name "
            "(expected 'old/bridge')");
}

TEST(Dosage, TimesEverySetSideAndRest) {
  Dosage d;
  d.kind = DosageKind::reps;
  d.reps = 15;
  d.rep_seconds = 4;
  d.sets = 2;
  d.per_side = true;
  d.rest_seconds = 30;
  EXPECT_EQ(d.set_seconds(), 60);
  EXPECT_EQ(d.total_seconds(), 2 * 2 * 60 + 30);
  d = Dosage{};
  d.kind = DosageKind::minutes;
  d.minutes = 10;
  EXPECT_EQ(d.total_seconds(), 600);
  d = Dosage{};
  d.kind = DosageKind::hold;
  d.hold_seconds = 30;
  d.sets = 3;
  d.rest_seconds = 10;
  EXPECT_EQ(d.total_seconds(), 3 * 30 + 2 * 10);
}

TEST(Vocabulary, NamesAndParseAreInverse) {
  EXPECT_EQ(name(Region::hip_flexors), "hip_flexors");
  EXPECT_EQ(name(Movement::hip_extension_with_turn_out), "hip_extension_with_turn_out");
  EXPECT_EQ(parse<Position>("side_lying"), Position::side_lying);
  EXPECT_EQ(parse<Equipment>("Band"), std::nullopt);
  EXPECT_EQ(parse<Category>(""), std::nullopt);
  for (std::size_t i = 0; i < names<Movement>().size(); ++i)
    EXPECT_EQ(parse<Movement>(names<Movement>()[i]), static_cast<Movement>(i));
  EXPECT_EQ(names<Movement>().size(), 10u);
  EXPECT_EQ(names<Region>().size(), 10u);
  EXPECT_EQ(names<Category>().back(), "aerobic");
}

}  // namespace
}  // namespace limber
