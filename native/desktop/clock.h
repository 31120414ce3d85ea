// clock.h: the shell's wall clock, the one place that reads the time. The core reads no
// clock: screens pass it `now` (ms since the epoch) and today's local date from here.
//
//   Clock clock;                         // the real time
//   Clock frozen(1763712000000);         // tests and screenshots (--clock MS)
//   ui.call({{"cmd", "plan.get"}, {"date", clock.today()}}, ...);
#pragma once
#include <optional>
#include <string>

namespace limber::desktop {

class Clock {
 public:
  Clock() = default;
  explicit Clock(long long frozen_ms) : frozen_(frozen_ms) {}
  long long now_ms() const;
  std::string today() const;  // the local date of now_ms(), YYYY-MM-DD
  bool frozen() const { return frozen_.has_value(); }

 private:
  std::optional<long long> frozen_;
};

// The local calendar date of an instant (the person's date, not UTC's).
std::string local_date(long long ms_since_epoch);

}  // namespace limber::desktop
