// The red-flag check: one evaluation should cost a few microseconds, so shells can re-run
// it on every answer change; parsing an answer file and loading the content for scale.
#include <benchmark/benchmark.h>

#include "bench_check.h"

#include <cstdlib>

#include "limber/screening.h"

namespace {

const limber::Screening& screening() {
  static const auto s = [] {
    limber::Problems problems;
    auto loaded = limber::Screening::load(limber::embedded_assets(), problems);
    bench_assert(loaded.has_value() && problems.empty(), "the screening loads");
    return *loaded;
  }();
  return s;
}

// A complete, realistic answer set: a few positives, an unsure, precautions, pain history.
const char* kAnswers = R"({
  "age": 61, "saddle_numbness": "no", "bladder_change": "no", "bowel_change": "no",
  "sexual_change": "no", "both_legs_symptoms": "no", "progressive_weakness": "no",
  "major_trauma": "no", "fall_cannot_bear_weight": "no", "fragility_trauma": "no",
  "cannot_walk": "no", "runner_groin_pain": "no", "fever": "no", "infection_risk": "no",
  "hot_swollen_hip": "no", "kidney_signs": "no", "cancer_history": "no",
  "weight_loss": "unsure", "night_pain": "yes", "chest_pain": "no", "aortic_signs": "no",
  "back_deformity": "no", "shingles_signs": "no", "avn_risk": "no",
  "inflammatory_pattern": "no", "not_improving_6w": "yes",
  "hip_replacement": "posterior", "weeks_since_hip_replacement": 8, "osteoporosis": "yes",
  "sciatica": "yes", "onset": "gradual", "weeks_since_onset": 10,
  "aggravating": ["sitting", "bending"], "pain_now": 4, "location": ["low_back", "buttock"]
})";

void BM_ScreeningEvaluate(benchmark::State& state) {
  limber::Problems problems;
  const auto answers = screening().parse_answers(kAnswers, problems);
  bench_assert(answers.has_value(), "the answers parse");
  // night_pain with a weight_loss "unsure" at 61: at least "soon", and complete.
  const limber::Verdict expected = screening().evaluate(*answers);
  bench_assert(expected.complete && expected.level >= limber::Level::soon, "a real verdict");
  for (auto _ : state) {
    limber::Verdict v = screening().evaluate(*answers);
    benchmark::DoNotOptimize(v);
  }
}
BENCHMARK(BM_ScreeningEvaluate);

void BM_ScreeningParseAnswers(benchmark::State& state) {
  for (auto _ : state) {
    limber::Problems problems;
    auto answers = screening().parse_answers(kAnswers, problems);
    benchmark::DoNotOptimize(answers);
  }
}
BENCHMARK(BM_ScreeningParseAnswers);

void BM_ScreeningLoad(benchmark::State& state) {
  for (auto _ : state) {
    limber::Problems problems;
    auto s = limber::Screening::load(limber::embedded_assets(), problems);
    benchmark::DoNotOptimize(s);
  }
}
BENCHMARK(BM_ScreeningLoad);

}  // namespace
