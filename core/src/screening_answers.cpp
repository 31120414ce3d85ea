// Answers: every value is checked against its question when it is set, so evaluate() only
// ever sees valid answers. A mistake is a Problem naming the item, never a silent "no".
#include <algorithm>
#include <cmath>

#include "json_read.h"
#include "screening_data.h"
#include "number_text.h"

namespace limber {
namespace {

std::string quoted_list(const std::vector<std::string>& values) {
  std::string out;
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i) out += i + 1 == values.size() ? " or " : ", ";
    out += "\"" + values[i] + "\"";
  }
  return out;
}

std::string format_number(double v) { return shortest(v); }

// What a valid answer to `q` looks like, for messages.
std::string expected(const Question& q) {
  switch (q.type) {
    case AnswerType::number:
      return std::string(q.whole ? "a whole number" : "a number") + " from " +
             format_number(q.min) + " to " + format_number(q.max) + " (" + q.unit + ")";
    case AnswerType::multi_choice:
      return "a list of any of " + quoted_list(detail::allowed_values(q));
    default:
      return quoted_list(detail::allowed_values(q));
  }
}

Problem item_problem(std::string_view id, std::string message) {
  return {"", std::string(id), "", std::move(message)};
}

// "must be <what q expects>, not <got>": every answer of the wrong kind, built in one place.
Problem must_be(std::string_view id, const Question& q, const std::string& got) {
  std::string message = "must be ";
  message.append(expected(q)).append(", not ").append(got);
  return item_problem(id, std::move(message));
}

}  // namespace

std::size_t Answers::answered() const {
  return static_cast<std::size_t>(std::count_if(values_.begin(), values_.end(), [](const auto& v) {
    return v.kind != AnswerValue::Kind::none;
  }));
}

Answers Screening::blank() const {
  Answers answers;
  std::vector<AnswerValue>(data_->questions.size()).swap(answers.values_);  // see find_question
  return answers;
}

const Question* Screening::question(std::string_view id) const {
  const int index = data_->find(id);
  return index < 0 ? nullptr : &data_->questions[static_cast<std::size_t>(index)];
}

const AnswerValue* Screening::answer(const Answers& answers, std::string_view id) const {
  const int index = data_->find(id);
  if (index < 0 || static_cast<std::size_t>(index) >= answers.values_.size()) return nullptr;
  const AnswerValue& value = answers.values_[static_cast<std::size_t>(index)];
  return value.kind == AnswerValue::Kind::none ? nullptr : &value;
}

void Screening::clear(Answers& answers, std::string_view id) const {
  const int index = data_->find(id);
  if (index >= 0 && static_cast<std::size_t>(index) < answers.values_.size())
    answers.values_[static_cast<std::size_t>(index)] = AnswerValue{};
}

namespace {

// The question `id` names, or a problem; sizes `answers` for this screening.
const Question* find_question(const detail::ScreeningData& d, std::vector<AnswerValue>& values,
                              std::string_view id, Problems& problems, int* index) {
  *index = d.find(id);
  if (*index < 0) {
    problems.push_back(item_problem(id, "is not a question in this check"));
    return nullptr;
  }
  if (values.size() != d.questions.size()) {
    // Like resize(), without compiling its template: a sized vector, the old answers moved in.
    std::vector<AnswerValue> sized(d.questions.size());
    for (std::size_t i = 0; i < sized.size() && i < values.size(); ++i)
      sized[i] = std::move(values[i]);
    values.swap(sized);  // (swap, not move-assignment: one template fewer)
  }
  return &d.questions[static_cast<std::size_t>(*index)];
}

}  // namespace

bool Screening::set_text(Answers& answers, std::string_view id, std::string_view value,
                         Problems& problems) const {
  int index = -1;
  const Question* q = find_question(*data_, answers.values_, id, problems, &index);
  if (!q) return false;
  const bool text_type = q->type != AnswerType::number && q->type != AnswerType::multi_choice;
  if (!text_type || !detail::allows(*q, value)) {
    problems.push_back(must_be(id, *q, "\"" + std::string(value) + "\""));
    return false;
  }
  AnswerValue& a = answers.values_[static_cast<std::size_t>(index)];
  a = AnswerValue{};
  a.kind = AnswerValue::Kind::text;
  a.text = std::string(value);
  return true;
}

