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
  EXPECT_EQ(imported.report.summary(), "Your journal now holds the file's 1 entry.");
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
            "Added 1 entry from the file. The habits ticked on 1 day were joined with yours. "
            "1 entry in the file differed from yours with the same id: both versions are kept. "
            "The file's check for warning signs is newer, so it is now your latest check.");

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

// What the person reads after an import: whole sentences, counted words in the singular or
// plural, and only the parts that happened.
TEST(Import, TheSummaryIsPlainSentences) {
  struct Case {
    ImportMode mode;
    int added, unchanged, habits;
    std::size_t renamed;
    bool screening;
    const char* says;
  };
  const Case cases[] = {
      {ImportMode::merge, 0, 0, 0, 0, false,
       "Nothing to add: your journal already has everything in the file."},
      {ImportMode::merge, 0, 5, 0, 0, false,
       "Nothing to add: your journal already has everything in the file."},
      {ImportMode::merge, 2, 0, 0, 0, false, "Added 2 entries from the file."},
      {ImportMode::merge, 1, 1, 0, 0, false,
       "Added 1 entry from the file. 1 was already in your journal."},
      {ImportMode::merge, 3, 4, 2, 0, false,
       "Added 3 entries from the file. 4 were already in your journal. The habits ticked on 2 "
       "days were joined with yours."},
      {ImportMode::merge, 0, 1, 0, 2, false,
       "1 was already in your journal. 2 entries in the file differed from yours with the same "
       "id: both versions are kept."},
      {ImportMode::merge, 0, 0, 0, 0, true,
       "The file's check for warning signs is newer, so it is now your latest check."},
      {ImportMode::replace, 0, 0, 0, 0, true, "Your journal now holds the file's 0 entries."},
      {ImportMode::replace, 7, 0, 0, 0, true, "Your journal now holds the file's 7 entries."},
  };
  for (const Case& c : cases) {
    ImportReport r;
    r.mode = c.mode;
    r.added = c.added;
    r.unchanged = c.unchanged;
    r.habits_merged = c.habits;
    r.renamed.assign(c.renamed, {"a", "b"});
    r.screening_taken = c.screening;
    EXPECT_EQ(r.summary(), c.says);
  }
}

}  // namespace
}  // namespace limber
