// evaluate(): answers in, verdict out. The level is the highest level any rule gives; each
// rule reads only yes/unsure answers of red-flag items (and a condition on context items),
// which is what makes the level monotonic and blind to precautions and pain history.
#include <algorithm>

#include "screening_data.h"
#include "sort_by.h"

namespace limber {
namespace {

using detail::ScreeningData;

// 0: no or no answer, 1: unsure, 2: yes.
int strength(const AnswerValue& a) {
  if (a.kind != AnswerValue::Kind::text) return 0;
  if (a.text == "yes") return 2;
  if (a.text == "unsure") return 1;
  return 0;
}

// An unsure answer counts one level lower than yes, never below routine (so an item whose
// yes is an emergency gives urgent when unsure).
Level one_step_less(Level level) {
  return level > Level::routine ? static_cast<Level>(static_cast<int>(level) - 1) : level;
}

void add_unique(std::vector<std::string>& list, const std::string& s) {
  if (!s.empty() && std::find(list.begin(), list.end(), s) == list.end()) list.push_back(s);
}

// Sorted, without duplicates: for the unions of tags (copied once, at the end).
std::vector<std::string> sorted_union(std::vector<const std::string*>& items) {
  sort_by(items, [](auto* a, auto* b) { return *a < *b; });
  std::vector<std::string> out;
  for (const std::string* s : items)
    if (out.empty() || out.back() != *s) out.push_back(*s);
  return out;
}

void collect(std::vector<const std::string*>& into, const std::vector<std::string>& from) {
  for (const std::string& s : from) into.push_back(&s);
}

struct ItemHit {
  bool hit = false;
  Level level = Level::routine;
  std::vector<std::string> rules;
};

}  // namespace

Verdict Screening::evaluate(const Answers& answers) const {
  const ScreeningData& d = *data_;
  const std::vector<AnswerValue>* values = &answers.values_;
  const bool pad = values->size() != d.questions.size();  // a default Answers: nothing answered
  // Sized when needed, not resize()d: one template fewer in the web module.
  std::vector<AnswerValue> padded(pad ? d.questions.size() : 0);
  if (pad) {
    for (std::size_t i = 0; i < padded.size() && i < values->size(); ++i)
      padded[i] = (*values)[i];
    values = &padded;
  }
  const auto value = [&](int index) -> const AnswerValue& {
    return (*values)[static_cast<std::size_t>(index)];
  };

  Verdict v;
  std::vector<ItemHit> items(d.questions.size());
  std::vector<const std::string*> sources;
  std::vector<std::pair<Level, const std::string*>> advice;

  for (std::size_t r = 0; r < d.rules.size(); ++r) {
    const Rule& rule = d.rules[r];
    const detail::RuleData& data = d.rule_data[r];
    int all = 2;
    for (int i : data.all) all = std::min(all, strength(value(i)));
    if (all == 0) continue;
    int any = data.any.empty() ? 2 : 0;
    for (int i : data.any) any = std::max(any, strength(value(i)));
    if (any == 0) continue;
    if (data.when && !detail::holds(*data.when, *values)) continue;

    const bool via_unsure = all < 2 || any < 2;
    const Level level = via_unsure ? one_step_less(rule.level) : rule.level;
    v.level = std::max(v.level, level);
    v.fired.push_back({rule.id, level, via_unsure});
    collect(sources, rule.sources);
    if (!rule.advice.empty()) advice.emplace_back(level, &rule.advice);
    const auto took_part = [&](int i) {
      ItemHit& hit = items[static_cast<std::size_t>(i)];
      hit.level = hit.hit ? std::max(hit.level, level) : level;
      hit.hit = true;
      hit.rules.push_back(rule.id);
    };
    for (int i : data.all) took_part(i);
    for (int i : data.any)
      if (strength(value(i)) == any) took_part(i);
  }

  for (std::size_t i = 0; i < items.size(); ++i) {
    if (!items[i].hit) continue;
    const Question& q = d.questions[i];
    v.reasons.push_back({q.id, q.summary, items[i].level,
                         strength((*values)[i]) == 1, std::move(items[i].rules)});
  }
  sort_by(v.reasons, [](const Reason& a, const Reason& b) { return a.level > b.level; });

  // Completeness: a required item counts only while it is shown.
  for (std::size_t i = 0; i < d.questions.size(); ++i) {
    const Question& q = d.questions[i];
    if (!q.required || (*values)[i].kind != AnswerValue::Kind::none) continue;
    if (d.shown_if[i] && !detail::holds(*d.shown_if[i], *values)) continue;
    v.unanswered.push_back(q.id);
  }
  v.complete = v.unanswered.empty();

  // Precautions filter exercises and may lock the programme; they never touch the level.
  std::vector<const std::string*> excluded;
  bool precaution_locks = false;
  std::vector<const std::string*> lock_reasons;
  for (const detail::PrecautionData& p : d.precautions) {
    const AnswerValue& a = value(p.question);
    if (a.kind != AnswerValue::Kind::text ||
        std::find(p.values.begin(), p.values.end(), a.text) == p.values.end())
      continue;
    if (p.when && !detail::holds(*p.when, *values)) continue;
    v.precautions.push_back({d.questions[static_cast<std::size_t>(p.question)].id, p.id, a.text,
                             p.exclude, p.reason, p.sources, p.locks_programme,
                             p.shows_sciatica_guidance});
    collect(excluded, p.exclude);
    v.show_sciatica_guidance = v.show_sciatica_guidance || p.shows_sciatica_guidance;
    if (p.locks_programme) {
      precaution_locks = true;
      lock_reasons.push_back(&p.reason);
    }
  }
  v.excluded_tags = sorted_union(excluded);

  const detail::LevelData& level = d.levels[static_cast<std::size_t>(v.level)];
  v.programme = level.programme;
  if (!v.complete || precaution_locks) v.programme = Programme::locked;
  if (v.programme == Programme::gentle_after_ack) v.acknowledgement = level.acknowledgement;
  collect(sources, level.sources);
  v.sources = sorted_union(sources);

  // "No warning signs found" would be untrue while items are unanswered.
  const bool unchecked = !v.complete && v.level == Level::self_care;
  v.title = unchecked ? d.incomplete_title : level.title;
  v.action = unchecked ? d.incomplete_action : level.action;
  v.actions.push_back(v.action);
  // Only advice from rules at the verdict's level: a lower rule's advice ("don't put off the
  // appointment") must never sit under a more urgent action and blur it.
  for (const auto& [lvl, text] : advice)
    if (lvl == v.level) add_unique(v.actions, *text);
  if (!v.complete) add_unique(v.actions, d.incomplete_action);
  for (const std::string* reason : lock_reasons) add_unique(v.actions, *reason);

  for (std::size_t i = 0; i < d.questions.size(); ++i)
    if (d.questions[i].role == Role::pain_history && (*values)[i].kind != AnswerValue::Kind::none)
      v.pain_history.answers.emplace_back(d.questions[i].id, (*values)[i]);
  if (d.stage_item >= 0 && value(d.stage_item).kind == AnswerValue::Kind::number) {
    v.pain_history.stage_weeks = value(d.stage_item).number;
    v.pain_history.stage = stage_for_weeks(v.pain_history.stage_weeks, &v.pain_history.stage_text);
  }
  v.not_a_diagnosis = d.not_a_diagnosis;
  return v;
}

void detail::ScreeningDataDelete::operator()(const ScreeningData* data) const { delete data; }

Screening::Screening(const Screening& other)
    : data_(other.data_ ? new ScreeningData(*other.data_) : nullptr) {}

Screening& Screening::operator=(const Screening& other) {
  if (this != &other) *this = Screening(other);
  return *this;
}

std::string Screening::stage_for_weeks(double weeks, std::string* text) const {
  for (const detail::StageData& s : data_->stages) {
    using Bound = detail::StageData::Bound;
    if (s.bound == Bound::none || (s.bound == Bound::below && weeks < s.limit) ||
        (s.bound == Bound::at_most && weeks <= s.limit)) {
      if (text) *text = s.text;
      return s.id;
    }
  }
  if (text) text->clear();
  return "unknown";
}

}  // namespace limber
