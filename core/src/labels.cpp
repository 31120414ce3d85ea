#include "limber/labels.h"

#include "content_text.h"
#include "json_read.h"
#include "limber/catalogue.h"
#include "limber/plan.h"
#include "limber/session.h"
#include "limber/stats.h"
#include "number_text.h"

namespace limber {
namespace {

constexpr std::size_t kMaxLabel = 40;
constexpr std::size_t kMaxSentence = 100;  // the trend vocabularies are short sentences

// The vocabularies that need words, with their values in order.
std::vector<std::pair<const char*, std::vector<std::string>>> vocabularies() {
  using content_text::string_list;
  const auto trends =
      string_list({to_string(TrendDirection::unknown), to_string(TrendDirection::better),
                   to_string(TrendDirection::steady), to_string(TrendDirection::worse)});
  return {{"region", names<Region>()},       {"category", names<Category>()},
          {"position", names<Position>()},   {"equipment", names<Equipment>()},
          {"plane", names<Plane>()},         {"level", string_list({"1", "2", "3"})},
          {"day_kind", string_list({to_string(DayKind::strength), to_string(DayKind::stretch),
                                    to_string(DayKind::gentle), to_string(DayKind::locked)})},
          {"pain_trend", trends},            {"activity_trend", trends},
          {"step", string_list({to_string(StepKind::get_ready), to_string(StepKind::work),
                                to_string(StepKind::rest)})},
          // No words for Side::none: a step on both sides or none says nothing about sides.
          {"side", string_list({to_string(Side::left), to_string(Side::right)})}};
}

}  // namespace

const std::string& Labels::of(const std::string& vocabulary, const std::string& value) const {
  static const std::string none;
  for (const auto& [name, list] : lists)
    if (name == vocabulary)
      for (const auto& [v, label] : list)
        if (v == value) return label;
  return none;
}

Labels load_labels(const Assets& assets, Problems& problems) {
  Labels labels;
  const std::string file = labels_path();
  const auto doc = content_text::read_asset(assets, file, problems);
  if (!doc) return labels;
  json_read::Fields top(*doc, file, "", problems);
  for (const auto& [vocabulary, values] : vocabularies()) {
    const Json* words = top.object(vocabulary);
    if (!words) continue;
    json_read::Fields f = top.nested(*words, vocabulary);
    std::vector<std::pair<std::string, std::string>> list;
    const std::size_t max = std::string(vocabulary).find("trend") != std::string::npos ? kMaxSentence
                                                                                      : kMaxLabel;
    for (const std::string& value : values) {
      const std::string* label = f.string_at(value.c_str());
      if (label && label->size() > max)
        f.error(value, with_number("must be at most ", max, " bytes long"));
      else if (label)
        list.emplace_back(value, *label);
    }
    f.reject_unknown();
    labels.lists.emplace_back(vocabulary, std::move(list));
  }
  top.reject_unknown();
  return labels;
}

Json to_json(const Labels& labels) {
  Json out = Json::object();
  for (const auto& [vocabulary, list] : labels.lists) {
    Json words = Json::object();
    for (const auto& [value, label] : list) words[value] = label;
    out[vocabulary] = std::move(words);
  }
  return out;
}

}  // namespace limber
