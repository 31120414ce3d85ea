// Loading and validating assets/screening/. The engine trusts this content with people's
// safety, so the loader checks everything it can check without clinical knowledge: every
// reference resolves, every rule and level has a source tag that sources.json defines,
// every question has lay text, and nothing unknown slips through. All problems are reported.
#include <algorithm>
#include <array>
#include <set>

#include "content_text.h"
#include "json_read.h"
#include "screening_data.h"

namespace limber {
namespace {

using json_read::Fields;
using json_read::Need;
using json = limber::Json;
using detail::Condition;
using detail::ScreeningData;

constexpr const char* kQuestions = "screening/questions.json";
constexpr const char* kRules = "screening/rules.json";
constexpr const char* kLevels = "screening/levels.json";
constexpr const char* kPrecautions = "screening/precautions.json";
constexpr const char* kStages = "screening/stages.json";
constexpr const char* kSources = "screening/sources.json";

// Conditions nest any/all; deeper than this is a mistake, not a need.
constexpr int kMaxConditionDepth = 4;
constexpr double kNumberLimit = 1e9;
constexpr int kRoleCount = 4;
constexpr int kTypeCount = 5;
constexpr int kProgrammeCount = 3;

bool is_id(const std::string& s) {
  if (s.empty() || s[0] < 'a' || s[0] > 'z') return false;
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  return true;
}

// The index of the value a field names among name(0..count-1); -1 when absent or wrong.
// One body for every enum, not one per enum_field instantiation (web core size).
int enum_index(Fields& f, const char* key, int count, const char* (*name)(int)) {
  std::vector<std::string> names;
  for (int i = 0; i < count; ++i) names.push_back(name(i));
  return f.choice_index(key, names);
}

// The "id" of a rule or precaution into `out`: snake_case, and not one `ids` holds already.
void unique_id(Fields& f, std::set<std::string>& ids, std::string& out) {
  if (!f.read_text("id", out)) return;
  if (!is_id(out)) f.error("id", "must be snake_case");
  if (!ids.insert(out).second) f.error_quoting("id", out, " is used twice");
}

// A field naming one value of a schema enum (its names come from to_string), stored into
// `out`; true when stored.
template <typename Enum>
bool enum_field(Fields& f, const char* key, int count, Enum& out) {
  const int i =
      enum_index(f, key, count, [](int e) { return to_string(static_cast<Enum>(e)); });
  if (i >= 0) out = static_cast<Enum>(i);
  return i >= 0;
}

// Where a condition may look: which roles, and (for shown_if) only at earlier questions.
// Roles are bits (role_bit) rather than a std::vector<Role>: less code in the web core.
struct Scope {
  unsigned roles;
  int before = -1;  // -1: any question
  const char* what;
};

constexpr unsigned role_bit(Role r) { return 1u << static_cast<unsigned>(r); }

class Loader {
 public:
  Loader(const Assets& assets, ScreeningData& data, Problems& problems)
      : assets_(assets), d_(data), problems_(problems) {}

  void load_all() {
    sources();
    questions();
    levels();
    rules();
    precautions();
    stages();
  }

 private:
  std::optional<json> document(const char* file) {
    auto doc = content_text::read_asset(assets_, file, problems_);
    if (doc && !doc->is_object()) {
      problems_.push_back({file, "", "", std::string("must be a JSON object, not ") +
                                             json_read::type_name(*doc)});
      return std::nullopt;
    }
    return doc;
  }

  // The entry name for problems: the id when there is a usable one, else "list[i]".
  static std::string entry_name(const json& item, const char* list, std::size_t i) {
    return content_text::member_or(item, "id", json_read::item_path(list, i));
  }

  void source_tags(Fields& f, std::vector<std::string>& tags) {
    if (!f.read_list("sources", tags)) return;
    if (tags.empty()) f.error("sources", "must name at least one source tag");
    for (std::size_t i = 0; i < tags.size(); ++i)
      if (sources_ok_ && !known_sources_.count(tags[i]))
        f.error_quoting(json_read::item_path("sources", i), tags[i], " is not a tag in ",
                        kSources);
  }