bool Screening::set_number(Answers& answers, std::string_view id, double value,
                           Problems& problems) const {
  int index = -1;
  const Question* q = find_question(*data_, answers.values_, id, problems, &index);
  if (!q) return false;
  if (q->type != AnswerType::number || !std::isfinite(value) || value < q->min ||
      value > q->max || (q->whole && std::floor(value) != value)) {
    problems.push_back(must_be(id, *q, format_number(value)));
    return false;
  }
  AnswerValue& a = answers.values_[static_cast<std::size_t>(index)];
  a = AnswerValue{};
  a.kind = AnswerValue::Kind::number;
  a.number = value;
  return true;
}

bool Screening::set_list(Answers& answers, std::string_view id,
                         const std::vector<std::string>& values, Problems& problems) const {
  int index = -1;
  const Question* q = find_question(*data_, answers.values_, id, problems, &index);
  if (!q) return false;
  if (q->type != AnswerType::multi_choice) {
    problems.push_back(must_be(id, *q, "a list"));
    return false;
  }
  bool good = true;
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (!detail::allows(*q, values[i])) {
      problems.push_back(item_problem(
          id, "\"" + values[i] + "\" is not one of " + quoted_list(detail::allowed_values(*q))));
      good = false;
    } else if (std::find(values.begin(), values.begin() + static_cast<long>(i), values[i]) !=
               values.begin() + static_cast<long>(i)) {
      problems.push_back(item_problem(id, "lists \"" + values[i] + "\" twice"));
      good = false;
    }
  }
  if (!good) return false;
  AnswerValue& a = answers.values_[static_cast<std::size_t>(index)];
  a = AnswerValue{};
  a.kind = AnswerValue::Kind::list;
  a.list = values;
  return true;
}

std::optional<Answers> Screening::parse_answers(std::string_view json_text,
                                                Problems& problems) const {
  using json = limber::Json;
  std::string error;
  auto doc = json_read::parse(json_text, &error);
  if (!doc) {
    problems.push_back({"", "", "", "invalid JSON: " + error});
    return std::nullopt;
  }
  if (!doc->is_object()) {
    problems.push_back({"", "", "", std::string("answers must be a JSON object of question id "
                                                "to answer, not ") +
                                        json_read::type_name(*doc)});
    return std::nullopt;
  }
  Answers answers = blank();
  const std::size_t before = problems.size();
  for (auto it = doc->begin(); it != doc->end(); ++it) {
    const std::string& id = it.key();
    const json& value = it.value();
    const Question* q = question(id);
    if (!q) {
      problems.push_back(item_problem(id, "is not a question in this check"));
      continue;
    }
    if (value.is_null()) continue;  // explicitly unanswered
    if (value.is_string()) {
      set_text(answers, id, value.get_ref<const std::string&>(), problems);
    } else if (value.is_number()) {
      set_number(answers, id, value.get<double>(), problems);
    } else if (value.is_array() && q->type == AnswerType::multi_choice) {
      std::vector<std::string> items;
      bool strings = true;
      for (const json& item : value) {
        strings = strings && item.is_string();
        if (item.is_string()) items.push_back(item.get<std::string>());
      }
      if (strings)
        set_list(answers, id, items, problems);
      else
        problems.push_back(must_be(id, *q, "a list holding something other than text"));
    } else {
      problems.push_back(must_be(id, *q, json_read::type_name(value)));
    }
  }
  if (problems.size() != before) return std::nullopt;
  return answers;
}

bool Screening::shown(std::string_view id, const Answers& answers) const {
  const int index = data_->find(id);
  if (index < 0) return false;
  const auto& condition = data_->shown_if[static_cast<std::size_t>(index)];
  return !condition || detail::holds(*condition, answers.values_);
}

}  // namespace limber
