// screening_data.h (private): the loaded screening content, with every id resolved to a
// question index so evaluation does no lookups by name.
#pragma once
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "limber/json.h"

#include "limber/screening.h"

namespace limber::detail {

// A test on answers: a leaf on one item, or any/all of other conditions.
struct Condition {
  enum class Kind { leaf, any, all };
  enum class Test { in, not_in, below, at_most, above, at_least };
  Kind kind = Kind::leaf;
  int item = -1;
  Test test = Test::in;
  std::vector<std::string> values;  // in / not_in
  double limit = 0;                 // below / at_most / above / at_least
  std::vector<Condition> children;  // any / all
};

// A leaf whose item has no answer counts as met: a question stays shown, a rule or a
// precaution still applies. Unknown is treated as the cautious case everywhere.
bool holds(const Condition& condition, const std::vector<AnswerValue>& answers);

struct RuleData {
  std::vector<int> all, any;
  std::optional<Condition> when;
};

struct LevelData {
  std::string title, action, acknowledgement;
  Programme programme = Programme::locked;
  std::vector<std::string> sources;
};

struct PrecautionData {
  std::string id;
  int question = -1;
  std::vector<std::string> values;
  std::optional<Condition> when;
  std::vector<std::string> exclude;
  std::string reason;
  std::vector<std::string> sources;
  bool locks_programme = false;
  bool shows_sciatica_guidance = false;
};

struct StageData {
  enum class Bound { below, at_most, none };
  std::string id, text;
  Bound bound = Bound::none;
  double limit = 0;
};

constexpr int kLevelCount = 5;

struct ScreeningData {
  std::map<std::string, std::string> answer_labels;  // yes / no / unsure -> lay text
  std::vector<Group> groups;
  std::vector<Question> questions;
  std::vector<std::optional<Condition>> shown_if;  // by question index
  std::vector<Json> shown_if_json;       // as written, for the questionnaire
  std::map<std::string, int, std::less<>> index;   // question id -> index

  std::vector<Rule> rules;
  std::vector<RuleData> rule_data;  // parallel to rules

  LevelData levels[kLevelCount];  // by Level
  std::string not_a_diagnosis, incomplete_title, incomplete_action;

  std::vector<PrecautionData> precautions;

  int stage_item = -1;
  std::vector<StageData> stages;

  int find(std::string_view id) const {
    auto it = index.find(id);
    return it == index.end() ? -1 : it->second;
  }
};

// The values a text answer may take for `q` (yes/no/unsure, yes/no, or its option values).
std::vector<std::string> allowed_values(const Question& q);
// Whether `value` is one of them (without building the list).
bool allows(const Question& q, std::string_view value);

}  // namespace limber::detail
