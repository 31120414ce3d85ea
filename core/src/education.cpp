// Education cards: reading and checking assets/education/*.json, and picking the cards
// whose tag a verdict sets (the tags themselves: education_tags.cpp).
#include "limber/education.h"

#include <algorithm>

#include "content_text.h"
#include "json_read.h"
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

// The card in `file`, or nullopt after recording why it cannot be shown.
std::optional<Card> read_card(const std::string& file, const json& doc,
                              const std::vector<std::string>& tags, Problems& out) {
  const std::string expected_id = content_text::id_from_path(file, kFolder);
  const std::size_t problems_before = out.size();
  // Problems name the entry by the id the file claims, so they read the way the file does.
  Fields f(doc, file, content_text::member_or(doc, "id", expected_id), out);
  Card card;

  content_text::file_id(f, expected_id, card.id);
  f.read_int("order", 0, limits::kMaxOrder, card.order);
  f.read_choice("topic", education_topics(), card.topic);
  if (const std::string* v = f.string_at("show_when", Need::optional)) {
    if (contains(tags, *v)) {
      card.show_when = *v;
    } else {
      std::string m = json_read::quoted(*v, " is not a tag in ");
      m.append(education_tags_path()).append(" (");
      m.append(tags.empty() ? "it defines none" : content_text::join(tags)).append(")");
      f.error("show_when", std::move(m));
    }
  }
  content_text::line(f, "title", limits::kMaxTitle, card.title);
  content_text::line(f, "summary", limits::kMaxSummary, card.summary);
  content_text::lines(f, "body", limits::kMinBody, limits::kMaxBody, limits::kMaxParagraph,
                      card.body);
  content_text::line(f, "try_this", limits::kMaxTryThis, card.try_this, Need::optional);
  content_text::lines(f, "sources", limits::kMinSources, limits::kMaxSources, limits::kMaxSource,
                      card.sources);
  f.reject_unknown();

  if (out.size() != problems_before) return std::nullopt;
  return card;
}

}  // namespace

const std::vector<std::string>& education_topics() {
  static const std::vector<std::string> all =
      content_text::string_list({"understanding_pain", "staying_active", "exercise", "treatments",
                                 "safety", "habits", "confidence"});
  return all;
}

std::vector<Card> load_education(const Assets& assets, const std::vector<EducationTag>& tags,
                                 Problems& problems) {
  std::vector<std::string> names;
  for (const EducationTag& t : tags) names.push_back(t.tag);
  std::vector<Card> cards;
  const auto paths = asset_paths(assets, kFolder);
  if (paths.empty()) problems.push_back({kFolder, "", "", "no education cards found"});
  for (const std::string& path : paths) {
    auto doc = json_read::parse(assets.find(path)->second, path, problems);
    if (!doc) continue;
    if (auto card = read_card(path, *doc, names, problems)) cards.push_back(std::move(*card));
  }
  sort_by(cards, [](const Card& a, const Card& b) {
    return a.order != b.order ? a.order < b.order : a.id < b.id;
  });
  return cards;
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
