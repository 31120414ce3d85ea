// screening_fixture.h: the shipped screening content and quick ways to build answers.
#pragma once
#include <gtest/gtest.h>

#include <initializer_list>
#include <string>
#include <utility>

#include "limber/screening.h"

namespace limber::screening_test {

// The embedded content (loaded once; a load failure fails the calling test).
inline const Screening& shipped() {
  static const std::optional<Screening> screening = [] {
    Problems problems;
    auto s = Screening::load(embedded_assets(), problems);
    EXPECT_TRUE(problems.empty()) << to_string(problems);
    return s;
  }();
  if (!screening) std::abort();
  return *screening;
}

// Every red-flag item answered "no" and age 35: a complete check with nothing found.
inline Answers all_no(double age = 35) {
  const Screening& s = shipped();
  Answers a = s.blank();
  Problems problems;
  for (const Question& q : s.questions())
    if (q.role == Role::red_flag) s.set_text(a, q.id, "no", problems);
  s.set_number(a, "age", age, problems);
  EXPECT_TRUE(problems.empty()) << to_string(problems);
  return a;
}

using Changes = std::initializer_list<std::pair<const char*, const char*>>;

// all_no(age) with some items set to a text value ("yes", "unsure", "posterior"...).
inline Answers with(Changes changes, double age = 35) {
  const Screening& s = shipped();
  Answers a = all_no(age);
  Problems problems;
  for (const auto& [id, value] : changes) s.set_text(a, id, value, problems);
  EXPECT_TRUE(problems.empty()) << to_string(problems);
  return a;
}

inline Verdict evaluate(Changes changes, double age = 35) {
  return shipped().evaluate(with(changes, age));
}

inline bool fired(const Verdict& v, const std::string& rule) {
  for (const FiredRule& f : v.fired)
    if (f.id == rule) return true;
  return false;
}

inline const FiredRule* find_fired(const Verdict& v, const std::string& rule) {
  for (const FiredRule& f : v.fired)
    if (f.id == rule) return &f;
  return nullptr;
}

}  // namespace limber::screening_test
