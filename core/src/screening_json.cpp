// The screening's two JSON faces: the questionnaire shells render, and the verdict.
#include <cmath>

#include "limber/json.h"

#include "screening_data.h"

namespace limber {
namespace {

using json = limber::Json;

json number_json(double v) {
  // Whole numbers print as 40, not 40.0.
  if (std::floor(v) == v && std::fabs(v) < 9e15) return static_cast<std::int64_t>(v);
  return v;
}

json answer_json(const AnswerValue& a) {
  switch (a.kind) {
    case AnswerValue::Kind::text: return a.text;
    case AnswerValue::Kind::number: return number_json(a.number);
    case AnswerValue::Kind::list: return a.list;
    case AnswerValue::Kind::none: break;
  }
  return nullptr;
}


}  // namespace

std::string Screening::questionnaire_json(int indent) const {
  const detail::ScreeningData& d = *data_;
  json groups = json::array();
  for (const Group& g : d.groups) {
    json group = {{"id", g.id}, {"title", g.title}};
    if (!g.intro.empty()) group["intro"] = g.intro;
    groups.push_back(std::move(group));
  }
  json questions = json::array();
  for (std::size_t i = 0; i < d.questions.size(); ++i) {
    const Question& q = d.questions[i];
    json out = {{"id", q.id},        {"group", q.group},         {"text", q.text},
                {"type", to_string(q.type)}, {"role", to_string(q.role)},
                {"required", q.required}};
    if (!q.hint.empty()) out["hint"] = q.hint;
    if (!q.summary.empty()) out["summary"] = q.summary;
    if (q.type == AnswerType::number) {
      out["min"] = number_json(q.min);
      out["max"] = number_json(q.max);
      out["whole"] = q.whole;
      out["unit"] = q.unit;
    }
    if (q.type == AnswerType::yes_no_unsure || q.type == AnswerType::yes_no) {
      json options = json::array();
      for (const std::string& value : detail::allowed_values(q)) {
        auto label = d.answer_labels.find(value);
        options.push_back({{"value", value}, {"text", label->second}});
      }
      out["options"] = std::move(options);
    }
    if (q.type == AnswerType::choice || q.type == AnswerType::multi_choice) {
      json options = json::array();
      for (const Option& o : q.options) options.push_back({{"value", o.value}, {"text", o.text}});
      out["options"] = std::move(options);
    }
    if (q.has_shown_if) out["shown_if"] = d.shown_if_json[i];
    questions.push_back(std::move(out));
  }
  return json{{"groups", std::move(groups)},
              {"questions", std::move(questions)},
              {"not_a_diagnosis", d.not_a_diagnosis}}
      .dump(indent);
}

Json verdict_object(const Verdict& v) {
  json reasons = json::array();
  for (const Reason& r : v.reasons)
    reasons.push_back({{"id", r.id},
                       {"text", r.text},
                       {"level", to_string(r.level)},
                       {"unsure", r.unsure},
                       {"rules", r.rules}});
  json fired = json::array();
  for (const FiredRule& f : v.fired)
    fired.push_back({{"id", f.id}, {"level", to_string(f.level)}, {"via_unsure", f.via_unsure}});
  json precautions = json::array();
  for (const PrecautionHit& p : v.precautions)
    precautions.push_back({{"id", p.id},
                           {"rule", p.rule},
                           {"value", p.value},
                           {"excluded_tags", p.excluded_tags},
                           {"reason", p.reason},
                           {"sources", p.sources},
                           {"locks_programme", p.locks_programme},
                           {"shows_sciatica_guidance", p.shows_sciatica_guidance}});
  json history = json::object();
  for (const auto& [id, value] : v.pain_history.answers) history[id] = answer_json(value);
  json out = {{"level", to_string(v.level)},
              {"title", v.title},
              {"action", v.action},
              {"actions", v.actions},
              {"programme", to_string(v.programme)},
              {"reasons", std::move(reasons)},
              {"fired_rules", std::move(fired)},
              {"precautions", std::move(precautions)},
              {"excluded_tags", v.excluded_tags},
              {"show_sciatica_guidance", v.show_sciatica_guidance},
              {"sources", v.sources},
              {"complete", v.complete},
              {"unanswered", v.unanswered},
              {"pain_history",
               {{"answers", std::move(history)},
                {"stage", v.pain_history.stage},
                {"stage_text", v.pain_history.stage_text}}},
              {"not_a_diagnosis", v.not_a_diagnosis}};
  if (!v.acknowledgement.empty()) out["acknowledgement"] = v.acknowledgement;
  return out;
}

std::string to_json(const Verdict& v, int indent) { return verdict_object(v).dump(indent); }

}  // namespace limber