  void sources() {
    auto doc = document(kSources);
    if (!doc) return;
    const std::size_t before = problems_.size();
    Fields root(*doc, kSources, "", problems_);
    const json* list = root.array("sources");
    root.reject_unknown();
    if (list) {
      for (std::size_t i = 0; i < list->size(); ++i) {
        Fields f((*list)[i], kSources, json_read::item_path("sources", i), problems_);
        const std::string* tag = f.string_at("tag");
        f.string_at("reference");
        f.reject_unknown();
        if (tag && !known_sources_.insert(*tag).second) f.error_quoting("tag", *tag, " twice");
      }
    }
    sources_ok_ = problems_.size() == before;
  }

  // ---- questions ----

  void questions() {
    auto doc = document(kQuestions);
    if (!doc) return;
    Fields root(*doc, kQuestions, "", problems_);
    answer_labels(root);
    const json* groups = root.array("groups");
    const json* questions = root.array("questions");
    // Every id up front, so a condition naming a later question says so.
    for (std::size_t i = 0; questions && i < questions->size(); ++i)
      question_ids_.insert(entry_name((*questions)[i], "questions", i));
    root.reject_unknown();
    if (groups) {
      for (std::size_t i = 0; i < groups->size(); ++i) group((*groups)[i], i);
    }
    if (questions) {
      for (std::size_t i = 0; i < questions->size(); ++i) question((*questions)[i], i);
      if (questions->empty()) root.error("questions", "must list at least one question");
    }
    for (const Group& g : d_.groups) {
      bool used = false;
      for (const Question& q : d_.questions) used = used || q.group == g.id;
      if (!used) problems_.push_back({kQuestions, g.id, "", "group has no questions"});
    }
  }

  void answer_labels(Fields& root) {
    const json* labels = root.object("answer_labels");
    if (!labels) return;
    Fields f = root.nested(*labels, "answer_labels");
    for (const char* key : {"yes", "no", "unsure"})
      f.read_text(key, d_.answer_labels[key]);
    f.reject_unknown();
  }

  void group(const json& item, std::size_t i) {
    Fields f(item, kQuestions, entry_name(item, "groups", i), problems_);
    Group g;
    f.read_text("id", g.id);
    f.read_text("title", g.title);
    f.read_text("intro", g.intro, Need::optional);
    f.reject_unknown();
    if (!g.id.empty() && !is_id(g.id)) f.error("id", "must be snake_case");
    for (const Group& other : d_.groups)
      if (!g.id.empty() && other.id == g.id) f.error_quoting("id", g.id, " is used twice");
    d_.groups.push_back(std::move(g));
  }

  std::vector<std::string> group_ids() const {
    std::vector<std::string> out;
    for (const Group& g : d_.groups) out.push_back(g.id);
    return out;
  }

  void question(const json& item, std::size_t i) {
    Fields f(item, kQuestions, entry_name(item, "questions", i), problems_);
    Question q;
    const bool id = f.read_text("id", q.id);
    f.read_choice("group", group_ids(), q.group);
    const bool red_flag = enum_field(f, "role", kRoleCount, q.role) && q.role == Role::red_flag;
    f.read_bool("required", q.required);
    const bool type = enum_field(f, "type", kTypeCount, q.type);
    f.read_text("text", q.text);
    f.read_text("hint", q.hint, Need::optional);
    f.read_text("summary", q.summary, red_flag ? Need::required : Need::optional);
    if (type) type_details(f, q);

    if (id && !is_id(q.id)) f.error("id", "must be snake_case");
    if (id && d_.find(q.id) >= 0) f.error_quoting("id", q.id, " is used twice");
    if (red_flag && type && q.type != AnswerType::yes_no_unsure)
      f.error("type", "a red_flag question must be yes_no_unsure");
    if (red_flag && f.has("required") && !q.required)
      f.error("required", "a red_flag question must be required");

    std::optional<Condition> shown_if;
    json shown_if_json;
    if (const json* cond = f.object("shown_if", Need::optional)) {
      Fields c = f.nested(*cond, "shown_if");
      shown_if = condition(c, Scope{role_bit(Role::red_flag) | role_bit(Role::context) |
                                        role_bit(Role::precaution) | role_bit(Role::pain_history),
                                    static_cast<int>(d_.questions.size()),
                                    "shown_if may only name questions asked before this one"},
                           0);
      shown_if_json = *cond;
      q.has_shown_if = shown_if.has_value();
    }
    f.reject_unknown();

    if (id && d_.find(q.id) < 0) d_.index[q.id] = static_cast<int>(d_.questions.size());
    d_.questions.push_back(std::move(q));
    d_.shown_if.push_back(std::move(shown_if));
    d_.shown_if_json.push_back(std::move(shown_if_json));
  }

