// Education cards: reading and checking assets/education/*.json, and which cards a
// screening verdict brings forward.
#include "limber/education.h"

#include <algorithm>

#include "content_text.h"
#include "json_read.h"
#include "limber/screening.h"
#include "sort_by.h"

namespace limber {
namespace {

using json_read::Fields;
using json_read::json;
using json_read::Need;
namespace limits = education_limits;

const std::string kFolder = "education/";

bool contains(const std::vector<std::string>& list, const std::string& s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

// Problems name the entry by the id the file claims, so they read the way the file does.
std::string entry_label(const json& doc, const std::string& fallback) {
  if (!doc.is_object()) return fallback;
  auto it = doc.find("id");
  if (it != doc.end() && it->is_string() && !it->get_ref<const std::string&>().empty())
    return it->get_ref<const std::string&>();
  return fallback;
}

// The card in `file`, or nullopt after recording why it cannot be shown.
std::optional<Card> read_card(const std::string& file, const json& doc, Problems& out) {
  const std::string expected_id = content_text::id_from_path(file, kFolder);
  const std::size_t problems_before = out.size();
  Fields f(doc, file, entry_label(doc, expected_id), out);
  Card card;

  if (auto id = f.text("id")) {
    if (!content_text::is_snake_case(*id))
      f.error("id", content_text::in_quotes(*id) +
                        " must be snake_case (a-z, 0-9 and _, starting with a letter)");
    else if (*id != expected_id)
      f.error("id", content_text::in_quotes(*id) + " does not match the file name (expected " +
                        content_text::in_quotes(expected_id) + ")");
    card.id = *id;
  }
  if (auto v = f.integer("order", 0, limits::kMaxOrder)) card.order = *v;
  if (auto v = f.choice("topic", education_topics())) card.topic = *v;
  if (auto v = f.choice("show_when", education_show_when(), Need::optional)) card.show_when = *v;
  if (auto v = content_text::line(f, "title", limits::kMaxTitle)) card.title = *v;
  if (auto v = content_text::line(f, "summary", limits::kMaxSummary)) card.summary = *v;
  if (auto v = content_text::lines(f, "body", limits::kMinBody, limits::kMaxBody,
                                   limits::kMaxParagraph))
    card.body = *v;
  if (auto v = content_text::line(f, "try_this", limits::kMaxTryThis, Need::optional))
    card.try_this = *v;
  if (auto v = content_text::lines(f, "sources", limits::kMinSources, limits::kMaxSources,
                                   limits::kMaxSource))
    card.sources = *v;
  f.reject_unknown();

  if (out.size() != problems_before) return std::nullopt;
  return card;
}

bool answered_yes_or_unsure(const PainHistory& history, const std::string& id) {
  for (const auto& [item, value] : history.answers)
    if (item == id && value.kind == AnswerValue::Kind::text &&
        (value.text == "yes" || value.text == "unsure"))
      return true;
  return false;
}

}  // namespace

const std::vector<std::string>& education_topics() {
  static const std::vector<std::string> all = {"understanding_pain", "staying_active",
                                               "exercise",           "treatments",
                                               "safety",             "habits",
                                               "confidence"};
  return all;
}

const std::vector<std::string>& education_show_when() {
  static const std::vector<std::string> all = {"sciatica", "hip_replacement", "warning_signs",
                                               "worry"};
  return all;
}

std::vector<Card> load_education(const Assets& assets, Problems& problems) {
  std::vector<Card> cards;
  const auto paths = asset_paths(assets, kFolder);
  if (paths.empty()) problems.push_back({kFolder, "", "", "no education cards found"});
  for (const std::string& path : paths) {
    auto doc = json_read::parse(assets.find(path)->second, path, problems);
    if (!doc) continue;
    if (auto card = read_card(path, *doc, problems)) cards.push_back(std::move(*card));
  }
  sort_by(cards, [](const Card& a, const Card& b) {
    return a.order != b.order ? a.order < b.order : a.id < b.id;
  });
  return cards;
}

std::vector<std::string> education_tags(const Verdict& verdict) {
  // The item ids below are the screening contract (shared/clinical/red-flags.md).
  const bool hip_replacement =
      std::any_of(verdict.precautions.begin(), verdict.precautions.end(),
                  [](const PrecautionHit& hit) { return hit.id == "hip_replacement"; });
  const bool worry = answered_yes_or_unsure(verdict.pain_history, "fear_of_movement") ||
                     answered_yes_or_unsure(verdict.pain_history, "worry") ||
                     answered_yes_or_unsure(verdict.pain_history, "low_mood");
  std::vector<std::string> tags;
  if (verdict.show_sciatica_guidance) tags.push_back("sciatica");
  if (hip_replacement) tags.push_back("hip_replacement");
  if (verdict.level > Level::self_care) tags.push_back("warning_signs");
  if (worry) tags.push_back("worry");
  return tags;
}

std::vector<const Card*> featured_cards(const std::vector<Card>& cards,
                                        const std::vector<std::string>& tags) {
  std::vector<const Card*> out;
  for (const Card& c : cards)
    if (!c.show_when.empty() && contains(tags, c.show_when)) out.push_back(&c);
  return out;
}

json to_json(const Card& card) {
  json j = json::object();
  j["id"] = card.id;
  j["order"] = card.order;
  j["topic"] = card.topic;
  if (!card.show_when.empty()) j["show_when"] = card.show_when;
  j["title"] = card.title;
  j["summary"] = card.summary;
  j["body"] = card.body;
  if (!card.try_this.empty()) j["try_this"] = card.try_this;
  j["sources"] = card.sources;
  return j;
}

}  // namespace limber
