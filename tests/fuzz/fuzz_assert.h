// fuzz_assert.h: the fuzz targets' checks. A broken promise prints which one, then aborts, so
// libFuzzer stops and saves the input that broke it (scripts/dev.sh test then fails).
#pragma once
#include <cstdio>
#include <cstdlib>

#define FUZZ_ASSERT(condition, promise)                                             \
  do {                                                                              \
    if (!(condition)) {                                                             \
      std::fprintf(stderr, "fuzz: broken promise: %s (%s)\n", promise, #condition); \
      std::abort();                                                                 \
    }                                                                               \
  } while (0)
