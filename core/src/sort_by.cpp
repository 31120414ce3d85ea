#include "sort_by.h"

namespace limber {

std::vector<std::size_t> stable_order(std::size_t n, IndexLess less, const void* context) {
  std::vector<std::size_t> order(n), buffer(n);
  for (std::size_t i = 0; i < n; ++i) order[i] = i;
  // Bottom-up merge sort: runs of width 1, 2, 4... merged pairwise; ties keep the left run
  // first, which is what makes it stable.
  for (std::size_t width = 1; width < n; width *= 2) {
    for (std::size_t lo = 0; lo < n; lo += 2 * width) {
      const std::size_t mid = lo + width < n ? lo + width : n;
      const std::size_t hi = lo + 2 * width < n ? lo + 2 * width : n;
      std::size_t a = lo, b = mid, out = lo;
      while (a < mid && b < hi)
        buffer[out++] = less(context, order[b], order[a]) ? order[b++] : order[a++];
      while (a < mid) buffer[out++] = order[a++];
      while (b < hi) buffer[out++] = order[b++];
    }
    order.swap(buffer);
  }
  return order;
}

}  // namespace limber
