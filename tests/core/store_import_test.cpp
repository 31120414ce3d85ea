#include <gtest/gtest.h>

#include "limber/store.h"

namespace limber {
namespace {

Date day(const char* text) { return *Date::parse(text); }

Journal base() {
  Journal j;
  CheckinEntry c;
  c.date = day("2026-11-20");
  c.pain = 4;
  c.note = "mine";
  j.add(c);  // checkin-2026-11-20-1
  j.tick(day("2026-11-20"), "move_hourly", true);
  j.set_screening({day("2026-11-10"), "self_care", "{}"});
  Settings s;
  s.activities = {"stairs"};
  j.set_settings(s);
  return j;
}

TEST(Import, InvalidFileChangesNothing) {
  const Journal current = base();
  for (const char* bad :
       {"", "{", R"({"schema_version":2,"entries":[{"id":"x","type":"checkin","date":"2026-11-21","pain":99}]})",
        R"({"schema_version":9,"entries":[]})"}) {
    for (ImportMode mode : {ImportMode::merge, ImportMode::replace}) {
      Imported imported = import_journal(current, bad, mode, "backup.json");
      EXPECT_FALSE(imported.ok()) << bad;
      EXPECT_EQ(imported.journal, current) << bad;
      EXPECT_EQ(imported.problems[0].file, "backup.json");
    }
  }
}

TEST(Import, ReplaceTakesEverythingFromTheFile) {
  Journal other;
  other.tick(day("2026-01-01"), "warm_up_first", true);
  Imported imported = import_journal(base(), export_json(other), ImportMode::replace);
  ASSERT_TRUE(imported.ok());
  EXPECT_EQ(imported.journal, other);
  EXPECT_EQ(imported.report.summary(), "replaced the journal with the file's 1 entries");
}

TEST(Import, MergeKeepsBothSidesOfAnIdCollision) {
  const Journal current = base();
  Journal file = base();
  CheckinEntry edited = *file.find("checkin-2026-11-20-1")->checkin();
  edited.note = "theirs";
  file.edit(edited);
  file.tick(day("2026-11-20"), "stretch_after", true);
  CheckinEntry fresh;
  fresh.date = day("2026-11-21");
  fresh.pain = 2;
  file.add(fresh);
  file.set_screening({day("2026-11-15"), "routine", R"({"age":70})"});
  Settings theirs;
  theirs.tones = false;
  file.set_settings(theirs);

  Imported imported = import_journal(current, export_json(file), ImportMode::merge);
  ASSERT_TRUE(imported.ok());
  const Journal& j = imported.journal;
  EXPECT_EQ(j.find("checkin-2026-11-20-1")->checkin()->note, "mine");
  EXPECT_EQ(j.find("checkin-2026-11-20-2")->checkin()->note, "theirs");
  EXPECT_EQ(imported.report.renamed,
            (std::vector<std::pair<std::string, std::string>>{
                {"checkin-2026-11-20-1", "checkin-2026-11-20-2"}}));
  EXPECT_EQ(j.habits_on(day("2026-11-20"))->ticked,
            (std::vector<std::string>{"move_hourly", "stretch_after"}));
  EXPECT_TRUE(j.find("checkin-2026-11-21-1"));
  EXPECT_EQ(j.screening()->level, "routine");  // the more recent screening
  EXPECT_EQ(j.settings(), current.settings());  // settings stay as they are here
  EXPECT_EQ(imported.report.added, 1);
  EXPECT_EQ(imported.report.habits_merged, 1);
  EXPECT_EQ(imported.report.summary(),
            "added 1, unchanged 0, habit days joined 1, kept 1 changed entries from the file "
            "under new ids (both versions are kept), took the file's more recent screening");

  Imported again = import_journal(j, export_json(file), ImportMode::merge);
  EXPECT_EQ(again.journal, j);
  EXPECT_EQ(again.report.unchanged, 3);
  EXPECT_TRUE(again.report.renamed.empty());
}

TEST(Import, OlderVersionFilesAreMigratedFirst) {
  Imported imported = import_journal(
      Journal{}, R"({"schema_version":1,"checkins":[{"date":"2026-11-02","pain":4}]})",
      ImportMode::merge);
  ASSERT_TRUE(imported.ok()) << to_string(imported.problems);
  EXPECT_EQ(imported.report.file_version, 1);
  EXPECT_TRUE(imported.journal.find("checkin-2026-11-02-1"));
}

}  // namespace
}  // namespace limber
