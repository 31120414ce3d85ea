// Education tags: reading assets/screening/education_tags.json, checking every id in it
// against the screening, and which tags a verdict sets. The clinical ids live in the file;
// this code knows only the kinds of condition.
#include <algorithm>
#include <map>

#include "content_text.h"
#include "json_read.h"
#include "limber/education.h"
#include "screening_data.h"

namespace limber {
namespace {

using json_read::Fields;
using json_read::json;
using When = EducationTag::When;
using content_text::in_quotes;
using content_text::join;

// By When, in declaration order.
const std::vector<std::string>& when_names() {
  static const std::vector<std::string> all =
      content_text::string_list({"sciatica_guidance", "precaution", "level_above", "answered"});
  return all;
}

const std::vector<std::string>& level_names() {
  static const std::vector<std::string> all = [] {
    std::vector<std::string> names;
    for (int i = 0; i <= static_cast<int>(Level::emergency); ++i)
      names.push_back(to_string(static_cast<Level>(i)));
    return names;
  }();
  return all;
}

bool has(const std::vector<std::string>& list, const std::string& s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

std::string item_name(std::size_t index) { return json_read::item_path("tags", index); }

// At least one distinct string, stored into `list` (left empty when wrong).
bool distinct_list(Fields& f, const char* key, std::vector<std::string>& list) {
  if (!f.read_list(key, list)) return false;
  bool ok = !list.empty();
  if (!ok)
    f.error(key, "needs at least one item");
  else
    ok = content_text::no_repeats(f, key, list);
  if (!ok) list.clear();
  return ok;
}

std::string at(const char* key, std::size_t i) {
  return json_read::item_path(key, i);
}

// A PrecautionHit names the question its precaution reads, so that is what ids must be.
void check_precaution_ids(const Fields& f, const std::vector<std::string>& ids,
                          const Screening& screening) {
  const std::vector<std::string> known = screening.precaution_questions();
  for (std::size_t i = 0; i < ids.size(); ++i)
    if (!has(known, ids[i]))
      f.error_quoting(at("ids", i), ids[i], " is not a question a precaution reads (",
                      (join(known) + ")").c_str());
}

// A verdict carries the pain history answers only, so only those can be tested.
void check_answered(const Fields& f, const std::vector<std::string>& ids,
                    const std::vector<std::string>& values, const Screening& screening) {
  std::vector<const Question*> questions;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    const Question* q = screening.question(ids[i]);
    if (!q)
      f.error_quoting(at("ids", i), ids[i], " is not a screening question");
    else if (q->role != Role::pain_history)
      f.error_quoting(at("ids", i), ids[i], " is a ",
                      (std::string(to_string(q->role)) +
                       " question; a verdict keeps only pain_history answers")
                          .c_str());
    else if (q->type == AnswerType::number)
      f.error_quoting(at("ids", i), ids[i],
                        " has number answers; answered reads text and choice answers");
    else
      questions.push_back(q);
  }
  if (questions.size() != ids.size()) return;
  for (std::size_t i = 0; i < values.size(); ++i)
    if (std::none_of(questions.begin(), questions.end(),
                     [&](const Question* q) { return detail::allows(*q, values[i]); }))
      f.error_quoting(at("values", i), values[i], " is not an answer to ", join(ids).c_str());
}

void read_condition(Fields& f, const Screening* screening, EducationTag& t) {
  switch (t.when) {
    case When::sciatica_guidance:
      break;
    case When::precaution:
      if (distinct_list(f, "ids", t.ids) && screening)
        check_precaution_ids(f, t.ids, *screening);
      break;
    case When::level_above:
      // level_names() is in Level's order.
      if (const int i = f.choice_index("level", level_names()); i >= 0) {
        t.level = static_cast<Level>(i);
        if (t.level == Level::emergency)
          f.error("level", "nothing is above 'emergency', so the tag could never apply");
      }
      break;
    case When::answered: {
      const bool ids = distinct_list(f, "ids", t.ids);
      const bool values = distinct_list(f, "values", t.values);
      if (ids && values && screening) check_answered(f, t.ids, t.values, *screening);
      break;
    }
  }
}

bool matches(const AnswerValue& value, const std::vector<std::string>& values) {
  switch (value.kind) {
    case AnswerValue::Kind::text:
      return has(values, value.text);
    case AnswerValue::Kind::list:
      return std::any_of(value.list.begin(), value.list.end(),
                         [&](const std::string& v) { return has(values, v); });
    default:
      return false;
  }
}

}  // namespace

std::vector<EducationTag> load_education_tags(const Assets& assets, const Screening* screening,
                                              Problems& problems) {
  const std::string path = education_tags_path();
  std::vector<EducationTag> tags;
  auto doc = content_text::read_asset(assets, path, problems);
  if (!doc) return tags;
  Fields top(*doc, path, "", problems);
  const json* list = top.array("tags");
  top.reject_unknown();
  if (!list) return tags;

  std::map<std::string, std::size_t, std::less<>> first_index;  // tag -> where it was first defined
  for (std::size_t i = 0; i < list->size(); ++i) {
    const json& item = (*list)[i];
    const std::size_t problems_before = problems.size();
    Fields f(item, path, content_text::member_or(item, "tag", ""), problems, item_name(i));
    EducationTag t;
    if (content_text::snake_id(f, "tag", t.tag)) {
      if (auto [where, added] = first_index.emplace(t.tag, i); !added)
        f.error_quoting("tag", t.tag, " is already defined by ", item_name(where->second).c_str());
    }
    const int when = f.choice_index("when", when_names());
    // Which other keys belong depends on the kind, so without one they cannot be judged.
    if (when < 0) continue;
    t.when = static_cast<When>(when);
    read_condition(f, screening, t);
    f.reject_unknown();
    if (problems.size() == problems_before) tags.push_back(std::move(t));
  }
  return tags;
}

bool applies(const EducationTag& tag, const Verdict& verdict) {
  switch (tag.when) {
    case When::sciatica_guidance:
      return verdict.show_sciatica_guidance;
    case When::precaution:
      return std::any_of(verdict.precautions.begin(), verdict.precautions.end(),
                         [&](const PrecautionHit& hit) { return has(tag.ids, hit.id); });
    case When::level_above:
      return verdict.level > tag.level;
    case When::answered:
      return std::any_of(verdict.pain_history.answers.begin(), verdict.pain_history.answers.end(),
                         [&](const auto& answer) {
                           return has(tag.ids, answer.first) && matches(answer.second, tag.values);
                         });
  }
  return false;
}

std::vector<std::string> education_tags(const std::vector<EducationTag>& tags,
                                        const Verdict& verdict) {
  std::vector<std::string> out;
  for (const EducationTag& t : tags)
    if (applies(t, verdict)) out.push_back(t.tag);
  return out;
}

}  // namespace limber
