// bench_check.h: a benchmark must time work that succeeded. A failed parse or an empty
// result is usually faster than the real thing and would report a good, meaningless number,
// so each benchmark checks what it measures and stops the run loudly if it is wrong.
// (assert() would vanish: benchmarks are built with NDEBUG.)
#pragma once
#include <cstdio>
#include <cstdlib>

inline void bench_assert(bool ok, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "benchmark check failed: %s\n", what);
  std::abort();
}
