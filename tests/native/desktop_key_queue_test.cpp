// Quick taps reach ImGui even when a frame comes late: one event per key per frame.
#include <gtest/gtest.h>

#include "key_queue.h"

namespace limber::desktop {
namespace {

constexpr int kTab = 258, kShift = 340, kPress = 1, kRelease = 0;

TEST(KeyQueue, ATapSpansTwoFrames) {
  KeyQueue q;
  q.push(KeyQueue::key(kTab, 23, kPress, 0));
  q.push(KeyQueue::key(kTab, 23, kRelease, 0));
  auto frame = q.take_frame();
  ASSERT_EQ(frame.size(), 1u);
  EXPECT_EQ(frame[0].action, kPress);
  EXPECT_FALSE(q.empty());
  frame = q.take_frame();
  ASSERT_EQ(frame.size(), 1u);
  EXPECT_EQ(frame[0].action, kRelease);
  EXPECT_TRUE(q.empty());
  EXPECT_TRUE(q.take_frame().empty());
}

TEST(KeyQueue, TwoTapsOfOneKeyAreFourFrames) {
  KeyQueue q;
  for (int i = 0; i < 2; ++i) {
    q.push(KeyQueue::key(kTab, 23, kPress, 0));
    q.push(KeyQueue::key(kTab, 23, kRelease, 0));
  }
  int frames = 0;
  while (!q.empty()) {
    EXPECT_EQ(q.take_frame().size(), 1u);
    ++frames;
  }
  EXPECT_EQ(frames, 4);
}

TEST(KeyQueue, TypingWaitsBehindTheKeyBeforeIt) {
  KeyQueue q;
  q.push(KeyQueue::key(kTab, 23, kPress, 0));
  q.push(KeyQueue::key(kTab, 23, kRelease, 0));
  q.push(KeyQueue::character('a'));
  q.push(KeyQueue::key(kShift, 50, kPress, 0));  // another key: may share the frame
  q.push(KeyQueue::character('B'));
  EXPECT_EQ(q.take_frame().size(), 1u);
  const auto frame = q.take_frame();
  ASSERT_EQ(frame.size(), 4u);
  EXPECT_EQ(frame[0].action, kRelease);
  EXPECT_TRUE(frame[1].is_char);
  EXPECT_EQ(frame[1].codepoint, 'a');
  EXPECT_EQ(frame[2].key, kShift);
  EXPECT_EQ(frame[3].codepoint, 'B');
  EXPECT_TRUE(q.empty());
}

}  // namespace
}  // namespace limber::desktop
