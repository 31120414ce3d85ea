// limber/screening.h: the red-flag check. Questions, rules, levels and precautions are data
// in assets/screening/; this engine is generic and knows no clinical content.
//
//   Problems problems;
//   auto screening = Screening::load(embedded_assets(), problems);   // nullopt + problems
//   // ids come from assets/screening/questions.json; this code never names one.
//   auto answers = screening->parse_answers(R"({"age": 40, "some_item": "yes"})", problems);
//   Verdict v = screening->evaluate(*answers);
//   v.level: the highest level any rule gives; v.complete == false while red-flag items
//   are unanswered, and then v.programme == Programme::locked;
//   to_json(v) -> the CLI's and web's verdict JSON.
//
// Guarantees (tested, see assets/README.md "Screening"): turning any answer from no (or no
// answer) to yes or unsure never lowers the level; precautions and pain history never change
// the level; a verdict with unanswered red-flag items is incomplete and locks the programme.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "limber/assets.h"
#include "limber/problem.h"

namespace limber {

// Ordered from least to most urgent, so levels compare with < and std::max.
enum class Level { self_care, routine, soon, urgent, emergency };
const char* to_string(Level level);
std::optional<Level> level_from_string(std::string_view text);

// What the exercise programme may do; ordered from least to most restrictive.
enum class Programme { full, gentle_after_ack, locked };
const char* to_string(Programme programme);
std::optional<Programme> programme_from_string(std::string_view text);

enum class AnswerType { yes_no_unsure, yes_no, number, choice, multi_choice };
const char* to_string(AnswerType type);

// red_flag items set the level and are required; context items (age) only qualify rules;
// precaution items filter exercises; pain_history items shape the plan. Only red_flag and
// context items can ever change the level.
enum class Role { red_flag, context, precaution, pain_history };
const char* to_string(Role role);

struct Option {
  std::string value;  // what an answer file holds, e.g. "posterior"
  std::string text;   // what the person reads
};

struct Group {
  std::string id, title, intro;  // intro may be empty
};

struct Question {
  std::string id, group;
  std::string text;     // lay wording
  std::string hint;     // may be empty
  std::string summary;  // a short statement for the verdict's reasons (red_flag items)
  AnswerType type = AnswerType::yes_no_unsure;
  Role role = Role::red_flag;
  bool required = false;     // needed for a complete verdict (unless hidden by shown_if)
  double min = 0, max = 0;   // number questions
  bool whole = false;        // number questions: whole numbers only
  std::string unit;          // number questions
  std::vector<Option> options;  // choice and multi_choice questions
  bool has_shown_if = false;
};

// A rule as loaded, for shells and tests that list or audit them.
struct Rule {
  std::string id;
  std::vector<std::string> all;  // every one of these items must be yes (or unsure)
  std::vector<std::string> any;  // and, if not empty, at least one of these
  bool has_context = false;      // also qualified by a condition on context items (age)
  Level level = Level::routine;
  std::string advice;            // extra lay text shown when it fires (may be empty)
  std::vector<std::string> sources;
};

// One answer: unanswered, a text (yes/no/unsure or an option value), a number, or a list.
struct AnswerValue {
  enum class Kind { none, text, number, list };
  Kind kind = Kind::none;
  std::string text;
  double number = 0;
  std::vector<std::string> list;
};

// Validated answers for one Screening (indexed by its questions; build them only with the
// Screening that will evaluate them).
class Answers {
 public:
  std::size_t answered() const;