  void type_details(Fields& f, Question& q) {
    const bool number = q.type == AnswerType::number;
    const bool choices = q.type == AnswerType::choice || q.type == AnswerType::multi_choice;
    for (const char* key : {"min", "max", "unit", "whole"})
      if (!number && f.has(key)) {
        f.any(key);
        f.error(key, "only number questions have this field");
      }
    if (!choices && f.has("options")) {
      f.any("options");
      f.error("options", "only choice and multi_choice questions have options");
    }
    if (number) {
      const bool min = f.read_number("min", -kNumberLimit, kNumberLimit, q.min);
      const bool max = f.read_number("max", -kNumberLimit, kNumberLimit, q.max);
      f.read_text("unit", q.unit);
      f.read_bool("whole", q.whole, Need::optional);
      if (min && max && !(q.min < q.max)) f.error("max", "must be more than min");
    }
    if (choices) {
      const json* options = f.array("options");
      if (!options) return;
      if (options->size() < 2) f.error("options", "must offer at least two options");
      for (std::size_t i = 0; i < options->size(); ++i) {
        Fields o = f.nested((*options)[i], json_read::item_path("options", i).c_str());
        Option option;
        o.read_text("value", option.value);
        o.read_text("text", option.text);
        o.reject_unknown();
        if (!option.value.empty() && !is_id(option.value)) o.error("value", "must be snake_case");
        for (const Option& other : q.options)
          if (!option.value.empty() && other.value == option.value)
            o.error_quoting("value", option.value, " is used twice");
        q.options.push_back(std::move(option));
      }
    }
  }

  // ---- conditions ----

  std::optional<Condition> condition(Fields& c, const Scope& scope, int depth) {
    if (!c.ok()) return std::nullopt;
    if (c.has("any") || c.has("all")) {
      const bool any = c.has("any");
      const char* key = any ? "any" : "all";
      const json* list = c.array(key);
      c.reject_unknown();
      if (!list) return std::nullopt;
      if (list->empty()) {
        c.error(key, "must list at least one condition");
        return std::nullopt;
      }
      if (depth >= kMaxConditionDepth) {
        static_assert(kMaxConditionDepth == 4, "the message below names the limit");
        c.error(key, "nests too deep (at most 4)");
        return std::nullopt;
      }
      Condition out;
      out.kind = any ? Condition::Kind::any : Condition::Kind::all;
      bool good = true;
      for (std::size_t i = 0; i < list->size(); ++i) {
        Fields child = c.nested((*list)[i], json_read::item_path(key, i).c_str());
        auto sub = condition(child, scope, depth + 1);
        if (sub) out.children.push_back(std::move(*sub));
        good = good && sub.has_value();
      }
      if (!good) return std::nullopt;
      return out;
    }
    return leaf(c, scope);
  }

  std::optional<Condition> leaf(Fields& c, const Scope& scope) {
    using Test = Condition::Test;
    static const std::pair<const char*, Test> kTests[] = {
        {"in", Test::in},       {"not_in", Test::not_in},     {"below", Test::below},
        {"at_most", Test::at_most}, {"above", Test::above}, {"at_least", Test::at_least}};
    const std::string* item = c.string_at("item");
    const std::pair<const char*, Test>* test = nullptr;  // the one test present
    int tests = 0;
    for (const auto& t : kTests)
      if (c.has(t.first)) {
        c.any(t.first);
        test = &t;
        ++tests;
      }
    if (tests != 1) {
      c.reject_unknown();
      c.error("item", "needs exactly one test: in, not_in, below, at_most, above or at_least");
      return std::nullopt;
    }
    const char* key = test->first;
    Condition out;
    out.test = test->second;
    const int index = item ? d_.find(*item) : -1;
    if (item && index < 0 && question_ids_.count(*item))
      c.error_quoting("item", *item, " cannot be used here: ", scope.what);
    else if (item && index < 0)
      c.error_quoting("item", *item, " is not a question");
    const Question* q = index >= 0 ? &d_.questions[static_cast<std::size_t>(index)] : nullptr;
    if (q && (!(scope.roles & role_bit(q->role)) ||
              (scope.before >= 0 && index >= scope.before))) {
      c.error_quoting("item", *item, " cannot be used here: ", scope.what);
      q = nullptr;
    }
    const bool numeric = out.test != Test::in && out.test != Test::not_in;
    if (numeric) {
      const bool limit = c.read_number(key, -kNumberLimit, kNumberLimit, out.limit);
      if (q && q->type != AnswerType::number)
        c.error_quoting(key, q->id, " is not a number question");
      c.reject_unknown();
      if (!limit || !q || q->type != AnswerType::number) return std::nullopt;
    } else {
      const auto allowed = q ? detail::allowed_values(*q) : std::vector<std::string>{};
      if (q && q->type == AnswerType::number)
        c.error_quoting(key, q->id, " is a number question: use below, at_most, above or at_least");
      const bool values = c.read_list(key, allowed, out.values);
      c.reject_unknown();
      if (values && out.values.empty()) c.error(key, "must list at least one value");
      if (!values || out.values.empty() || !q || q->type == AnswerType::number)
        return std::nullopt;
    }
    out.item = index;
    return out;
  }

