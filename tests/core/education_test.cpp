// Education cards: the shipped cards load, cover every topic programme.md asks for, keep
// their sources and plain, non-diagnosing wording; broken card files are reported with the
// exact file, entry and field; screening verdicts bring the right cards forward.
#include <algorithm>
#include <cctype>
#include <functional>
#include <ostream>
#include <set>

#include <gtest/gtest.h>

#include "json_read.h"
#include "limber/education.h"
#include "limber/screening.h"
#include "screening_fixture.h"
#include "case_name.h"

namespace limber {
namespace {

using json = limber::Json;

// The shipped show_when tags, checked against the shipped screening.
const std::vector<EducationTag>& shipped_tags() {
  static const std::vector<EducationTag> tags = [] {
    Problems problems;
    auto t = load_education_tags(embedded_assets(), &screening_test::shipped(), problems);
    EXPECT_TRUE(problems.empty()) << to_string(problems);
    return t;
  }();
  return tags;
}

const std::vector<Card>& shipped_cards() {
  static const std::vector<Card> cards = [] {
    Problems problems;
    auto c = load_education(embedded_assets(), shipped_tags(), problems);
    EXPECT_TRUE(problems.empty()) << to_string(problems);
    return c;
  }();
  return cards;
}

const Card* find_card(const std::string& id) {
  for (const Card& c : shipped_cards())
    if (c.id == id) return &c;
  return nullptr;
}

// Everything on a card that a person reads.
std::vector<std::string> texts(const Card& c) {
  std::vector<std::string> out = {c.title, c.summary};
  out.insert(out.end(), c.body.begin(), c.body.end());
  if (!c.try_this.empty()) out.push_back(c.try_this);
  return out;
}

std::string lower(std::string s) {
  for (char& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return s;
}

TEST(Education, ShippedCardsLoadWithoutProblems) {
  Problems problems;
  const auto cards = load_education(embedded_assets(), shipped_tags(), problems);
  EXPECT_TRUE(problems.empty()) << to_string(problems);
  EXPECT_GE(cards.size(), 10u);
  EXPECT_LE(cards.size(), 14u);
  // Every file became a card: none was dropped for a problem the list above could miss.
  EXPECT_EQ(cards.size(), asset_paths(embedded_assets(), "education/").size());
}

TEST(Education, ShippedCardsAreInDisplayOrder) {
  const auto& cards = shipped_cards();
  ASSERT_FALSE(cards.empty());
  for (std::size_t i = 1; i < cards.size(); ++i) {
    const Card& a = cards[i - 1];
    const Card& b = cards[i];
    EXPECT_TRUE(a.order < b.order || (a.order == b.order && a.id < b.id))
        << a.id << " (" << a.order << ") before " << b.id << " (" << b.order << ")";
  }
  // The reassurance comes first: it is what a worried reader needs before anything else.
  EXPECT_EQ(cards.front().id, "most_back_pain_settles");
}

// Each topic programme.md and the brief ask for, and the card that covers it.
TEST(Education, EveryRequiredTopicHasItsCard) {
  const std::vector<std::pair<const char*, const char*>> required = {
      {"most back pain is not dangerous, settles in 6-12 weeks", "most_back_pain_settles"},
      {"stay active as pain allows", "keep_moving"},
      {"what red flags mean (not a diagnosis)", "warning_signs_check"},
      {"sitting and tight hip flexors", "sitting_and_hip_flexors"},
      {"pain during exercise (pain-monitoring model)", "pain_during_exercise"},
      {"the evidence on treatments", "treatments_evidence"},
      {"confidence-building approach (CFT)", "moving_with_confidence"},
      {"sciatica guidance", "sciatica_guidance"},
      {"hip replacement precautions", "hip_replacement_swaps"},
      {"ice and heat", "ice_and_heat"},
      {"walking plan", "walking_plan"},
  };
  for (const auto& [topic, id] : required) EXPECT_NE(find_card(id), nullptr) << topic << ": " << id;
}

// Facts a card must carry, so an edit cannot quietly drop them.
TEST(Education, KeyFactsStayOnTheirCards) {
  const std::vector<std::pair<const char*, std::vector<const char*>>> facts = {
      {"most_back_pain_settles", {"6 to 12 weeks"}},
      {"warning_signs_check",
       {"not a diagnosis", "Get help now", "Contact a doctor today", "next few days",
        "next check-up"}},
      {"pain_during_exercise", {"5 out of 10", "next morning"}},
      {"treatments_evidence",
       {"NSAIDs", "opioids", "long-term", "Steroid tablets", "gabapentin", "pregabalin",
        "Massage", "Traction", "heat", "doctor or pharmacist"}},
      {"moving_with_confidence", {"cognitive functional therapy", "guarding", "relax"}},
      {"sciatica_guidance", {"hamstring", "both legs", "bladder", "6 weeks"}},
      {"ice_and_heat", {"10 to 15 minutes", "towel", "4 times a day"}},
      {"walking_plan", {"10 minutes", "5 to 10 minutes", "30 minutes on 5 days a week"}},
      {"sitting_and_hip_flexors", {"once an hour", "warm up", "stretch after"}},
  };
  for (const auto& [id, needles] : facts) {
    const Card* c = find_card(id);
    ASSERT_NE(c, nullptr) << id;
    std::string all;
    for (const auto& t : texts(*c)) all += t + "\n";
    for (const char* needle : needles)
      EXPECT_NE(all.find(needle), std::string::npos) << id << " should mention '" << needle << "'";
  }
}

TEST(Education, EveryCardHasSourcesATopicAndABody) {
  for (const Card& c : shipped_cards()) {
    EXPECT_FALSE(c.sources.empty()) << c.id;
    for (const auto& s : c.sources) EXPECT_FALSE(s.empty()) << c.id;
    EXPECT_NE(std::find(education_topics().begin(), education_topics().end(), c.topic),
              education_topics().end())
        << c.id;
    EXPECT_GE(c.body.size(), 2u) << c.id;
    EXPECT_FALSE(c.title.empty()) << c.id;
    EXPECT_FALSE(c.summary.empty()) << c.id;
  }
  // The treatment and pain-monitoring cards cite what they summarise.
  const auto cites = [](const char* id, const char* tag) {
    const Card* c = find_card(id);
    return c && std::any_of(c->sources.begin(), c->sources.end(),
                            [&](const std::string& s) { return s.find(tag) != std::string::npos; });
  };
  EXPECT_TRUE(cites("pain_during_exercise", "Silbernagel 2007"));
  EXPECT_TRUE(cites("treatments_evidence", "ACP 2017"));
  EXPECT_TRUE(cites("keep_moving", "NICE NG59"));
  EXPECT_TRUE(cites("moving_with_confidence", "seed text"));
}

TEST(Education, TaggedCardsMatchTheScreeningFlags) {
  const std::vector<std::pair<const char*, const char*>> tagged = {
      {"sciatica_guidance", "sciatica"},
      {"hip_replacement_swaps", "hip_replacement"},
      {"warning_signs_check", "warning_signs"},
      {"moving_with_confidence", "worry"},
  };
  for (const auto& [id, tag] : tagged) {
    const Card* c = find_card(id);
    ASSERT_NE(c, nullptr) << id;
    EXPECT_EQ(c->show_when, tag) << id;
  }
  // Every tag some card can use is shown by at least one card.
  ASSERT_EQ(shipped_tags().size(), tagged.size());
  for (const EducationTag& t : shipped_tags())
    EXPECT_TRUE(std::any_of(shipped_cards().begin(), shipped_cards().end(),
                            [&](const Card& c) { return c.show_when == t.tag; }))
        << t.tag;
}

// A quick automated wording check: cards inform, they never diagnose or promise.
TEST(Education, WordingNeverDiagnosesOrPromises) {
  const std::vector<std::string> banned = {
      "you have",   "you've got", "cure",      "guarantee", "diagnos",
      "definitely", "100%",       "will fix",  "permanent", "you must stop taking"};
  int diagnosis_mentions = 0;
  for (const Card& c : shipped_cards()) {
    for (const std::string& original : texts(c)) {
      std::string t = lower(original);
      // "not a diagnosis" is the one use of the word we want, and only on the safety card.
      for (std::size_t at; (at = t.find("not a diagnosis")) != std::string::npos;) {
        EXPECT_EQ(c.topic, "safety") << c.id << ": " << original;
        ++diagnosis_mentions;
        t.erase(at, std::string("not a diagnosis").size());
      }
      for (const std::string& word : banned)
        EXPECT_EQ(t.find(word), std::string::npos)
            << c.id << " uses '" << word << "': " << original;
    }
  }
  EXPECT_GE(diagnosis_mentions, 1) << "the warning-sign card must say the check is not a diagnosis";
}

// The medicines card never tells anyone to start or stop a medicine.
TEST(Education, TreatmentsCardStaysNeutral) {
  const Card* c = find_card("treatments_evidence");
  ASSERT_NE(c, nullptr);
  for (const std::string& original : texts(*c)) {
    const std::string t = lower(original);
    for (const char* advice : {"you should take", "stop taking", "start taking", "ask for",
                               "try ibuprofen", "take ibuprofen"})
      EXPECT_EQ(t.find(advice), std::string::npos) << original;
  }
}

// Reading age about 12: short sentences. A rough check, but it catches a paragraph that
// has grown into one long sentence.
TEST(Education, SentencesStayShort) {
  constexpr std::size_t kMaxWords = 30;
  constexpr double kMaxAverage = 16;
  for (const Card& c : shipped_cards()) {
    std::size_t words = 0, sentences = 0;
    for (const std::string& t : texts(c)) {
      std::size_t in_sentence = 0;
      bool in_word = false;
      for (std::size_t i = 0; i <= t.size(); ++i) {
        const char ch = i < t.size() ? t[i] : '.';
        const bool space = std::isspace(static_cast<unsigned char>(ch)) != 0;
        if (!space && !in_word) ++in_sentence;
        in_word = !space;
        const bool ends = ch == '.' || ch == '!' || ch == '?';
        if (ends && (i + 1 >= t.size() || t[i + 1] == ' ')) {
          if (in_sentence > 0) {
            EXPECT_LE(in_sentence, kMaxWords) << c.id << ": a sentence in: " << t;
            words += in_sentence;
            ++sentences;
          }
          in_sentence = 0;
          in_word = false;
        }
      }
    }
    ASSERT_GT(sentences, 0u) << c.id;
    EXPECT_LE(static_cast<double>(words) / static_cast<double>(sentences), kMaxAverage) << c.id;
  }
}

TEST(Education, ToJsonLoadsBackToTheSameCard) {
  Assets assets;
  for (const Card& c : shipped_cards())
    assets["education/" + c.id + ".json"] = json_read::dump(to_json(c));
  Problems problems;
  const auto again = load_education(assets, shipped_tags(), problems);
  EXPECT_TRUE(problems.empty()) << to_string(problems);
  ASSERT_EQ(again.size(), shipped_cards().size());
  for (std::size_t i = 0; i < again.size(); ++i) {
    const Card& a = shipped_cards()[i];
    const Card& b = again[i];
    EXPECT_EQ(a.id, b.id);
    EXPECT_EQ(a.title, b.title);
    EXPECT_EQ(a.summary, b.summary);
    EXPECT_EQ(a.topic, b.topic);
    EXPECT_EQ(a.body, b.body);
    EXPECT_EQ(a.try_this, b.try_this);
    EXPECT_EQ(a.sources, b.sources);
    EXPECT_EQ(a.order, b.order);
    EXPECT_EQ(a.show_when, b.show_when);
  }
  // Optional fields are left out rather than written empty.
  Card bare = shipped_cards().front();
  bare.try_this.clear();
  bare.show_when.clear();
  const json j = to_json(bare);
  EXPECT_FALSE(j.contains("try_this"));
  EXPECT_FALSE(j.contains("show_when"));
}

// --- Broken card files -------------------------------------------------------------------

constexpr const char* kGood = R"({
  "id": "good_card", "order": 5, "topic": "habits", "title": "A good card",
  "summary": "One line.", "body": ["First point.", "Second point."],
  "try_this": "Do one small thing.", "sources": ["test"]})";
constexpr const char* kOther = R"({
  "id": "other_card", "order": 1, "topic": "safety", "show_when": "sciatica",
  "title": "Another card", "summary": "One line.", "body": ["First.", "Second."],
  "sources": ["test"]})";

