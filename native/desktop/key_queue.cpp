#include "key_queue.h"

#include <algorithm>

namespace limber::desktop {

std::vector<KeyQueue::Event> KeyQueue::take_frame() {
  std::vector<int> seen;
  std::size_t n = 0;
  for (; n < pending_.size(); ++n) {
    const Event& e = pending_[n];
    if (e.is_char) continue;
    if (std::find(seen.begin(), seen.end(), e.key) != seen.end()) break;
    seen.push_back(e.key);
  }
  std::vector<Event> frame(pending_.begin(), pending_.begin() + static_cast<std::ptrdiff_t>(n));
  pending_.erase(pending_.begin(), pending_.begin() + static_cast<std::ptrdiff_t>(n));
  return frame;
}

}  // namespace limber::desktop
