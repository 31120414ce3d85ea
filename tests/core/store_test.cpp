#include "limber/store.h"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <random>
#include <sstream>

namespace limber {
namespace {

std::string fixture(const std::string& name) {
  std::ifstream in(std::string(LIMBER_TEST_FIXTURES) + "/journal/" + name, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  EXPECT_TRUE(in.good() || in.eof()) << name;
  return bytes.str();
}

std::vector<std::string> lines(const Problems& problems) {
  std::vector<std::string> out;
  for (const auto& p : problems) out.push_back(p.to_string());
  return out;
}

// A document holding `entries` (JSON text of the list's items) in the current schema.
std::string doc(const std::string& entries, const std::string& extra = "") {
  return R"({"schema_version":2,"entries":[)" + entries + "]" + extra + "}";
}

TEST(Store, CurrentFixtureLoadsAndSavesByteForByte) {
  const std::string bytes = fixture("v2.json");
  Loaded loaded = load_journal(bytes);
  ASSERT_TRUE(loaded.ok()) << to_string(loaded.problems);
  EXPECT_FALSE(loaded.migrated());
  EXPECT_EQ(loaded.journal.size(), 5u);
  EXPECT_EQ(save_journal(loaded.journal), bytes);
  EXPECT_EQ(export_json(loaded.journal), bytes);
  const auto& c = *loaded.journal.find("checkin-2026-11-20-1")->checkin();
  EXPECT_EQ(c.note, "Hüfte steif am Morgen 😣, later \"fine\"\nsecond line, with a comma");
  EXPECT_EQ(loaded.journal.settings().activities.size(), 3u);
  EXPECT_EQ(loaded.journal.screening()->level, "routine");
}

TEST(Store, VersionOneMigratesToTheStoredVersionTwo) {
  Loaded loaded = load_journal(fixture("v1.json"));
  ASSERT_TRUE(loaded.ok()) << to_string(loaded.problems);
  EXPECT_TRUE(loaded.migrated());
  EXPECT_EQ(loaded.file_version, 1);
  EXPECT_EQ(save_journal(loaded.journal), fixture("v1_migrated.json"));

  // What the migration did, spelled out: ids, one list, renamed fields and values.
  const Journal& j = loaded.journal;
  ASSERT_EQ(j.size(), 7u);
  const auto& first = *j.find("session-2026-11-02-1")->session();
  EXPECT_EQ(first.exercises[0].sets_done, 2);
  EXPECT_EQ(first.exercises[1].status, ExerciseStatus::stopped_hurts);
  EXPECT_TRUE(j.find("session-2026-11-02-2"));
  const auto& checkin = *j.find("checkin-2026-11-02-1")->checkin();
  // In the person's own order, as version 1 stored them.
  EXPECT_EQ(checkin.activities, (std::vector<ActivityScore>{{"walking to work", 5}, {"stairs", 3}}));
  EXPECT_EQ(j.habits_on(*Date::parse("2026-11-03"))->ticked, std::vector<std::string>{"stretch_after"});
  EXPECT_FALSE(j.settings().tones);
  // The migrated document is a plain current one.
  Loaded again = load_journal(save_journal(j));
  ASSERT_TRUE(again.ok());
  EXPECT_FALSE(again.migrated());
  EXPECT_EQ(again.journal, j);
}

TEST(Store, VersionOneProblemsAreReported) {
  Loaded loaded = load_journal(R"({"schema_version":1,"sessions":[3,{"date":"2026-11-02",
      "exercises":[{"exercise_id":"glute_bridge","status":"hurt","sets":-1}]}],
      "habits":{"2026-11-02":["move_hourly"]},"extra":1})");
  EXPECT_EQ(loaded.status, LoadStatus::invalid);
  EXPECT_EQ(lines(loaded.problems), (std::vector<std::string>{
                                        "journal: extra: is not a known field",
                                        "journal: sessions[0]: must be an object",
                                    }));
  loaded = load_journal(R"({"schema_version":1,"sessions":[{"date":"2026-11-02",
      "exercises":[{"exercise_id":"glute_bridge","status":"hurt","sets":-1}]}]})");
  EXPECT_EQ(lines(loaded.problems),
            std::vector<std::string>{"journal: session-2026-11-02-1: exercises[0].sets_done: "
                                     "must be between 0 and 100, not -1"});
}