const std::string kGoodFile = "education/good_card.json";

Assets base_assets() {
  return {{kGoodFile, kGood}, {"education/other_card.json", kOther}};
}

void edit(Assets& assets, const std::function<void(json&)>& change) {
  json j = json::parse(assets[kGoodFile], nullptr).value_or(json());
  change(j);
  assets[kGoodFile] = j.dump();
}

struct Expected {
  std::string file, entry, field, message_part;
};

struct Case {
  const char* what;
  std::function<void(Assets&)> break_it;
  std::vector<Expected> expected;
};

const std::vector<Case>& cases() {
  static const std::vector<Case> all = {
      {"unknown field", [](Assets& a) { edit(a, [](json& j) { j["colour"] = "red"; }); },
       {{kGoodFile, "good_card", "colour", "is not a known field"}}},
      {"missing title", [](Assets& a) { edit(a, [](json& j) { j.erase("title"); }); },
       {{kGoodFile, "good_card", "title", "is required"}}},
      {"id does not match the file name",
       [](Assets& a) { edit(a, [](json& j) { j["id"] = "bad_card"; }); },
       {{kGoodFile, "bad_card", "id", "'bad_card' does not match the file name (expected 'good_card')"}}},
      {"id not snake_case", [](Assets& a) { edit(a, [](json& j) { j["id"] = "Good Card"; }); },
       {{kGoodFile, "Good Card", "id", "must be snake_case"}}},
      {"no sources", [](Assets& a) { edit(a, [](json& j) { j["sources"] = json::array(); }); },
       {{kGoodFile, "good_card", "sources", "needs 1 to 6 items, not 0"}}},
      {"sources missing", [](Assets& a) { edit(a, [](json& j) { j.erase("sources"); }); },
       {{kGoodFile, "good_card", "sources", "is required"}}},
      {"too long paragraph",
       [](Assets& a) { edit(a, [](json& j) { j["body"][1] = std::string(401, 'a'); }); },
       {{kGoodFile, "good_card", "body[1]", "must be at most 400 characters, not 401"}}},
      {"paragraph on two lines",
       [](Assets& a) { edit(a, [](json& j) { j["body"][0] = "One.\nTwo."; }); },
       {{kGoodFile, "good_card", "body[0]", "must be a single line"}}},
      {"too long title",
       [](Assets& a) { edit(a, [](json& j) { j["title"] = std::string(61, 't'); }); },
       {{kGoodFile, "good_card", "title", "must be at most 60 characters, not 61"}}},
      {"title limit counts characters, not bytes",
       [](Assets& a) {
         std::string title;
         for (int i = 0; i < 61; ++i) title += "\xC3\xA9";  // é
         edit(a, [&](json& j) { j["title"] = title; });
       },
       {{kGoodFile, "good_card", "title", "must be at most 60 characters, not 61"}}},
      {"too long try_this",
       [](Assets& a) { edit(a, [](json& j) { j["try_this"] = std::string(201, 'x'); }); },
       {{kGoodFile, "good_card", "try_this", "must be at most 200 characters, not 201"}}},
      {"body too short", [](Assets& a) { edit(a, [](json& j) { j["body"].erase(1); }); },
       {{kGoodFile, "good_card", "body", "needs 2 to 6 items, not 1"}}},
      {"body too long",
       [](Assets& a) {
         edit(a, [](json& j) { j["body"] = json::array({"a.", "b.", "c.", "d.", "e.", "f.", "g."}); });
       },
       {{kGoodFile, "good_card", "body", "needs 2 to 6 items, not 7"}}},
      {"paragraph repeated",
       [](Assets& a) { edit(a, [](json& j) { j["body"][1] = "First point."; }); },
       {{kGoodFile, "good_card", "body[1]", "'First point.' is listed twice"}}},
      {"bad show_when", [](Assets& a) { edit(a, [](json& j) { j["show_when"] = "always"; }); },
       {{kGoodFile, "good_card", "show_when",
         "'always' is not a tag in screening/education_tags.json (sciatica, hip_replacement, "
         "warning_signs, worry)"}}},
      {"bad topic", [](Assets& a) { edit(a, [](json& j) { j["topic"] = "diet"; }); },
       {{kGoodFile, "good_card", "topic", "'diet' is not one of: understanding_pain"}}},
      {"order not a whole number", [](Assets& a) { edit(a, [](json& j) { j["order"] = 1.5; }); },
       {{kGoodFile, "good_card", "order", "must be a whole number, not 1.5"}}},
      {"empty summary", [](Assets& a) { edit(a, [](json& j) { j["summary"] = ""; }); },
       {{kGoodFile, "good_card", "summary", "must not be empty"}}},
      {"body item not a string", [](Assets& a) { edit(a, [](json& j) { j["body"][0] = 3; }); },
       {{kGoodFile, "good_card", "body[0]", "must be a non-empty string, not number"}}},
      {"not an object", [](Assets& a) { a[kGoodFile] = "[1]"; },
       {{kGoodFile, "good_card", "", "must be an object, not array"}}},
      {"invalid JSON", [](Assets& a) { a[kGoodFile] = "{\"id\": "; },
       {{kGoodFile, "", "", "invalid JSON"}}},
      {"several mistakes at once",
       [](Assets& a) {
         edit(a, [](json& j) {
           j.erase("summary");
           j["sources"] = json::array();
           j["extra"] = true;
         });
       },
       {{kGoodFile, "good_card", "summary", "is required"},
        {kGoodFile, "good_card", "sources", "needs 1 to 6 items, not 0"},
        {kGoodFile, "good_card", "extra", "is not a known field"}}},
  };
  return all;
}

