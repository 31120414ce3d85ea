// limber/education.h: short education cards (assets/education/<id>.json), in plain words
// with their sources, for the shells to show beside the programme.
//
//   Problems problems;
//   const std::vector<Card> cards = load_education(embedded_assets(), problems);
//   for (const Card& c : cards) std::cout << c.title << "\n";    // in display order
//   // Cards tagged for this person's screening result go first:
//   const std::vector<std::string> tags = education_tags(verdict);   // e.g. {"sciatica"}
//   for (const Card* c : featured_cards(cards, tags)) ...
//   to_json(cards[0]) -> the same shape as the card's file
//
// A card with any problem is left out, so every card returned is complete and short enough
// for a phone screen. Cards never diagnose; tests/core/education_test.cpp checks the wording.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "limber/json.h"

#include "limber/assets.h"
#include "limber/problem.h"

namespace limber {

struct Verdict;

// Limits that keep a card readable in one go on a phone (characters, UTF-8 aware).
namespace education_limits {
constexpr std::size_t kMaxTitle = 60, kMaxSummary = 160, kMaxParagraph = 400;
constexpr std::size_t kMaxTryThis = 200, kMaxSource = 80;
constexpr std::size_t kMinBody = 2, kMaxBody = 6, kMinSources = 1, kMaxSources = 6;
constexpr int kMaxOrder = 10000;
}  // namespace education_limits

struct Card {
  std::string id;                   // snake_case, the file name without .json
  std::string title;
  std::string summary;              // one line
  std::string topic;                // one of education_topics()
  std::vector<std::string> body;    // 2-6 short paragraphs or bullet points, in order
  std::string try_this;             // one small thing to do; "" when the card has none
  std::vector<std::string> sources; // source tags, at least one
  int order = 0;                    // display order (lower first; ties by id)
  // "" or one of education_show_when(): the card is shown prominently when that tag is
  // among education_tags() of the person's screening verdict.
  std::string show_when;
};

// The topics a card may have: understanding_pain, staying_active, exercise, treatments,
// safety, habits, confidence.
const std::vector<std::string>& education_topics();

// The show_when tags, and when education_tags() sets them:
//   sciatica         the verdict's show_sciatica_guidance is set;
//   hip_replacement  a hip_replacement precaution applies;
//   warning_signs    the level is above self_care;
//   worry            fear_of_movement, worry or low_mood was answered yes or unsure.
const std::vector<std::string>& education_show_when();

// Reads every education/*.json in `assets`, appending every problem found to `problems`.
// Sorted by order, then id.
std::vector<Card> load_education(const Assets& assets, Problems& problems);

// The show_when tags that apply to `verdict`, in education_show_when() order.
std::vector<std::string> education_tags(const Verdict& verdict);

// The cards whose show_when is one of `tags`, in `cards` order.
std::vector<const Card*> featured_cards(const std::vector<Card>& cards,
                                        const std::vector<std::string>& tags);

// The same shape as a card file (loading the output gives back the same card); try_this
// and show_when are left out when empty.
Json to_json(const Card& card);

}  // namespace limber