TEST(Store, NewerVersionIsRefusedWithAClearMessage) {
  Loaded loaded = load_journal(R"({"schema_version":3,"entries":[],"whatever":"new"})");
  EXPECT_EQ(loaded.status, LoadStatus::newer_version);
  EXPECT_EQ(loaded.file_version, 3);
  ASSERT_EQ(loaded.problems.size(), 1u);
  EXPECT_NE(loaded.problems[0].message.find("newer Limber"), std::string::npos);
}

TEST(Store, DocumentsThatAreNotJournals) {
  for (const char* text : {"", "nope", "[]", "{}", R"({"schema_version":"2","entries":[]})",
                           R"({"schema_version":0,"entries":[]})",
                           R"({"schema_version":2.5,"entries":[]})", R"({"schema_version":2})",
                           "{\"schema_version\":2,\"entries\":[]} trailing"}) {
    Loaded loaded = load_journal(text);
    EXPECT_EQ(loaded.status, LoadStatus::invalid) << text;
    EXPECT_FALSE(loaded.problems.empty()) << text;
  }
  EXPECT_TRUE(load_journal(doc("")).ok());
}

TEST(Store, StrictValidationNamesTheEntryAndField) {
  struct Case {
    std::string entries;
    std::vector<std::string> problems;
  } cases[] = {
      {R"({"id":"c1","type":"checkin","date":"2026-11-21","pain":4,"mood":3})",
       {"journal: c1: mood: is not a known field"}},
      {R"({"id":"c1","type":"checkin","date":"2026-02-30","pain":"4"})",
       {"journal: c1: date: must be a calendar date YYYY-MM-DD, not '2026-02-30'",
        "journal: c1: pain: must be a whole number, not string"}},
      {R"({"type":"checkin","date":"2026-11-21","pain":4})",
       {"journal: entries[0]: id: is required"}},
      {R"({"id":"has space","type":"checkin","date":"2026-11-21","pain":4})",
       {"journal: entries[0]: id: must be 1-64 characters from A-Z a-z 0-9 . _ : -, not "
        "'has space'"}},
      {R"({"id":"x","type":"diary","date":"2026-11-21"})",
       {"journal: x: type: 'diary' is not one of: session, checkin, habits"}},
      {R"({"id":"s1","type":"session","date":"2026-11-21","started_at":-1,"exercises":[{"exercise_id":"glute_bridge","status":"finished","sets_done":2.5}]})",
       {"journal: s1: started_at: must be whole milliseconds since 1970 (0 to 253402300799999), not -1",
        "journal: s1: exercises[0].status: 'finished' is not one of: done, partial, skipped, stopped_hurts",
        "journal: s1: exercises[0].sets_done: must be a whole number, not 2.5"}},
      {R"({"id":"c1","type":"checkin","date":"2026-11-21","pain":4,"activities":[{"name":"stairs","score":11,"x":1}],"new_symptom":"no","note":7})",
       {"journal: c1: activities[0].score: must be between 0 and 10, not 11",
        "journal: c1: activities[0].x: is not a known field",
        "journal: c1: new_symptom: must be true or false, not string",
        "journal: c1: note: must be a string, not number"}},
      {R"({"id":"h1","type":"habits","date":"2026-11-21","ticked":["move_hourly","move_hourly",3]})",
       {"journal: h1: ticked[1]: 'move_hourly' appears twice",
        "journal: h1: ticked[2]: must be a habit id (1-64 characters from a-z 0-9 _ -), not number"}},
      {R"({"id":"a","type":"checkin","date":"2026-11-21","pain":1},{"id":"a","type":"checkin","date":"2026-11-22","pain":2})",
       {"journal: a: id: is used by more than one entry"}},
      {R"({"id":"h1","type":"habits","date":"2026-11-21"},{"id":"h2","type":"habits","date":"2026-11-21"})",
       {"journal: h2: date: another habits entry has the same date"}},
      {R"(5)", {"journal: entries[0]: must be an object, not number"}},
      {R"({"id":"s1","type":"session","date":"2026-11-21","exercises":5})",
       {"journal: s1: exercises: must be an array, not number"}},
      {R"({"id":"s1","type":"session","date":"2026-11-21","exercises":[{"exercise_id":"a","status":"done"},{"exercise_id":"b","status":"done","sets":1}]})",
       {"journal: s1: exercises[1].sets: is not a known field"}},
  };
  for (const auto& c : cases) {
    Loaded loaded = load_journal(doc(c.entries));
    EXPECT_EQ(loaded.status, LoadStatus::invalid) << c.entries;
    EXPECT_EQ(lines(loaded.problems), c.problems) << c.entries;
  }
  Loaded top = load_journal(doc("", R"(,"screening":{"date":"2026-11-21","level":"fine","answers":{"age":[1]}},"settings":{"voice":"yes","activities":["a","a","b","c"]},"theme":"dark")"));
  EXPECT_EQ(lines(top.problems),
            (std::vector<std::string>{
                "journal: theme: is not a known field",
                "journal: screening: level: 'fine' is not one of: emergency, urgent, soon, routine, self_care",
                "journal: screening: answers.age: must list strings of at most 80 bytes",
                "journal: settings: voice: must be true or false, not string",
                "journal: settings: activities: must hold at most 3 names",
                "journal: settings: activities[1]: 'a' appears twice",
            }));
}

