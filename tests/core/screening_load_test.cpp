// The loader against broken content: each fixture is the shipped content with one mistake
// edited in, and the problem must name the file, the entry and the field.
#include <gtest/gtest.h>

#include <functional>

#include "json_read.h"
#include "screening_fixture.h"

namespace limber {
namespace {

using json_read::json;

// The shipped assets with `file` edited by `edit`; returns the load problems.
Problems load_edited(const std::string& file, const std::function<void(json&)>& edit) {
  Assets assets = embedded_assets();
  auto doc = json_read::parse(assets[file], nullptr);
  EXPECT_TRUE(doc) << file;
  if (!doc) return {};
  edit(*doc);
  assets[file] = doc->dump();
  Problems problems;
  EXPECT_FALSE(Screening::load(assets, problems)) << file;
  return problems;
}

json& by_id(json& list, const std::string& id) {
  for (auto& item : list)
    if (item.is_object() && item.contains("id") && item["id"] == id) return item;
  ADD_FAILURE() << "no entry " << id;
  static json none = json::object();
  return none;
}

// True when some problem has this file, entry and field and its message contains `says`.
::testing::AssertionResult has_problem(const Problems& problems, const std::string& file,
                                       const std::string& entry, const std::string& field,
                                       const std::string& says) {
  for (const Problem& p : problems)
    if (p.file == file && p.entry == entry && p.field == field &&
        p.message.find(says) != std::string::npos)
      return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << "no problem " << file << ": " << entry << ": " << field
                                       << ": ..." << says << "... in:\n"
                                       << to_string(problems);
}

const std::string kQ = "screening/questions.json", kR = "screening/rules.json",
                  kL = "screening/levels.json", kP = "screening/precautions.json",
                  kS = "screening/stages.json", kSrc = "screening/sources.json";

TEST(ScreeningLoad, ShippedContentLoadsAndEveryRuleHasASource) {
  Problems problems;
  const auto s = Screening::load(embedded_assets(), problems);
  ASSERT_TRUE(s) << to_string(problems);
  EXPECT_GE(s->rules().size(), 26u);
  for (const Rule& r : s->rules()) {
    EXPECT_FALSE(r.sources.empty()) << r.id;
    for (const auto& tag : r.sources) EXPECT_FALSE(tag.empty()) << r.id;
    EXPECT_FALSE(r.all.empty()) << r.id;
  }
  for (const Question& q : s->questions()) {
    EXPECT_FALSE(q.text.empty()) << q.id;
    if (q.role == Role::red_flag) {
      EXPECT_FALSE(q.summary.empty()) << q.id;
      EXPECT_TRUE(q.required) << q.id;
    }
  }
}

TEST(ScreeningLoad, RulePointingToAMissingQuestion) {
  const Problems p = load_edited(kR, [](json& d) { by_id(d["rules"], "fever")["all"] = json::array({"fevr"}); });
  EXPECT_TRUE(has_problem(p, kR, "fever", "all[0]", "'fevr' is not a question"));
  const Problems q = load_edited(kR, [](json& d) {
    by_id(d["rules"], "fever_with_leg_nerve_signs")["any"] = json::array({"both_legs_symptoms", "legs"});
  });
  EXPECT_TRUE(has_problem(q, kR, "fever_with_leg_nerve_signs", "any[1]", "'legs' is not a question"));
}

TEST(ScreeningLoad, RuleWithoutSourceOrWithAnUnknownTag) {
  EXPECT_TRUE(has_problem(load_edited(kR, [](json& d) { by_id(d["rules"], "fever").erase("sources"); }),
                          kR, "fever", "sources", "is required"));
  EXPECT_TRUE(has_problem(
      load_edited(kR, [](json& d) { by_id(d["rules"], "fever")["sources"] = json::array(); }), kR,
      "fever", "sources", "at least one"));
  EXPECT_TRUE(has_problem(
      load_edited(kR, [](json& d) { by_id(d["rules"], "fever")["sources"] = json::array({"NHS", "Dr Google"}); }),
      kR, "fever", "sources[1]", "'Dr Google' is not a tag"));
}

TEST(ScreeningLoad, RuleMistakes) {
  EXPECT_TRUE(has_problem(
      load_edited(kR, [](json& d) { by_id(d["rules"], "fever")["level"] = "self_care"; }), kR,
      "fever", "level", "above self_care"));
  EXPECT_TRUE(has_problem(
      load_edited(kR, [](json& d) { by_id(d["rules"], "fever")["level"] = "severe"; }), kR,
      "fever", "level", "not one of"));
  EXPECT_TRUE(has_problem(
      load_edited(kR, [](json& d) { by_id(d["rules"], "fever")["weight"] = 2; }), kR, "fever",
      "weight", "not a known field"));
  EXPECT_TRUE(has_problem(
      load_edited(kR, [](json& d) { by_id(d["rules"], "fever")["all"] = json::array({"hip_replacement"}); }), kR,
      "fever", "all[0]", "not a red_flag question"));
  EXPECT_TRUE(has_problem(
      load_edited(kR, [](json& d) { by_id(d["rules"], "fever")["id"] = "chest_pain"; }), kR,
      "chest_pain", "id", "used twice"));
  // Monotonicity and "precautions never change the level" are kept by construction: a rule
  // condition may only read context items.
  EXPECT_TRUE(has_problem(load_edited(kR,
                                      [](json& d) {
                                        by_id(d["rules"], "fever")["when"] = {
                                            {"item", "osteoporosis"}, {"in", json::array({"yes"})}};
                                      }),
                          kR, "fever", "when.item", "cannot be used here"));
  EXPECT_TRUE(has_problem(load_edited(kR,
                                      [](json& d) {
                                        by_id(d["rules"], "night_pain_age")["when"]["any"][0] = {
                                            {"item", "age"}, {"below", 20}, {"above", 60}};
                                      }),
                          kR, "night_pain_age", "when.any[0].item", "exactly one test"));
  EXPECT_TRUE(has_problem(
      load_edited(kR, [](json& d) { by_id(d["rules"], "child_limp")["when"] = {{"item", "age"}, {"in", json::array({"young"})}}; }),
      kR, "child_limp", "when.in", "number question"));
}

TEST(ScreeningLoad, RedFlagQuestionWithoutARule) {
  const Problems p = load_edited(kR, [](json& d) {
    auto& rules = d["rules"];
    auto& list = rules.elements();
    for (auto it = list.begin(); it != list.end(); ++it)
      if ((*it)["id"] == "avn_risk") {
        list.erase(it);
        break;
      }
  });
  EXPECT_TRUE(has_problem(p, kR, "avn_risk", "", "in no rule"));
}

TEST(ScreeningLoad, QuestionMistakes) {
  EXPECT_TRUE(has_problem(
      load_edited(kQ, [](json& d) { by_id(d["questions"], "fever").erase("text"); }), kQ, "fever",
      "text", "is required"));
  EXPECT_TRUE(has_problem(
      load_edited(kQ, [](json& d) { by_id(d["questions"], "fever")["text"] = ""; }), kQ, "fever",
      "text", "must not be empty"));
  EXPECT_TRUE(has_problem(
      load_edited(kQ, [](json& d) { by_id(d["questions"], "fever").erase("summary"); }), kQ,
      "fever", "summary", "is required"));
  EXPECT_TRUE(has_problem(
      load_edited(kQ, [](json& d) { by_id(d["questions"], "fever")["type"] = "yes_no"; }), kQ,
      "fever", "type", "must be yes_no_unsure"));
  EXPECT_TRUE(has_problem(
      load_edited(kQ, [](json& d) { by_id(d["questions"], "fever")["required"] = false; }), kQ,
      "fever", "required", "must be required"));
  EXPECT_TRUE(has_problem(
      load_edited(kQ, [](json& d) { by_id(d["questions"], "fever")["colour"] = "red"; }), kQ,
      "fever", "colour", "not a known field"));
  EXPECT_TRUE(has_problem(
      load_edited(kQ, [](json& d) { by_id(d["questions"], "fever")["min"] = 1; }), kQ, "fever",
      "min", "only number questions"));
  EXPECT_TRUE(has_problem(
      load_edited(kQ, [](json& d) { by_id(d["questions"], "age").erase("unit"); }), kQ, "age",
      "unit", "is required"));
  EXPECT_TRUE(has_problem(
      load_edited(kQ, [](json& d) { by_id(d["questions"], "age")["max"] = -5; }), kQ, "age", "max",
      "more than min"));
  EXPECT_TRUE(has_problem(load_edited(kQ,
                                      [](json& d) {
                                        auto& q = by_id(d["questions"], "pattern");
                                        q["options"] = json::array({{{"value", "constant"}, {"text", "Yes"}}});
                                      }),
                          kQ, "pattern", "options", "at least two"));
  EXPECT_TRUE(has_problem(
      load_edited(kQ, [](json& d) { by_id(d["questions"], "fever")["group"] = "misc"; }), kQ,
      "fever", "group", "not one of"));
  EXPECT_TRUE(has_problem(
      load_edited(kQ, [](json& d) { by_id(d["questions"], "chest_pain")["id"] = "fever"; }), kQ,
      "fever", "id", "used twice"));
  // shown_if may only look back at questions already asked.
  EXPECT_TRUE(has_problem(load_edited(kQ,
                                      [](json& d) {
                                        by_id(d["questions"], "age")["shown_if"] = {
                                            {"item", "hip_replacement"}, {"in", json::array({"none"})}};
                                      }),
                          kQ, "age", "shown_if.item", "asked before"));
  EXPECT_TRUE(has_problem(load_edited(kQ,
                                      [](json& d) {
                                        by_id(d["questions"], "weeks_since_hip_replacement")
                                            ["shown_if"]["in"] = json::array({"posterior", "robotic"});
                                      }),
                          kQ, "weeks_since_hip_replacement", "shown_if.in[1]",
                          "'robotic' is not one of"));
}

TEST(ScreeningLoad, LevelMistakes) {
  EXPECT_TRUE(has_problem(
      load_edited(kL, [](json& d) { by_id(d["levels"], "urgent").erase("action"); }), kL, "urgent",
      "action", "is required"));
  EXPECT_TRUE(has_problem(load_edited(kL,
                                      [](json& d) {
                                        auto& levels = d["levels"];
                                        levels.erase(1);  // urgent
                                      }),
                          kL, "urgent", "", "level is missing"));
  EXPECT_TRUE(has_problem(
      load_edited(kL, [](json& d) { by_id(d["levels"], "routine")["programme"] = "locked"; }), kL,
      "soon", "programme", "at least as strict"));
  EXPECT_TRUE(has_problem(
      load_edited(kL, [](json& d) { by_id(d["levels"], "soon").erase("acknowledgement"); }), kL,
      "soon", "acknowledgement", "is required"));
  EXPECT_TRUE(has_problem(load_edited(kL, [](json& d) { d.erase("not_a_diagnosis"); }), kL, "",
                          "not_a_diagnosis", "is required"));
  EXPECT_TRUE(has_problem(
      load_edited(kL, [](json& d) { by_id(d["levels"], "urgent")["sources"] = json::array(); }),
      kL, "urgent", "sources", "at least one"));
}

TEST(ScreeningLoad, PrecautionMistakes) {
  EXPECT_TRUE(has_problem(
      load_edited(kP, [](json& d) { by_id(d["precautions"], "sciatica")["question"] = "sciatic"; }),
      kP, "sciatica", "question", "'sciatic' is not a question"));
  EXPECT_TRUE(has_problem(
      load_edited(kP, [](json& d) { by_id(d["precautions"], "sciatica")["question"] = "fever"; }),
      kP, "sciatica", "question", "not a precaution question"));
  EXPECT_TRUE(has_problem(
      load_edited(kP, [](json& d) { by_id(d["precautions"], "sciatica")["values"] = json::array({"maybe"}); }),
      kP, "sciatica", "values[0]", "not one of"));
  EXPECT_TRUE(has_problem(
      load_edited(kP, [](json& d) { by_id(d["precautions"], "sciatica").erase("reason"); }), kP,
      "sciatica", "reason", "is required"));
  EXPECT_TRUE(has_problem(
      load_edited(kP, [](json& d) { by_id(d["precautions"], "sciatica").erase("sources"); }), kP,
      "sciatica", "sources", "is required"));
  EXPECT_TRUE(has_problem(load_edited(kP,
                                      [](json& d) {
                                        auto& p = by_id(d["precautions"], "sciatica");
                                        p["exclude"] = json::array();
                                        p.erase("shows_sciatica_guidance");
                                      }),
                          kP, "sciatica", "exclude", "excludes nothing"));
}

TEST(ScreeningLoad, StageMistakes) {
  EXPECT_TRUE(has_problem(load_edited(kS, [](json& d) { d["item"] = "pain_now_x"; }), kS, "",
                          "item", "not a question"));
  EXPECT_TRUE(has_problem(load_edited(kS, [](json& d) { d["stages"][1].erase("at_most"); }), kS,
                          "subacute", "id", "needs a bound"));
  EXPECT_TRUE(has_problem(load_edited(kS, [](json& d) { d["stages"][2]["below"] = 99; }), kS,
                          "chronic", "id", "no bound"));
}

TEST(ScreeningLoad, MissingOrBrokenFilesAndAllProblemsAtOnce) {
  Assets assets = embedded_assets();
  assets.erase(kL);
  assets[kP] = "{ not json";
  Problems problems;
  EXPECT_FALSE(Screening::load(assets, problems));
  EXPECT_TRUE(has_problem(problems, kL, "", "", "is missing"));
  EXPECT_TRUE(has_problem(problems, kP, "", "", "invalid JSON"));

  const Problems many = load_edited(kR, [](json& d) {
    by_id(d["rules"], "fever").erase("sources");
    by_id(d["rules"], "chest_pain")["level"] = "soonish";
    by_id(d["rules"], "avn_risk")["all"] = json::array({"nothing"});
  });
  EXPECT_TRUE(has_problem(many, kR, "fever", "sources", "is required"));
  EXPECT_TRUE(has_problem(many, kR, "chest_pain", "level", "not one of"));
  EXPECT_TRUE(has_problem(many, kR, "avn_risk", "all[0]", "not a question"));

  assets = embedded_assets();
  assets[kSrc] = R"({"sources": [{"tag": "NHS", "reference": "x"}, {"tag": "NHS", "reference": "y"}]})";
  problems.clear();
  EXPECT_FALSE(Screening::load(assets, problems));
  EXPECT_TRUE(has_problem(problems, kSrc, "sources[1]", "tag", "twice"));
}

TEST(ScreeningLoad, EmptyAssetsAreProblemsNotACrash) {
  Problems problems;
  EXPECT_FALSE(Screening::load(Assets{}, problems));
  EXPECT_GE(problems.size(), 6u);
}

}  // namespace
}  // namespace limber
