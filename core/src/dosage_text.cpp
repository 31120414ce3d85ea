// Doses in words. One wording, here, so the web and desktop apps can never tell a person
// two different amounts for the same exercise.
#include <string>

#include "limber/catalogue.h"

namespace limber {
namespace {

std::string count(int n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string duration(int seconds) {
  if (seconds >= 60 && seconds % 60 == 0) return count(seconds / 60, "minute", "minutes");
  if (seconds > 60)
    return count(seconds / 60, "minute", "minutes") + " " + count(seconds % 60, "second", "seconds");
  return count(seconds, "second", "seconds");
}

std::string times(int sets) {
  return sets == 2 ? "twice" : std::to_string(sets) + " times";
}

}  // namespace

std::string dosage_text(const Dosage& d) {
  std::string out;
  switch (d.kind) {
    case DosageKind::reps: {
      const std::string reps = count(d.reps, "repetition", "repetitions");
      out = d.sets > 1 ? std::to_string(d.sets) + " sets of " + reps : reps;
      break;
    }
    case DosageKind::hold:
    case DosageKind::timed:
      out = (d.kind == DosageKind::hold ? "Hold for " : "Keep going for ") +
            duration(d.kind == DosageKind::hold ? d.hold_seconds : d.work_seconds);
      if (d.sets > 1) out += ", " + times(d.sets);
      break;
    case DosageKind::minutes:
      out = count(d.minutes, "minute", "minutes");
      if (d.sets > 1) out += ", " + times(d.sets);
      break;
  }
  if (d.per_side) out += ", each side";
  return out;
}

std::string dosage_rest_text(const Dosage& d) {
  if (d.sets < 2 || d.rest_seconds <= 0) return "";
  return "Rest " + duration(d.rest_seconds) + " between sets";
}

Json dosage_view(const Dosage& d) {
  Json j = to_json(d);
  j["text"] = dosage_text(d);
  if (const std::string rest = dosage_rest_text(d); !rest.empty()) j["rest_text"] = rest;
  return j;
}

}  // namespace limber