TEST(Store, EntriesAreReadAsTheyStreamPast) {
  // Problems name entries by position when they have no id, counted across the stream.
  Loaded loaded = load_journal(doc(R"({"id":"a","type":"checkin","date":"2026-11-21","pain":1},
      7, [1], {"type":"habits","date":"2026-11-21"})"));
  EXPECT_EQ(lines(loaded.problems), (std::vector<std::string>{
                                        "journal: entries[1]: must be an object, not number",
                                        "journal: entries[2]: must be an object, not array",
                                        "journal: entries[3]: id: is required",
                                    }));
  loaded = load_journal(R"({"schema_version":2,"entries":[],"entries":[]})");
  EXPECT_EQ(lines(loaded.problems),
            std::vector<std::string>{"journal: entries: appears more than once"});
  loaded = load_journal(R"({"schema_version":2,"entries":{"id":"a"}})");
  EXPECT_EQ(lines(loaded.problems),
            std::vector<std::string>{"journal: entries: must be an array, not object"});
  // Nesting is limited inside entries too (the limit protects everything recursive).
  const std::string deep = std::string(70, '[') + std::string(70, ']');
  loaded = load_journal(doc(R"({"id":"a","type":"checkin","date":"2026-11-21","pain":1,"x":)" +
                            deep + "}"));
  ASSERT_EQ(loaded.problems.size(), 1u);
  EXPECT_NE(loaded.problems[0].message.find("nested deeper than 64"), std::string::npos);
  // Schema version after the entries: they are read before it is known, and still right.
  loaded = load_journal(R"({"entries":[{"id":"a","type":"checkin","date":"2026-11-21","pain":1}],
                            "schema_version":2})");
  ASSERT_TRUE(loaded.ok()) << to_string(loaded.problems);
  EXPECT_EQ(loaded.journal.size(), 1u);
  loaded = load_journal(R"({"entries":[{"whatever":1}],"schema_version":5})");
  EXPECT_EQ(loaded.status, LoadStatus::newer_version);
}

