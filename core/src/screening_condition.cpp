#include "screening_data.h"

#include <algorithm>

namespace limber::detail {
namespace {

bool listed(const std::vector<std::string>& values, const std::string& s) {
  return std::find(values.begin(), values.end(), s) != values.end();
}

bool leaf_holds(const Condition& c, const AnswerValue& a) {
  using Test = Condition::Test;
  if (a.kind == AnswerValue::Kind::none) return true;
  switch (c.test) {
    case Test::in:
    case Test::not_in: {
      // A multi-choice answer is "in" when any chosen value is listed.
      bool found = false;
      if (a.kind == AnswerValue::Kind::text) found = listed(c.values, a.text);
      for (const auto& s : a.list) found = found || listed(c.values, s);
      return c.test == Test::in ? found : !found;
    }
    case Test::below: return a.number < c.limit;
    case Test::at_most: return a.number <= c.limit;
    case Test::above: return a.number > c.limit;
    case Test::at_least: return a.number >= c.limit;
  }
  return true;
}

}  // namespace

bool holds(const Condition& c, const std::vector<AnswerValue>& answers) {
  switch (c.kind) {
    case Condition::Kind::leaf: {
      const auto i = static_cast<std::size_t>(c.item);
      return i >= answers.size() || leaf_holds(c, answers[i]);
    }
    case Condition::Kind::any:
      for (const auto& child : c.children)
        if (holds(child, answers)) return true;
      return false;
    case Condition::Kind::all:
      for (const auto& child : c.children)
        if (!holds(child, answers)) return false;
      return true;
  }
  return true;
}

}  // namespace limber::detail
