// Doses in words: the one wording both apps show (dosage.text and dosage.rest_text).
#include <gtest/gtest.h>

#include "limber/catalogue.h"

namespace limber {
namespace {

Dosage dose(DosageKind kind, int amount, int sets, bool per_side, int rest) {
  Dosage d;
  d.kind = kind;
  d.sets = sets;
  d.per_side = per_side;
  d.rest_seconds = rest;
  switch (kind) {
    case DosageKind::reps: d.reps = amount; break;
    case DosageKind::hold: d.hold_seconds = amount; break;
    case DosageKind::timed: d.work_seconds = amount; break;
    case DosageKind::minutes: d.minutes = amount; break;
  }
  return d;
}

TEST(DosageText, OneWordingForEveryKind) {
  const struct {
    Dosage dosage;
    const char* text;
    const char* rest;
  } cases[] = {
      {dose(DosageKind::reps, 15, 2, true, 30), "2 sets of 15 repetitions, each side",
       "Rest 30 seconds between sets"},
      {dose(DosageKind::reps, 1, 1, false, 0), "1 repetition", ""},
      {dose(DosageKind::hold, 30, 2, true, 10), "Hold for 30 seconds, twice, each side",
       "Rest 10 seconds between sets"},
      {dose(DosageKind::hold, 45, 1, true, 30), "Hold for 45 seconds, each side", ""},  // one set: no rest
      {dose(DosageKind::hold, 90, 3, false, 60), "Hold for 1 minute 30 seconds, 3 times",
       "Rest 1 minute between sets"},
      {dose(DosageKind::timed, 60, 1, false, 0), "Keep going for 1 minute", ""},
      {dose(DosageKind::timed, 1, 1, false, 0), "Keep going for 1 second", ""},
      {dose(DosageKind::minutes, 20, 1, false, 0), "20 minutes", ""},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(dosage_text(c.dosage), c.text);
    EXPECT_EQ(dosage_rest_text(c.dosage), c.rest);
    const Json view = dosage_view(c.dosage);
    EXPECT_EQ(view["text"], c.text);
    EXPECT_EQ(view.contains("rest_text"), *c.rest != '\0') << view.dump();
    EXPECT_EQ(view["sets"], c.dosage.sets) << "the numbers are still there for shells that count";
  }
}

}  // namespace
}  // namespace limber
