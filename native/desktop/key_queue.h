// key_queue.h: keyboard events handed to Dear ImGui at most one per key per frame.
// ImGui 1.86 reads each key's state once a frame, so a quick tap (press and release of one
// key between two frames, or a release and the next press of it) was lost whenever a frame
// came late: a busy computer, a fast typist. Events wait here in order; a frame takes them
// until a key comes round a second time, and the rest wait for the next frame.
//
//   queue.push(KeyQueue::key(key, scancode, action, mods));     // from the GLFW callbacks
//   for (const auto& e : queue.take_frame()) deliver(e);         // before ImGui::NewFrame
//   if (!queue.empty()) draw another frame soon;
#pragma once
#include <cstddef>
#include <vector>

namespace limber::desktop {

class KeyQueue {
 public:
  struct Event {
    bool is_char = false;  // a typed character (codepoint), else a key event
    int key = 0, scancode = 0, action = 0, mods = 0;
    unsigned int codepoint = 0;
  };
  static Event key(int key, int scancode, int action, int mods) {
    return {false, key, scancode, action, mods, 0};
  }
  static Event character(unsigned int codepoint) { return {true, 0, 0, 0, 0, codepoint}; }

  void push(const Event& e) { pending_.push_back(e); }
  // This frame's events, in order: all of them, or those before a key's second event
  // (characters keep their place among the keys, so typing follows a Tab that moved on).
  std::vector<Event> take_frame();
  bool empty() const { return pending_.empty(); }

 private:
  std::vector<Event> pending_;
};

}  // namespace limber::desktop
