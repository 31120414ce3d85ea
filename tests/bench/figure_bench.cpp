// The figure's costs: loading every pose file, staging an exercise once, and one animation
// frame (what a 60 fps session player pays per frame), plus the SVG text for the web.
#include <benchmark/benchmark.h>

#include "bench_check.h"

#include "limber/figure.h"
#include "limber/figure_svg.h"

namespace {

// The pose set of one exercise (stops the run if it is missing).
const limber::figure::PoseSet& pose_set(const char* exercise);

const limber::figure::Poses& poses() {
  static const limber::figure::Poses p = [] {
    limber::Problems problems;
    auto loaded = limber::figure::Poses::load(limber::embedded_assets(), problems);
    bench_assert(problems.empty(), "the poses load without problems");
    return loaded;
  }();
  return p;
}

const limber::figure::PoseSet& pose_set(const char* exercise) {
  const limber::figure::PoseSet* set = poses().find(exercise);
  bench_assert(set != nullptr, exercise);
  return *set;
}

void BM_FigureLoadPoses(benchmark::State& state) {
  for (auto _ : state) {
    limber::Problems problems;
    auto p = limber::figure::Poses::load(limber::embedded_assets(), problems);
    benchmark::DoNotOptimize(p);
  }
}
BENCHMARK(BM_FigureLoadPoses);

void BM_FigureStage(benchmark::State& state) {
  const auto& set = pose_set("stationary_cycling");
  for (auto _ : state) {
    limber::figure::Figure figure(set);
    benchmark::DoNotOptimize(figure);
  }
}
BENCHMARK(BM_FigureStage);

void BM_FigureFrame(benchmark::State& state) {
  const limber::figure::Figure figure(pose_set("bird_dog"));
  bench_assert(!figure.draw("start").items.empty(), "the figure draws");
  double t = 0;
  for (auto _ : state) {
    auto d = figure.draw(limber::figure::frame_at(figure.set(), t, false));
    benchmark::DoNotOptimize(d);
    t += 1.0 / 60;
  }
}
BENCHMARK(BM_FigureFrame);

void BM_FigureSvg(benchmark::State& state) {
  const auto drawing = limber::figure::draw(pose_set("pigeon_stretch"), "hold");
  bench_assert(limber::figure::to_svg(drawing, {"Pigeon stretch"}).rfind("<svg", 0) == 0, "an SVG");
  for (auto _ : state) {
    auto svg = limber::figure::to_svg(drawing, {"Pigeon stretch"});
    benchmark::DoNotOptimize(svg);
  }
}
BENCHMARK(BM_FigureSvg);

}  // namespace
