// limber/date.h: calendar dates and instants as plain values. The core never reads a clock:
// shells pass today's date ("YYYY-MM-DD") and instants (milliseconds since the Unix epoch).
//
//   auto d = Date::parse("2026-11-21");     // std::optional<Date>
//   d->plus_days(7).to_string() == "2026-11-28";
//   d->weekday() == 5;                       // Monday 0 ... Sunday 6
//   Date::parse("2026-02-30") == std::nullopt
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace limber {

using Millis = std::int64_t;  // milliseconds since 1970-01-01T00:00:00Z

class Date {
 public:
  Date() = default;  // 1970-01-01
  static std::optional<Date> from_ymd(int year, int month, int day);
  static Date from_days(std::int64_t days_since_epoch);
  // Exactly "YYYY-MM-DD" with a real calendar day; anything else is nullopt.
  static std::optional<Date> parse(std::string_view text);

  int year() const;
  int month() const;  // 1-12
  int day() const;    // 1-31
  int weekday() const;  // Monday 0 ... Sunday 6 (ISO order)
  std::int64_t days() const { return days_; }
  Date plus_days(std::int64_t n) const { return from_days(days_ + n); }
  // The Monday on or before this date (weeks run Monday to Sunday).
  Date week_start() const { return plus_days(-weekday()); }
  std::string to_string() const;

  friend bool operator==(Date a, Date b) { return a.days_ == b.days_; }
  friend bool operator!=(Date a, Date b) { return a.days_ != b.days_; }
  friend bool operator<(Date a, Date b) { return a.days_ < b.days_; }
  friend bool operator<=(Date a, Date b) { return a.days_ <= b.days_; }
  friend bool operator>(Date a, Date b) { return a.days_ > b.days_; }
  friend bool operator>=(Date a, Date b) { return a.days_ >= b.days_; }
  friend std::int64_t operator-(Date a, Date b) { return a.days_ - b.days_; }

 private:
  std::int64_t days_ = 0;
};

}  // namespace limber