class BrokenCard : public ::testing::TestWithParam<Case> {};

TEST_P(BrokenCard, IsReportedPreciselyAndLeftOut) {
  const Case& c = GetParam();
  Assets assets = base_assets();
  c.break_it(assets);
  Problems problems;
  const auto cards = load_education(assets, shipped_tags(), problems);
  ASSERT_EQ(problems.size(), c.expected.size()) << to_string(problems);
  for (std::size_t i = 0; i < problems.size(); ++i) {
    const Problem& p = problems[i];
    const Expected& e = c.expected[i];
    EXPECT_EQ(p.file, e.file) << p.to_string();
    EXPECT_EQ(p.entry, e.entry) << p.to_string();
    EXPECT_EQ(p.field, e.field) << p.to_string();
    EXPECT_NE(p.message.find(e.message_part), std::string::npos)
        << "message: " << p.message << "\nexpected to contain: " << e.message_part;
  }
  // The broken card is left out; the good one stays.
  ASSERT_EQ(cards.size(), 1u);
  EXPECT_EQ(cards[0].id, "other_card");
}

INSTANTIATE_TEST_SUITE_P(Cases, BrokenCard, ::testing::ValuesIn(cases()), testing_support::CaseName());

TEST(Education, BaseFixtureIsClean) {
  Problems problems;
  const auto cards = load_education(base_assets(), shipped_tags(), problems);
  EXPECT_TRUE(problems.empty()) << to_string(problems);
  ASSERT_EQ(cards.size(), 2u);
  EXPECT_EQ(cards[0].id, "other_card");  // order 1 before order 5
  EXPECT_EQ(cards[1].try_this, "Do one small thing.");
  EXPECT_TRUE(cards[0].try_this.empty());
  EXPECT_EQ(cards[0].show_when, "sciatica");
}