TEST(Store, TextOfEveryKindSurvivesTheRoundTrip) {
  std::string note;
  for (int c = 1; c < 0x80; ++c) note += static_cast<char>(c);
  note += R"(é😣 \u0000 is text here, like \ and ")";
  Journal j;
  CheckinEntry c;
  c.date = *Date::parse("2026-11-21");
  c.note = note;
  c.activities = {{"\"quoted\"\tname", 3}};
  ASSERT_TRUE(j.add(c).ok());
  const std::string bytes = save_journal(j);
  EXPECT_NE(bytes.find("\\u0001"), std::string::npos);  // control characters escaped
  Loaded loaded = load_journal(bytes);
  ASSERT_TRUE(loaded.ok()) << to_string(loaded.problems);
  EXPECT_EQ(loaded.journal.entries()[0].checkin()->note, note);
  EXPECT_EQ(loaded.journal, j);
}

TEST(Store, ParseEntryTakesTheMinimalCheckin) {
  Problems problems;
  auto entry = parse_entry(R"({"type":"checkin","date":"2026-11-21","pain":4,"note":"felt stiff"})",
                           problems);
  ASSERT_TRUE(entry) << to_string(problems);
  EXPECT_TRUE(id_of(*entry).empty());
  Journal j;
  const std::string id = j.add(*entry).id;
  EXPECT_EQ(entry_json(*j.find(id)),
            R"({"id":"checkin-2026-11-21-1","type":"checkin","date":"2026-11-21","pain":4,)"
            R"("activities":[],"new_symptom":false,"note":"felt stiff"})");
  EXPECT_FALSE(parse_entry(R"({"type":"checkin","date":"2026-11-21"})", problems));
  EXPECT_EQ(lines(problems), std::vector<std::string>{"entry: pain: is required"});
}

// Random journals for the round-trip and merge properties; fewer in unoptimised builds
// (Debug, ASan), where nlohmann/json is slow, to keep the suite well under two seconds.
#ifdef NDEBUG
constexpr unsigned kRandomJournals = 200;
#else
constexpr unsigned kRandomJournals = 60;
#endif

class RandomJournal {
 public:
  explicit RandomJournal(unsigned seed) : rng_(seed) {}

  Journal make(int entries) {
    Journal j;
    const Date start = *Date::parse("2026-01-01");
    for (int i = 0; i < entries; ++i) {
      const Date date = start.plus_days(pick(0, 60));
      switch (pick(0, 2)) {
        case 0: {
          SessionEntry s;
          s.date = date;
          if (pick(0, 1)) {
            s.started_at = 1767225600000 + pick(0, 1000000);
            s.ended_at = *s.started_at + pick(0, 3600000);
          }
          s.plan_day = pick(0, 1) ? "A" : "";
          for (int k = pick(0, 8); k > 0; --k)
            s.exercises.push_back({"ex_" + std::to_string(pick(0, 20)),
                                   static_cast<ExerciseStatus>(pick(0, 3)), pick(0, 3),
                                   pick(0, 40), pick(0, 300)});
          if (pick(0, 1)) s.pain_before = pick(0, 10);
          if (pick(0, 1)) s.pain_after = pick(0, 10);
          s.note = note();
          j.add(s);
          break;
        }
        case 1: {
          CheckinEntry c;
          c.date = date;
          c.pain = pick(0, 10);
          const char* names[] = {"walking to work", "stairs", "Gärtnern, \"lang\""};
          for (int k = 0; k < pick(0, 3); ++k) c.activities.push_back({names[k], pick(0, 10)});
          if (pick(0, 1)) c.walking_minutes = pick(0, 120);
          c.new_symptom = pick(0, 5) == 0;
          c.note = note();
          j.add(c);
          break;
        }
        default:
          j.tick(date, pick(0, 1) ? "move_hourly" : "stretch_after", true);
      }
    }
    if (pick(0, 1))
      j.set_screening({start.plus_days(pick(0, 60)), "self_care",
                       R"({"age":)" + std::to_string(pick(18, 90)) + "}"});
    Settings s;
    s.voice = pick(0, 1);
    s.activities = {"stairs"};
    j.set_settings(s);
    return j;
  }