 private:
  friend class Screening;
  std::vector<AnswerValue> values_;
};

struct Reason {
  std::string id;     // the red-flag item
  std::string text;   // its lay summary
  Level level = Level::routine;  // the highest level it contributed
  bool unsure = false;           // the person answered "unsure"
  std::vector<std::string> rules;  // the rules it took part in
};

struct FiredRule {
  std::string id;
  Level level = Level::routine;  // what it contributed (one step less when via unsure)
  bool via_unsure = false;
};

struct PrecautionHit {
  std::string id;    // the precaution question, e.g. "hip_replacement"
  std::string rule;  // the precaution entry that matched
  std::string value; // the answer that matched
  std::vector<std::string> excluded_tags;
  std::string reason;
  std::vector<std::string> sources;
  bool locks_programme = false;
  bool shows_sciatica_guidance = false;
};

struct PainHistory {
  std::vector<std::pair<std::string, AnswerValue>> answers;  // answered items, in order
  std::string stage = "unknown";  // from assets/screening/stages.json, or "unknown"
  std::string stage_text;         // its lay label ("" when unknown)
  double stage_weeks = -1;        // the answer the stage came from (weeks), -1 when unanswered
};

struct Verdict {
  Level level = Level::self_care;
  std::string title;
  std::string action;                // the one thing to do now
  std::vector<std::string> actions;  // action first, then rule advice and notes
  Programme programme = Programme::locked;
  std::string acknowledgement;       // what to confirm when gentle_after_ack
  std::vector<Reason> reasons;       // most urgent first
  std::vector<FiredRule> fired;
  std::vector<PrecautionHit> precautions;
  std::vector<std::string> excluded_tags;  // union, sorted
  bool show_sciatica_guidance = false;
  std::vector<std::string> sources;        // union, sorted
  bool complete = false;
  std::vector<std::string> unanswered;     // required items shown but not answered
  PainHistory pain_history;
  std::string not_a_diagnosis;
};

namespace detail {
struct ScreeningData;
// Out of line, where ScreeningData is complete (screening_evaluate.cpp).
struct ScreeningDataDelete {
  void operator()(const ScreeningData* data) const;
};
}  // namespace detail

class Screening {
 public:
  // Copies are deep (a copy is rare: the app loads one and keeps it).
  Screening(const Screening& other);
  Screening& operator=(const Screening& other);
  Screening(Screening&&) noexcept = default;
  Screening& operator=(Screening&&) noexcept = default;
  ~Screening() = default;

  // Reads assets/screening/*.json, validating every file; all problems are reported.
  static std::optional<Screening> load(const Assets& assets, Problems& problems);

  const std::vector<Group>& groups() const;
  const std::vector<Question>& questions() const;
  const std::vector<Rule>& rules() const;
  const Question* question(std::string_view id) const;
  // The questions that precautions read, each once, in precautions.json order: the ids a
  // PrecautionHit can carry.
  std::vector<std::string> precaution_questions() const;

  // Nothing answered yet.
  Answers blank() const;
  // Each setter checks the id, the type and the range; a problem names the item.
  bool set_text(Answers& answers, std::string_view id, std::string_view value,
                Problems& problems) const;  // yes/no/unsure or a choice value
  bool set_number(Answers& answers, std::string_view id, double value,
                  Problems& problems) const;
  bool set_list(Answers& answers, std::string_view id, const std::vector<std::string>& values,
                Problems& problems) const;
  void clear(Answers& answers, std::string_view id) const;
  const AnswerValue* answer(const Answers& answers, std::string_view id) const;

  // One flat JSON object: {"id": "yes" | 42 | "posterior" | ["sitting"] | null, ...}.
  // null means "no answer". Unknown ids, wrong types and out-of-range values are problems.
  std::optional<Answers> parse_answers(std::string_view json_text, Problems& problems) const;

  // Whether a shell should show the question now (false only when an answer rules it out).
  bool shown(std::string_view id, const Answers& answers) const;

  Verdict evaluate(const Answers& answers) const;

  // The pain stage for a duration in weeks (assets/screening/stages.json), e.g. "acute";
  // lets the plan move a stage on as time passes after the check. "unknown" if none fits.
  std::string stage_for_weeks(double weeks, std::string* text = nullptr) const;

  // The questionnaire for shells: {"groups": [...], "questions": [...], "not_a_diagnosis"}.
  std::string questionnaire_json(int indent = -1) const;

 private:
  Screening() = default;  // only load() makes one
  // Owned, not shared: std::shared_ptr would bring its run-time type machinery into the web
  // module (~1.5 KB gzipped).
  std::unique_ptr<const detail::ScreeningData, detail::ScreeningDataDelete> data_;
};

// The verdict as JSON (keys: level, title, action, actions, reasons, fired_rules,
// precautions, excluded_tags, show_sciatica_guidance, sources, complete, unanswered,
// programme, acknowledgement, pain_history, not_a_diagnosis).
std::string to_json(const Verdict& verdict, int indent = -1);

}  // namespace limber
