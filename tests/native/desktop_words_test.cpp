// The core's values in words (dates, countdowns, doses) and the charts' axis steps.
#include <gtest/gtest.h>

#include "charts.h"
#include "words.h"

namespace limber::desktop {
namespace {

using nlohmann::json;

TEST(Words, Dates) {
  EXPECT_EQ(date_words("2026-11-16"), "Monday 16 November");
  EXPECT_EQ(date_words("2024-02-29"), "Thursday 29 February");
  EXPECT_EQ(weekday_short("2026-11-22"), "Sun");
  EXPECT_EQ(day_month("2026-01-05"), "5 Jan");
  EXPECT_EQ(date_words("2026-02-30"), "");
  EXPECT_EQ(day_month("soon"), "");
}

TEST(Words, CountdownsRoundUpAndNeverGoNegative) {
  EXPECT_EQ(clock_words(53000), "0:53");
  EXPECT_EQ(clock_words(52001), "0:53");
  EXPECT_EQ(clock_words(60000), "1:00");
  EXPECT_EQ(clock_words(605000), "10:05");
  EXPECT_EQ(clock_words(0), "0:00");
  EXPECT_EQ(clock_words(-5), "0:00");
  EXPECT_EQ(duration_words(700000), "11 min 40 s");
  EXPECT_EQ(duration_words(45000), "45 s");
  EXPECT_EQ(duration_words(120000), "2 min");
  EXPECT_EQ(time_left_words(59999), "under a minute left");
  EXPECT_EQ(time_left_words(1475000), "about 25 min left");
}

TEST(Words, DosesAreTheCoresWords) {
  const json with_rest = {{"kind", "reps"}, {"reps", 15}, {"sets", 2},
                          {"text", "2 sets of 15 repetitions, each side"},
                          {"rest_text", "Rest 30 seconds between sets"}};
  EXPECT_EQ(dose_words(with_rest), "2 sets of 15 repetitions, each side. Rest 30 seconds between sets");
  EXPECT_EQ(dose_words(with_rest, false), "2 sets of 15 repetitions, each side");
  EXPECT_EQ(dose_words({{"text", "20 minutes"}}), "20 minutes");
  EXPECT_EQ(dose_words(json("not an object")), "");
}

TEST(Words, Labels) {
  EXPECT_EQ(label_words("lower_back"), "Lower back");
  EXPECT_EQ(label_words("side_lying"), "Side lying");
  EXPECT_EQ(label_words(""), "");
  EXPECT_EQ(count_words(1, "day", "days"), "1 day");
  EXPECT_EQ(count_words(0, "day", "days"), "0 days");
}

TEST(Charts, AxisMaximaAreRoundAndNeverBelowTheData) {
  EXPECT_EQ(nice_ceiling(1), 10);
  EXPECT_EQ(nice_ceiling(10), 10);
  EXPECT_EQ(nice_ceiling(11), 20);
  EXPECT_EQ(nice_ceiling(131), 150);
  EXPECT_EQ(nice_ceiling(151), 200);
  EXPECT_EQ(nice_ceiling(7000), 8000);
  for (int v = 1; v < 20000; v += 37) EXPECT_GE(nice_ceiling(v), v);
}

}  // namespace
}  // namespace limber::desktop