TEST(Education, EqualOrderFallsBackToId) {
  Assets assets = base_assets();
  edit(assets, [](json& j) { j["order"] = 1; });
  Problems problems;
  const auto cards = load_education(assets, shipped_tags(), problems);
  ASSERT_EQ(cards.size(), 2u);
  EXPECT_EQ(cards[0].id, "good_card");
}

TEST(Education, NoCardsAtAllIsAProblem) {
  Problems problems;
  EXPECT_TRUE(load_education(Assets{}, shipped_tags(), problems).empty());
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].file, "education/");
  EXPECT_EQ(problems[0].message, "no education cards found");
}

// --- Which cards a verdict brings forward ------------------------------------------------

std::vector<std::string> tags_for(screening_test::Changes changes) {
  return education_tags(shipped_tags(), screening_test::evaluate(changes));
}

TEST(Education, TagsFollowTheShippedScreening) {
  using V = std::vector<std::string>;
  EXPECT_EQ(tags_for({}), V{});
  EXPECT_EQ(tags_for({{"sciatica", "yes"}}), V{"sciatica"});
  EXPECT_EQ(tags_for({{"hip_replacement", "posterior"}}), V{"hip_replacement"});
  EXPECT_EQ(tags_for({{"hip_replacement", "none"}}), V{});
  EXPECT_EQ(tags_for({{"night_pain", "yes"}}), V{"warning_signs"});
  EXPECT_EQ(tags_for({{"fear_of_movement", "unsure"}}), V{"worry"});
  EXPECT_EQ(tags_for({{"low_mood", "yes"}}), V{"worry"});
  EXPECT_EQ(tags_for({{"worry", "no"}}), V{});
  EXPECT_EQ(tags_for({{"sciatica", "yes"}, {"saddle_numbness", "yes"}, {"worry", "yes"}}),
            (V{"sciatica", "warning_signs", "worry"}));
}

TEST(Education, FeaturedCardsAreTheTaggedOnesInOrder) {
  const auto& cards = shipped_cards();
  EXPECT_TRUE(featured_cards(cards, {}).empty());
  auto featured = featured_cards(cards, {"sciatica"});
  ASSERT_EQ(featured.size(), 1u);
  EXPECT_EQ(featured[0]->id, "sciatica_guidance");
  featured = featured_cards(cards, {"worry", "hip_replacement"});
  std::vector<std::string> ids;
  for (const Card* c : featured) ids.push_back(c->id);
  EXPECT_EQ(ids, (std::vector<std::string>{"moving_with_confidence", "hip_replacement_swaps",
                                           "pain_stress_and_mood"}));
}

}  // namespace
}  // namespace limber