  int pick(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }

 private:
  std::string note() {
    const char* parts[] = {"", "stiff", "=1+1", "ça va", "😣", ",", "\"", "\n", "\r\n", "\\", "-", "@x"};
    std::string out;
    for (int k = pick(0, 4); k > 0; --k) out += parts[pick(0, 11)];
    return out;
  }
  std::mt19937 rng_;
};

TEST(StoreProperty, SaveLoadRoundTripsExactly) {
  for (unsigned seed = 1; seed <= kRandomJournals; ++seed) {
    RandomJournal random(seed);
    const Journal j = random.make(random.pick(0, 30));
    const std::string bytes = save_journal(j);
    Loaded loaded = load_journal(bytes);
    ASSERT_TRUE(loaded.ok()) << "seed " << seed << "\n" << to_string(loaded.problems) << bytes;
    ASSERT_EQ(loaded.journal, j) << "seed " << seed;
    ASSERT_EQ(save_journal(loaded.journal), bytes) << "seed " << seed;
    Imported replaced = import_journal(Journal{}, export_json(j), ImportMode::replace);
    ASSERT_TRUE(replaced.ok());
    ASSERT_EQ(replaced.journal, j) << "seed " << seed;
  }
}

Entry without_id(Entry e) {
  e.set_id("");
  return e;
}

TEST(StoreProperty, MergeNeverLosesAnEntryAndIsIdempotent) {
  for (unsigned seed = 1; seed <= kRandomJournals / 2; ++seed) {
    RandomJournal random(seed);
    const Journal mine = random.make(random.pick(0, 25));
    const Journal theirs = random.make(random.pick(0, 25));  // ids overlap often
    Imported once = import_journal(mine, export_json(theirs), ImportMode::merge);
    ASSERT_TRUE(once.ok());
    // Everything of mine is still there, unchanged except habit days that gained ticks.
    for (const Entry& e : mine.entries()) {
      const Entry* kept = once.journal.find(id_of(e));
      ASSERT_TRUE(kept) << "seed " << seed << " lost " << id_of(e);
      if (type_of(e) != EntryType::habits) {
        ASSERT_EQ(*kept, e) << "seed " << seed;
      }
    }
    // Everything of theirs is there too: under its own id, under the id it was renamed to,
    // or (when the same content was already here) under that entry's id.
    std::map<std::string, std::string> renamed(once.report.renamed.begin(),
                                               once.report.renamed.end());
    std::set<std::string> contents;
    for (const Entry& e : once.journal.entries()) contents.insert(entry_json(without_id(e)));
    for (const Entry& e : theirs.entries()) {
      if (const auto* h = e.habits()) {
        const HabitsEntry* day = once.journal.habits_on(h->date);
        ASSERT_TRUE(day);
        for (const auto& t : h->ticked)
          ASSERT_NE(std::find(day->ticked.begin(), day->ticked.end(), t), day->ticked.end());
        continue;
      }
      if (auto it = renamed.find(id_of(e)); it != renamed.end()) {
        const Entry* found = once.journal.find(it->second);
        ASSERT_TRUE(found) << "seed " << seed;
        ASSERT_EQ(entry_json(without_id(*found)), entry_json(without_id(e))) << "seed " << seed;
      }
      ASSERT_TRUE(contents.count(entry_json(without_id(e)))) << "seed " << seed << " " << id_of(e);
    }
    Imported twice = import_journal(once.journal, export_json(theirs), ImportMode::merge);
    ASSERT_TRUE(twice.ok());
    ASSERT_EQ(twice.journal, once.journal) << "seed " << seed;
    ASSERT_EQ(twice.report.added + static_cast<int>(twice.report.renamed.size()), 0);
    ASSERT_TRUE(once.journal.settings() == mine.settings());  // merge keeps local settings
  }
}

}  // namespace
}  // namespace limber
