// words.h: the core's values put into words for people: dates, durations, doses and
// vocabulary names. Presentation only (nothing here decides anything); pure, so it is
// unit-tested (tests/native/desktop_words_test.cpp).
//
//   date_words("2026-11-16")   -> "Monday 16 November"
//   day_month("2026-11-16")    -> "16 Nov"
//   clock_words(53000)         -> "0:53"
//   dose_words(dosage)         -> "2 sets of 15 repetitions, each side. Rest 30 seconds between sets"
//   label_words("side_lying")  -> "Side lying"
#pragma once
#include <nlohmann/json.hpp>
#include <string>

namespace limber::desktop {

std::string date_words(const std::string& iso_date);     // "" when not a date
std::string weekday_short(const std::string& iso_date);  // "Mon"
std::string day_month(const std::string& iso_date);      // "16 Nov"
// Minutes and seconds of a countdown, rounded up (a timer never shows 0:00 while running).
std::string clock_words(long long milliseconds);
// "1 min 5 s", "45 s", "12 min": a duration in a sentence.
std::string duration_words(long long milliseconds);
// What is left of a session, roughly: "about 25 min left", "under a minute left".
std::string time_left_words(long long milliseconds);
// A catalogue or plan dosage ({kind, sets, reps, hold_seconds, ...}) in words; lists
// leave out the rest between sets (the session says when to rest).
std::string dose_words(const nlohmann::json& dosage, bool with_rest = true);
// A vocabulary value ("lower_back") as a label ("Lower back").
std::string label_words(const std::string& value);
// "1 session", "3 sessions".
std::string count_words(long long n, const char* one, const char* many);

}  // namespace limber::desktop
