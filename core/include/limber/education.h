// limber/education.h: short education cards (assets/education/<id>.json), in plain words
// with their sources, for the shells to show beside the programme, and the tags that bring
// some of them forward for a person (assets/screening/education_tags.json).
//
//   Problems problems;
//   auto screening = Screening::load(embedded_assets(), problems);
//   const auto tags = load_education_tags(embedded_assets(), &*screening, problems);
//   const std::vector<Card> cards = load_education(embedded_assets(), tags, problems);
//   for (const Card& c : cards) std::cout << c.title << "\n";    // in display order
//   // Cards tagged for this person's screening result go first:
//   for (const Card* c : featured_cards(cards, education_tags(tags, verdict))) ...
//   to_json(cards[0]) -> the same shape as the card's file
//
// A card with any problem is left out, so every card returned is complete and short enough
// for a phone screen. Cards never diagnose; tests/core/education_test.cpp checks the wording.
// Which tag a verdict sets is data, not code: the file names the screening ids it reads.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "limber/json.h"

#include "limber/assets.h"
#include "limber/problem.h"
#include "limber/screening.h"

namespace limber {

// Limits that keep a card readable in one go on a phone (characters, UTF-8 aware).
namespace education_limits {
constexpr std::size_t kMaxTitle = 60, kMaxSummary = 160, kMaxParagraph = 400;
constexpr std::size_t kMaxTryThis = 200, kMaxSource = 80;
constexpr std::size_t kMinBody = 2, kMaxBody = 6, kMinSources = 1, kMaxSources = 6;
constexpr int kMaxOrder = 10000;
}  // namespace education_limits

// One entry of assets/screening/education_tags.json: a tag and when a verdict sets it.
struct EducationTag {
  enum class When {
    sciatica_guidance,  // the verdict's show_sciatica_guidance is set
    precaution,         // a precaution reading one of `ids` (question ids) applies
    level_above,        // the verdict's level is above `level`
    answered,           // one of `ids` (pain history questions) has an answer in `values`
  };
  std::string tag;
  When when = When::sciatica_guidance;
  std::vector<std::string> ids;
  std::vector<std::string> values;
  Level level = Level::self_care;
};

// The file the tags come from, relative to assets/.
inline const char* education_tags_path() { return "screening/education_tags.json"; }

// Reads it, appending every problem to `problems`; an
// entry with a problem is left out. Ids and answer values are checked against `screening`
// (pass nullptr when it failed to load: its own problems say why, and ids go unchecked).
std::vector<EducationTag> load_education_tags(const Assets& assets, const Screening* screening,
                                              Problems& problems);

// Whether `tag` applies to `verdict`.
bool applies(const EducationTag& tag, const Verdict& verdict);

// The tags that apply to `verdict`, in file order.
std::vector<std::string> education_tags(const std::vector<EducationTag>& tags,
                                        const Verdict& verdict);

struct Card {
  std::string id;                   // snake_case, the file name without .json
  std::string title;
  std::string summary;              // one line
  std::string topic;                // one of education_topics()
  std::vector<std::string> body;    // 2-6 short paragraphs or bullet points, in order
  std::string try_this;             // one small thing to do; "" when the card has none
  std::vector<std::string> sources; // source tags, at least one
  int order = 0;                    // display order (lower first; ties by id)
  // "" or a tag from education_tags.json: the card is shown prominently when that tag
  // applies to the person's screening verdict.
  std::string show_when;
};

// The topics a card may have: understanding_pain, staying_active, exercise, treatments,
// safety, habits, confidence.
const std::vector<std::string>& education_topics();

// Reads every education/*.json in `assets`, appending every problem found to `problems`;
// a show_when must be one of `tags`. Sorted by order, then id.
std::vector<Card> load_education(const Assets& assets, const std::vector<EducationTag>& tags,
                                 Problems& problems);

// The cards whose show_when is one of `tags`, in `cards` order.
std::vector<const Card*> featured_cards(const std::vector<Card>& cards,
                                        const std::vector<std::string>& tags);

// The same shape as a card file (loading the output gives back the same card); try_this
// and show_when are left out when empty.
Json to_json(const Card& card);

}  // namespace limber
