#include "limber/date.h"

#include <gtest/gtest.h>

#include <random>

namespace limber {
namespace {

TEST(Date, ParsesOnlyRealCalendarDays) {
  struct Case {
    const char* text;
    bool valid;
  } cases[] = {
      {"2026-11-21", true}, {"2024-02-29", true},  {"2026-02-29", false},
      {"2026-13-01", false}, {"2026-00-10", false}, {"2026-1-01", false},
      {"2026-11-21T", false}, {"", false},          {"abcd-ef-gh", false},
      {"2000-02-29", true},  {"1900-02-29", false}, {"2026-04-31", false},
  };
  for (const auto& c : cases) EXPECT_EQ(Date::parse(c.text).has_value(), c.valid) << c.text;
}

TEST(Date, KnownWeekdaysAndArithmetic) {
  const Date d = *Date::parse("2026-11-21");
  EXPECT_EQ(d.weekday(), 5);  // a Saturday
  EXPECT_EQ(d.week_start().to_string(), "2026-11-16");
  EXPECT_EQ(d.plus_days(11).to_string(), "2026-12-02");
  EXPECT_EQ(Date::parse("1970-01-01")->days(), 0);
  EXPECT_EQ(*Date::parse("2027-01-01") - d, 41);
}

TEST(Date, RoundTripsEveryDayOverCenturies) {
  std::mt19937 rng(7);
  std::uniform_int_distribution<std::int64_t> pick(-600000, 2900000);
  for (int i = 0; i < 20000; ++i) {
    const Date d = Date::from_days(pick(rng));
    const auto back = Date::parse(d.to_string());
    ASSERT_TRUE(back) << d.to_string();
    EXPECT_EQ(*back, d);
    EXPECT_EQ(d.plus_days(1).weekday(), (d.weekday() + 1) % 7);
  }
}

}  // namespace
}  // namespace limber