  // ---- levels ----

  void levels() {
    auto doc = document(kLevels);
    if (!doc) return;
    Fields root(*doc, kLevels, "", problems_);
    root.read_text("not_a_diagnosis", d_.not_a_diagnosis);
    if (const json* incomplete = root.object("incomplete")) {
      Fields f = root.nested(*incomplete, "incomplete");
      f.read_text("title", d_.incomplete_title);
      f.read_text("action", d_.incomplete_action);
      f.reject_unknown();
    }
    const json* list = root.array("levels");
    root.reject_unknown();
    if (!list) return;
    bool seen[detail::kLevelCount] = {};
    for (std::size_t i = 0; i < list->size(); ++i) {
      const json& item = (*list)[i];
      Fields f(item, kLevels, entry_name(item, "levels", i), problems_);
      Level id = Level::self_care;
      const bool has_id = enum_field(f, "id", detail::kLevelCount, id);
      detail::LevelData level;
      f.read_text("title", level.title);
      f.read_text("action", level.action);
      const bool programme = enum_field(f, "programme", kProgrammeCount, level.programme);
      const bool ack = programme && level.programme == Programme::gentle_after_ack;
      if (programme && !ack && f.has("acknowledgement")) {
        f.any("acknowledgement");
        f.error("acknowledgement", "only a gentle_after_ack level asks for one");
      } else {
        f.read_text("acknowledgement", level.acknowledgement,
                    ack ? Need::required : Need::optional);
      }
      source_tags(f, level.sources);
      f.reject_unknown();
      if (!has_id) continue;
      const auto index = static_cast<std::size_t>(id);
      if (seen[index]) f.error_quoting("id", to_string(id), " is listed twice");
      seen[index] = true;
      d_.levels[index] = std::move(level);
    }
    for (std::size_t i = 0; i < detail::kLevelCount; ++i)
      if (!seen[i])
        problems_.push_back({kLevels, to_string(static_cast<Level>(i)), "", "level is missing"});
    // A more urgent level may never allow more exercise than a less urgent one: this keeps
    // the programme monotonic in the answers, like the level.
    for (std::size_t i = 1; i < detail::kLevelCount; ++i)
      if (seen[i] && seen[i - 1] && d_.levels[i].programme < d_.levels[i - 1].programme)
        problems_.push_back({kLevels, to_string(static_cast<Level>(i)), "programme",
                             std::string("must be at least as strict as for ") +
                                 to_string(static_cast<Level>(i - 1))});
  }

  // ---- rules ----

  std::vector<int> trigger_items(Fields& f, const char* key, Need need) {
    std::vector<int> out;
    std::vector<std::string> ids;
    if (!f.read_list(key, ids, need)) return out;
    if (need == Need::required && ids.empty()) f.error(key, "must name at least one item");
    for (std::size_t i = 0; i < ids.size(); ++i) {
      const std::string& id = ids[i];
      const std::string where = json_read::item_path(key, i);
      const int index = d_.find(id);
      if (index < 0) {
        f.error_quoting(where, id, " is not a question in ", kQuestions);
      } else if (d_.questions[static_cast<std::size_t>(index)].role != Role::red_flag) {
        f.error_quoting(where, id, " is not a red_flag question");
      } else if (std::find(out.begin(), out.end(), index) != out.end()) {
        f.error_quoting(where, id, " is listed twice");
      } else {
        out.push_back(index);
      }
    }
    return out;
  }

