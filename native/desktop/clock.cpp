#include "clock.h"

#include <chrono>
#include <cstdio>
#include <ctime>

namespace limber::desktop {

long long Clock::now_ms() const {
  if (frozen_) return *frozen_;
  using namespace std::chrono;
  return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

std::string Clock::today() const { return local_date(now_ms()); }

std::string local_date(long long ms_since_epoch) {
  const std::time_t seconds = static_cast<std::time_t>(ms_since_epoch / 1000);
  // std::localtime's buffer is shared, but only the UI thread asks for dates.
  const std::tm* t = std::localtime(&seconds);
  if (!t) return "1970-01-01";
  char text[48];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", t->tm_year + 1900, t->tm_mon + 1, t->tm_mday);
  return text;
}

}  // namespace limber::desktop
