// Parsing every embedded content file: the floor under every loader's start-up cost.
#include <benchmark/benchmark.h>

#include "bench_check.h"

#include "json_read.h"
#include "limber/assets.h"

static void BM_ParseEmbeddedAssets(benchmark::State& state) {
  const limber::Assets& assets = limber::embedded_assets();
  std::size_t bytes = 0;
  for (auto _ : state) {
    for (const auto& [path, text] : assets) {
      if (path.size() < 5 || path.compare(path.size() - 5, 5, ".json") != 0) continue;
      auto doc = limber::json_read::parse(text, nullptr);
      bench_assert(doc.has_value(), "every embedded JSON file parses");
      benchmark::DoNotOptimize(doc);
      bytes += text.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_ParseEmbeddedAssets);

BENCHMARK_MAIN();
