#include "limber/progression.h"

#include <gtest/gtest.h>

namespace limber {
namespace {

Date day(int n) { return Date::parse("2026-11-02")->plus_days(n); }  // day(0) is a Monday

SessionOutcome session(int d, int before, int after, bool completed = true, bool hurts = false) {
  return {day(d), completed, hurts, before, after};
}

struct Case {
  const char* name;
  std::vector<SessionOutcome> sessions;
  std::vector<DayPain> checkins;
  int step;
  std::vector<int> changes;
};

TEST(Progression, RulesFromTheProgramme) {
  const Case cases[] = {
      {"no history stays at the start", {}, {}, 0, {}},
      {"one good session is not enough", {session(0, 3, 3)}, {}, 0, {}},
      {"two good sessions in a row progress", {session(0, 3, 4), session(2, 3, 3)}, {}, 1, {+1}},
      {"pain after up to before+1 counts as good", {session(0, 3, 4), session(2, 4, 5)}, {}, 1, {+1}},
      {"before+2 is not good: breaks the run",
       {session(0, 3, 3), session(2, 3, 5), session(4, 3, 3)}, {}, 0, {}},
      {"four good sessions progress twice",
       {session(0, 2, 2), session(2, 2, 2), session(4, 2, 2), session(6, 2, 2)}, {}, 2, {+1, +1}},
      {"an unfinished session breaks the run",
       {session(0, 2, 2), session(2, 2, 2, false), session(4, 2, 2)}, {}, 0, {}},
      {"an unrated session breaks the run",
       {session(0, 2, 2), {day(2), true, false, std::nullopt, std::nullopt}, session(4, 2, 2)},
       {}, 0, {}},
      {"pain after >= before+3 regresses", {session(0, 2, 5)}, {}, -1, {-1}},
      {"this hurts regresses", {session(0, 2, 2, false, true)}, {}, -1, {-1}},
      {"regression floors at the easiest step",
       {session(0, 2, 6), session(1, 2, 6), session(2, 2, 6)}, {}, -2, {-1, -1, 0}},
      {"next-day pain higher than the day before holds progression",
       {session(0, 3, 3), session(2, 3, 3)}, {{day(2), 3}, {day(3), 5}}, 0, {0}},
      {"next-day pain that settled lets it progress",
       {session(0, 3, 3), session(2, 3, 3)}, {{day(2), 4}, {day(3), 3}}, 1, {+1}},
      {"held run progresses at the next good session",
       {session(0, 3, 3), session(2, 3, 3), session(4, 3, 3)}, {{day(2), 3}, {day(3), 5}}, 1,
       {0, +1}},
      {"order of input does not matter",
       {session(2, 3, 3), session(0, 3, 4)}, {}, 1, {+1}},
  };
  for (const Case& c : cases) {
    const Progression p = replay_progression(c.sessions, c.checkins, {}, ProgressionRules{});
    EXPECT_EQ(p.step, c.step) << c.name;
    std::vector<int> changes;
    for (const auto& e : p.events) {
      changes.push_back(e.change);
      EXPECT_FALSE(e.reason.empty()) << c.name;
    }
    EXPECT_EQ(changes, c.changes) << c.name;
  }
}

TEST(Progression, WalkingLadderAndRegression) {
  const ProgressionRules rules;  // 10 min start, +5 after 3 days at target, goal 30
  std::vector<DayWalk> walks;
  for (int d = 0; d < 30; ++d) walks.push_back({day(d), 40});
  EXPECT_EQ(replay_progression({}, {}, walks, rules).walking_minutes, 30);  // capped at the goal

  // Walks below the target do not count.
  EXPECT_EQ(replay_progression({}, {}, {{day(0), 9}, {day(1), 9}, {day(2), 9}}, rules).walking_minutes,
            10);
  EXPECT_EQ(replay_progression({}, {}, {{day(0), 10}, {day(1), 12}, {day(2), 10}}, rules)
                .walking_minutes,
            15);
  // A flare on day 3 takes a step off the walking target reached before it.
  const std::vector<DayWalk> six = {{day(0), 15}, {day(1), 15}, {day(2), 15},
                                    {day(4), 15}, {day(5), 15}, {day(6), 15}};
  EXPECT_EQ(replay_progression({session(3, 2, 6)}, {}, six, rules).walking_minutes, 15);
  EXPECT_EQ(replay_progression({}, {}, six, rules).walking_minutes, 20);
}

}  // namespace
}  // namespace limber
