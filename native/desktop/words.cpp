#include "words.h"

#include <cctype>

#include "limber/date.h"
#include "reply.h"

namespace limber::desktop {
namespace {

const char* const kWeekdays[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                 "Friday", "Saturday", "Sunday"};
const char* const kMonths[] = {"January",   "February", "March",    "April",
                               "May",       "June",     "July",     "August",
                               "September", "October",  "November", "December"};

std::string seconds_words(long long seconds) {
  if (seconds >= 60 && seconds % 60 == 0) return std::to_string(seconds / 60) + " min";
  if (seconds > 60)
    return std::to_string(seconds / 60) + " min " + std::to_string(seconds % 60) + " s";
  return std::to_string(seconds) + " s";
}

}  // namespace

std::string date_words(const std::string& iso_date) {
  const auto d = Date::parse(iso_date);
  if (!d) return "";
  return std::string(kWeekdays[d->weekday()]) + " " + std::to_string(d->day()) + " " +
         kMonths[d->month() - 1];
}

std::string weekday_short(const std::string& iso_date) {
  const auto d = Date::parse(iso_date);
  return d ? std::string(kWeekdays[d->weekday()]).substr(0, 3) : "";
}

std::string day_month(const std::string& iso_date) {
  const auto d = Date::parse(iso_date);
  return d ? std::to_string(d->day()) + " " + std::string(kMonths[d->month() - 1]).substr(0, 3)
           : "";
}

std::string clock_words(long long milliseconds) {
  if (milliseconds < 0) milliseconds = 0;
  const long long seconds = (milliseconds + 999) / 1000;
  const long long s = seconds % 60;
  return std::to_string(seconds / 60) + (s < 10 ? ":0" : ":") + std::to_string(s);
}

std::string duration_words(long long milliseconds) {
  if (milliseconds < 0) milliseconds = 0;
  return seconds_words((milliseconds + 500) / 1000);
}

std::string time_left_words(long long milliseconds) {
  if (milliseconds < 60000) return "under a minute left";
  return "about " + std::to_string((milliseconds + 30000) / 60000) + " min left";
}

std::string dose_words(const json& dosage, bool with_rest) {
  // The core words every dose (dosage.text, dosage.rest_text), so both apps say the same.
  const std::string rest = text(dosage, "rest_text");
  return with_rest && !rest.empty() ? text(dosage, "text") + ". " + rest : text(dosage, "text");
}

std::string label_words(const std::string& value) {
  std::string out = value;
  for (char& c : out)
    if (c == '_') c = ' ';
  if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}

std::string count_words(long long n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace limber::desktop
