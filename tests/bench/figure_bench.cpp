// The figure's costs: loading every pose file, staging an exercise once, and one animation
// frame (what a 60 fps session player pays per frame), plus the SVG text for the web.
#include <benchmark/benchmark.h>

#include "limber/figure.h"
#include "limber/figure_svg.h"

namespace {

const limber::figure::Poses& poses() {
  static const limber::figure::Poses p = [] {
    limber::Problems problems;
    return limber::figure::Poses::load(limber::embedded_assets(), problems);
  }();
  return p;
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
  const auto& set = *poses().find("stationary_cycling");
  for (auto _ : state) {
    limber::figure::Figure figure(set);
    benchmark::DoNotOptimize(figure);
  }
}
BENCHMARK(BM_FigureStage);

void BM_FigureFrame(benchmark::State& state) {
  const limber::figure::Figure figure(*poses().find("bird_dog"));
  double t = 0;
  for (auto _ : state) {
    auto d = figure.draw(limber::figure::frame_at(figure.set(), t, false));
    benchmark::DoNotOptimize(d);
    t += 1.0 / 60;
  }
}
BENCHMARK(BM_FigureFrame);

void BM_FigureSvg(benchmark::State& state) {
  const auto drawing = limber::figure::draw(*poses().find("pigeon_stretch"), "hold");
  for (auto _ : state) {
    auto svg = limber::figure::to_svg(drawing, {"Pigeon stretch"});
    benchmark::DoNotOptimize(svg);
  }
}
BENCHMARK(BM_FigureSvg);

}  // namespace
