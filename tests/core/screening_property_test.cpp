// Invariants over thousands of random answer sets (seeded, so failures reproduce):
// monotonicity, precautions and pain history never moving the level, and a verdict that
// always explains itself.
#include <gtest/gtest.h>

#include <random>

#include "screening_fixture.h"

namespace limber {
namespace {

using namespace screening_test;

const char* pick(std::mt19937& rng, const std::vector<const char*>& from) {
  return from[std::uniform_int_distribution<std::size_t>(0, from.size() - 1)(rng)];
}

bool chance(std::mt19937& rng, int one_in) {
  return std::uniform_int_distribution<int>(1, one_in)(rng) == 1;
}

// A random valid answer (or none) for a question that is not a red flag.
void randomize(const Question& q, Answers& a, std::mt19937& rng) {
  const Screening& s = shipped();
  Problems problems;
  if (chance(rng, 4)) {
    s.clear(a, q.id);
    return;
  }
  switch (q.type) {
    case AnswerType::number: {
      // Small values matter most (ages, weeks), so half the draws stay below 100.
      const double top = chance(rng, 2) ? std::min(q.max, 100.0) : q.max;
      double v = std::uniform_real_distribution<double>(q.min, top)(rng);
      if (q.whole) v = std::floor(v);
      s.set_number(a, q.id, v, problems);
      break;
    }
    case AnswerType::yes_no_unsure: s.set_text(a, q.id, pick(rng, {"yes", "no", "unsure"}), problems); break;
    case AnswerType::yes_no: s.set_text(a, q.id, pick(rng, {"yes", "no"}), problems); break;
    case AnswerType::choice:
      s.set_text(a, q.id,
                 q.options[std::uniform_int_distribution<std::size_t>(0, q.options.size() - 1)(rng)].value,
                 problems);
      break;
    case AnswerType::multi_choice: {
      std::vector<std::string> chosen;
      for (const Option& o : q.options)
        if (chance(rng, 3)) chosen.push_back(o.value);
      s.set_list(a, q.id, chosen, problems);
      break;
    }
  }
  ASSERT_TRUE(problems.empty()) << q.id << ": " << to_string(problems);
}

// Red flags mostly "no", some "yes" or "unsure", a few unanswered; the rest at random.
Answers random_answers(std::mt19937& rng) {
  const Screening& s = shipped();
  Answers a = s.blank();
  Problems problems;
  for (const Question& q : s.questions()) {
    if (q.role != Role::red_flag) {
      randomize(q, a, rng);
      continue;
    }
    const int r = std::uniform_int_distribution<int>(0, 19)(rng);
    if (r == 0) continue;
    s.set_text(a, q.id, r < 14 ? "no" : r < 17 ? "unsure" : "yes", problems);
  }
  return a;
}

std::vector<const Question*> red_flags() {
  std::vector<const Question*> out;
  for (const Question& q : shipped().questions())
    if (q.role == Role::red_flag) out.push_back(&q);
  return out;
}

int strength(const Screening& s, const Answers& a, const std::string& id) {
  const AnswerValue* v = s.answer(a, id);
  if (!v) return -1;
  return v->text == "yes" ? 2 : v->text == "unsure" ? 1 : 0;
}

TEST(ScreeningProperty, RaisingAnyAnswerNeverLowersTheLevel) {
  const Screening& s = shipped();
  const auto flags = red_flags();
  std::mt19937 rng(20240601);
  int raised = 0;
  for (int n = 0; n < 2000; ++n) {
    const Answers before = random_answers(rng);
    const Verdict v0 = s.evaluate(before);
    const Question& q = *flags[std::uniform_int_distribution<std::size_t>(0, flags.size() - 1)(rng)];
    const int from = strength(s, before, q.id);
    if (from == 2) continue;
    Answers after = before;
    Problems problems;
    const char* to = from == 1 || chance(rng, 2) ? "yes" : "unsure";
    s.set_text(after, q.id, to, problems);
    const Verdict v1 = s.evaluate(after);
    ASSERT_GE(v1.level, v0.level) << q.id << " " << from << " -> " << to << "\n"
                                  << to_json(v0) << "\n" << to_json(v1);
    // With completeness unchanged, the programme can only get stricter too.
    if (from >= 0) {
      ASSERT_GE(v1.programme, v0.programme) << q.id;
    }
    raised += v1.level > v0.level;
  }
  EXPECT_GT(raised, 50);  // the property was exercised, not vacuous
}

TEST(ScreeningProperty, EveryItemAlongNoUnsureYesOnRandomBackgrounds) {
  const Screening& s = shipped();
  std::mt19937 rng(7);
  for (int n = 0; n < 60; ++n) {
    const Answers base = random_answers(rng);
    for (const Question* q : red_flags()) {
      Answers a = base;
      Problems problems;
      s.clear(a, q->id);
      const Level none = s.evaluate(a).level;
      s.set_text(a, q->id, "no", problems);
      const Level no = s.evaluate(a).level;
      s.set_text(a, q->id, "unsure", problems);
      const Level unsure = s.evaluate(a).level;
      s.set_text(a, q->id, "yes", problems);
      const Level yes = s.evaluate(a).level;
      ASSERT_EQ(none, no) << q->id;  // a missing answer adds nothing to the level
      ASSERT_LE(no, unsure) << q->id;
      ASSERT_LE(unsure, yes) << q->id;
    }
  }
}

TEST(ScreeningProperty, PrecautionsAndPainHistoryNeverChangeTheLevel) {
  const Screening& s = shipped();
  std::mt19937 rng(42);
  int with_precautions = 0;
  for (int n = 0; n < 1000; ++n) {
    const Answers a = random_answers(rng);
    Answers b = a;
    for (const Question& q : s.questions())
      if (q.role == Role::precaution || q.role == Role::pain_history) randomize(q, b, rng);
    const Verdict va = s.evaluate(a), vb = s.evaluate(b);
    ASSERT_EQ(va.level, vb.level) << to_json(va) << "\n" << to_json(vb);
    ASSERT_EQ(va.reasons.size(), vb.reasons.size());
    ASSERT_EQ(va.fired.size(), vb.fired.size());
    ASSERT_EQ(va.complete, vb.complete);
    with_precautions += !vb.precautions.empty();
  }
  EXPECT_GT(with_precautions, 250);
}

TEST(ScreeningProperty, EveryVerdictExplainsItself) {
  const Screening& s = shipped();
  std::mt19937 rng(1234);
  for (int n = 0; n < 1000; ++n) {
    const Verdict v = s.evaluate(random_answers(rng));
    ASSERT_EQ(v.reasons.empty(), v.level == Level::self_care) << to_json(v);
    Level highest = Level::self_care;
    for (const Reason& r : v.reasons) {
      ASSERT_FALSE(r.text.empty());
      ASSERT_FALSE(r.rules.empty());
      highest = std::max(highest, r.level);
    }
    ASSERT_EQ(highest, v.level);
    for (const FiredRule& f : v.fired) ASSERT_LE(f.level, v.level);
    ASSERT_FALSE(v.sources.empty());
    ASSERT_FALSE(v.action.empty());
    ASSERT_EQ(v.actions.front(), v.action);
    ASSERT_FALSE(v.not_a_diagnosis.empty());
    ASSERT_EQ(v.complete, v.unanswered.empty());
    if (!v.complete || v.level >= Level::urgent) {
      ASSERT_EQ(v.programme, Programme::locked);
    }
    if (v.level == Level::soon) {
      ASSERT_NE(v.programme, Programme::full);
    }
    for (const PrecautionHit& p : v.precautions) {
      ASSERT_FALSE(p.reason.empty());
      ASSERT_FALSE(p.sources.empty());
      for (const auto& tag : p.excluded_tags)
        ASSERT_TRUE(std::count(v.excluded_tags.begin(), v.excluded_tags.end(), tag));
    }
  }
}

}  // namespace
}  // namespace limber
