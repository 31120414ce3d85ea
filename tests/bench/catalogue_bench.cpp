// The catalogue's start-up cost (load and validate every exercise) and a typical plan query.
#include <benchmark/benchmark.h>

#include "bench_check.h"

#include "limber/catalogue.h"

static void BM_LoadCatalogue(benchmark::State& state) {
  for (auto _ : state) {
    limber::Problems problems;
    auto catalogue = limber::Catalogue::load(limber::embedded_assets(), problems);
    bench_assert(problems.empty() && catalogue.all().size() >= 40, "the catalogue loads whole");
    benchmark::DoNotOptimize(catalogue);
  }
}
BENCHMARK(BM_LoadCatalogue);

static void BM_QueryCatalogue(benchmark::State& state) {
  limber::Problems problems;
  const auto catalogue = limber::Catalogue::load(limber::embedded_assets(), problems);
  limber::CatalogueQuery q;
  q.category = limber::Category::stretch;
  q.exclude = {limber::Movement::kneeling, limber::Movement::hip_flexion_past_90};
  q.search = "stretch";
  bench_assert(problems.empty() && !catalogue.query(q).empty(), "the query finds stretches");
  for (auto _ : state) benchmark::DoNotOptimize(catalogue.query(q));
}
BENCHMARK(BM_QueryCatalogue);