  void rules() {
    auto doc = document(kRules);
    if (!doc) return;
    Fields root(*doc, kRules, "", problems_);
    const json* list = root.array("rules");
    root.reject_unknown();
    if (!list) return;
    std::set<std::string> ids;
    for (std::size_t i = 0; i < list->size(); ++i) {
      const json& item = (*list)[i];
      Fields f(item, kRules, entry_name(item, "rules", i), problems_);
      Rule rule;
      detail::RuleData data;
      unique_id(f, ids, rule.id);
      data.all = trigger_items(f, "all", Need::required);
      data.any = trigger_items(f, "any", Need::optional);
      for (int index : data.any)
        if (std::find(data.all.begin(), data.all.end(), index) != data.all.end())
          f.error_quoting("any", d_.questions[static_cast<std::size_t>(index)].id,
                          " is already in all");
      if (const json* when = f.object("when", Need::optional)) {
        Fields c = f.nested(*when, "when");
        // Only context items: a rule qualified by a symptom answer could fall when another
        // answer rises, and precautions and pain history must never move the level.
        data.when = condition(c, Scope{role_bit(Role::context), -1,
                                       "rule conditions may only name context questions"},
                              0);
      }
      // self_care is what no rule says; a rule that cannot raise the level is a mistake.
      if (enum_field(f, "level", detail::kLevelCount, rule.level) &&
          rule.level == Level::self_care)
        f.error("level", "a rule must raise the level above self_care");
      f.read_text("advice", rule.advice, Need::optional);
      f.string_at("note", Need::optional);
      source_tags(f, rule.sources);
      f.reject_unknown();
      rule.has_context = data.when.has_value();
      for (int index : data.all) rule.all.push_back(d_.questions[static_cast<std::size_t>(index)].id);
      for (int index : data.any) rule.any.push_back(d_.questions[static_cast<std::size_t>(index)].id);
      d_.rules.push_back(std::move(rule));
      d_.rule_data.push_back(std::move(data));
    }
    // A red-flag question no rule reads would be asked and then ignored.
    for (std::size_t q = 0; q < d_.questions.size(); ++q) {
      if (d_.questions[q].role != Role::red_flag) continue;
      bool used = false;
      for (const auto& r : d_.rule_data)
        used = used || std::find(r.all.begin(), r.all.end(), static_cast<int>(q)) != r.all.end();
      if (!used)
        problems_.push_back({kRules, d_.questions[q].id, "",
                             "red_flag question is in no rule's 'all' list"});
    }
  }

  // ---- precautions ----

  void precautions() {
    auto doc = document(kPrecautions);
    if (!doc) return;
    Fields root(*doc, kPrecautions, "", problems_);
    const json* list = root.array("precautions");
    root.reject_unknown();
    if (!list) return;
    std::set<std::string> ids;
    for (std::size_t i = 0; i < list->size(); ++i) {
      const json& item = (*list)[i];
      Fields f(item, kPrecautions, entry_name(item, "precautions", i), problems_);
      detail::PrecautionData p;
      unique_id(f, ids, p.id);
      const Question* q = nullptr;
      if (const std::string* question = f.string_at("question")) {
        p.question = d_.find(*question);
        if (p.question < 0) {
          f.error_quoting("question", *question, " is not a question in ", kQuestions);
        } else {
          q = &d_.questions[static_cast<std::size_t>(p.question)];
          if (q->role != Role::precaution) {
            f.error_quoting("question", *question, " is not a precaution question");
            q = nullptr;
          } else if (q->type == AnswerType::number || q->type == AnswerType::multi_choice) {
            f.error_quoting("question", *question, " must be a yes/no or choice question");
            q = nullptr;
          }
        }
      }
      if (f.read_list("values", q ? detail::allowed_values(*q) : std::vector<std::string>{},
                      p.values) &&
          p.values.empty())
        f.error("values", "must list at least one value");
      if (const json* when = f.object("when", Need::optional)) {
        Fields c = f.nested(*when, "when");
        p.when = condition(c, Scope{role_bit(Role::context) | role_bit(Role::precaution), -1,
                                    "precaution conditions may only name context or precaution questions"},
                           0);
      }
      if (f.read_list("exclude", p.exclude))
        for (std::size_t t = 0; t < p.exclude.size(); ++t)
          if (!is_id(p.exclude[t]))
            f.error(json_read::item_path("exclude", t), "must be a snake_case movement tag");
      f.read_bool("locks_programme", p.locks_programme, Need::optional);
      f.read_bool("shows_sciatica_guidance", p.shows_sciatica_guidance, Need::optional);
      f.read_text("reason", p.reason);
      source_tags(f, p.sources);
      f.reject_unknown();
      if (f.has("exclude") && p.exclude.empty() && !p.locks_programme && !p.shows_sciatica_guidance)
        f.error("exclude", "the precaution excludes nothing, locks nothing and shows nothing");
      d_.precautions.push_back(std::move(p));
    }
  }

