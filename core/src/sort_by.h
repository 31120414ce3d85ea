// sort_by.h (private): the core's one sort.
//
//   sort_by(items, [](const Card& a, const Card& b) { return a.order < b.order; });
//
// Stable, like std::stable_sort. Why not std::stable_sort itself: every element type and
// comparator instantiates a fresh copy of it (~3.5 KB of WebAssembly each, ~30 KB in all),
// which a phone downloads. Here the sorting is done once, out of line, on indices; each call
// site adds only a small comparator and a permutation.
#pragma once
#include <cstddef>
#include <utility>
#include <vector>

namespace limber {

using IndexLess = bool (*)(const void* context, std::size_t a, std::size_t b);

// The stable order of indices 0..n-1 under `less` (a merge sort).
std::vector<std::size_t> stable_order(std::size_t n, IndexLess less, const void* context);

template <typename T, typename Less>
void sort_by(std::vector<T>& items, const Less& less) {
  if (items.size() < 2) return;
  struct Context {
    const std::vector<T>* items;
    const Less* less;
  } context{&items, &less};
  const std::vector<std::size_t> order = stable_order(
      items.size(),
      [](const void* c, std::size_t a, std::size_t b) {
        const auto* x = static_cast<const Context*>(c);
        return (*x->less)((*x->items)[a], (*x->items)[b]);
      },
      &context);
  std::vector<T> sorted;
  sorted.reserve(items.size());
  for (std::size_t i : order) sorted.push_back(std::move(items[i]));
  items = std::move(sorted);
}

template <typename T>
void sort_by(std::vector<T>& items) {
  sort_by(items, [](const T& a, const T& b) { return a < b; });
}

}  // namespace limber