  // ---- pain stages ----

  void stages() {
    auto doc = document(kStages);
    if (!doc) return;
    Fields root(*doc, kStages, "", problems_);
    if (const std::string* item = root.string_at("item")) {
      d_.stage_item = d_.find(*item);
      if (d_.stage_item < 0)
        root.error_quoting("item", *item, " is not a question in ", kQuestions);
      else if (d_.questions[static_cast<std::size_t>(d_.stage_item)].type != AnswerType::number)
        root.error_quoting("item", *item, " is not a number question");
    }
    std::vector<std::string> tags;  // checked only: the stages' sources are not kept
    source_tags(root, tags);
    const json* list = root.array("stages");
    root.reject_unknown();
    if (!list) return;
    if (list->empty()) root.error("stages", "must list at least one stage");
    for (std::size_t i = 0; i < list->size(); ++i) {
      const json& item = (*list)[i];
      Fields f(item, kStages, entry_name(item, "stages", i), problems_);
      detail::StageData s;
      f.read_text("id", s.id);
      f.read_text("text", s.text);
      if (!s.id.empty() && !is_id(s.id)) f.error("id", "must be snake_case");
      if (s.id == "unknown") f.error("id", "'unknown' is what an unanswered item gives");
      const bool last = i + 1 == list->size();
      if (f.has("below") && f.has("at_most")) f.error("below", "use below or at_most, not both");
      if (f.read_number("below", -kNumberLimit, kNumberLimit, s.limit, Need::optional))
        s.bound = detail::StageData::Bound::below;
      if (f.read_number("at_most", -kNumberLimit, kNumberLimit, s.limit, Need::optional))
        s.bound = detail::StageData::Bound::at_most;
      f.reject_unknown();
      if (last && (f.has("below") || f.has("at_most")))
        f.error("id", "the last stage takes every value left: give it no bound");
      if (!last && !f.has("below") && !f.has("at_most"))
        f.error("id", "needs a bound (below or at_most); only the last stage has none");
      if (!d_.stages.empty() && s.bound != detail::StageData::Bound::none &&
          d_.stages.back().bound != detail::StageData::Bound::none && s.limit < d_.stages.back().limit)
        f.error("id", "bounds must rise from one stage to the next");
      d_.stages.push_back(std::move(s));
    }
  }

  const Assets& assets_;
  ScreeningData& d_;
  Problems& problems_;
  std::set<std::string> known_sources_;
  std::set<std::string> question_ids_;
  bool sources_ok_ = false;
};

}  // namespace

std::optional<Screening> Screening::load(const Assets& assets, Problems& problems) {
  std::unique_ptr<ScreeningData, detail::ScreeningDataDelete> data(new ScreeningData());
  const std::size_t before = problems.size();
  Loader(assets, *data, problems).load_all();
  if (problems.size() != before) return std::nullopt;
  Screening screening;
  screening.data_ = std::move(data);
  return screening;
}

}  // namespace limber

namespace limber {

const std::vector<Group>& Screening::groups() const { return data_->groups; }
const std::vector<Question>& Screening::questions() const { return data_->questions; }
const std::vector<Rule>& Screening::rules() const { return data_->rules; }

std::vector<std::string> Screening::precaution_questions() const {
  std::vector<std::string> ids;
  for (const detail::PrecautionData& p : data_->precautions) {
    const std::string& id = data_->questions[static_cast<std::size_t>(p.question)].id;
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  }
  return ids;
}

}  // namespace limber
