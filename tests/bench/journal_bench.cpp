// A 10-year journal (3,650 sessions of 8 exercises, 3,650 check-ins, a habits day each):
// loading with full validation, saving, the stats, and the atomic save to disk. Each must
// stay well under 100 ms natively, so opening and saving never makes the app feel slow.
#include <benchmark/benchmark.h>

#include "bench_check.h"

#include <cstdlib>
#include <filesystem>

#include <unistd.h>

#include "journal_file.h"
#include "limber/stats.h"
#include "limber/store.h"

namespace {

using namespace limber;

const Date kFirstDay = *Date::parse("2016-11-22");
constexpr int kDays = 3650;

const Journal& ten_years() {
  static const Journal journal = [] {
    Journal j;
    Settings settings;
    settings.activities = {"walking to work", "stairs", "gardening"};
    j.set_settings(settings);
    for (int d = 0; d < kDays; ++d) {
      const Date date = kFirstDay.plus_days(d);
      const std::string day = date.to_string();
      SessionEntry s;
      s.id = "session-" + day + "-1";
      s.date = date;
      s.started_at = 1479808800000 + static_cast<Millis>(d) * 86400000;
      s.ended_at = *s.started_at + 1500000;
      s.plan_day = d % 2 ? "B" : "A";
      for (int k = 0; k < 8; ++k)
        s.exercises.push_back({"exercise_" + std::to_string(k),
                               k == 7 ? ExerciseStatus::partial : ExerciseStatus::done, 2, 12, 90});
      s.pain_before = d % 6;
      s.pain_after = d % 5;
      s.note = d % 10 ? "" : "a bit stiff after the long walk, better by the evening";
      j.add(s);
      CheckinEntry c;
      c.id = "checkin-" + day + "-1";
      c.date = date;
      c.pain = (d * 7) % 11;
      c.activities = {{"walking to work", d % 11}, {"stairs", (d + 3) % 11}, {"gardening", 5}};
      c.walking_minutes = 20 + d % 40;
      c.note = "slept well, some hip ache on the stairs";
      j.add(c);
      HabitsEntry h;
      h.id = "habits-" + day + "-1";
      h.date = date;
      h.ticked = {"move_hourly", "stretch_after"};
      j.add(h);
    }
    return j;
  }();
  return journal;
}

void BM_JournalLoad10Years(benchmark::State& state) {
  const std::string bytes = save_journal(ten_years());
  for (auto _ : state) {
    Loaded loaded = load_journal(bytes);
    bench_assert(loaded.ok() && loaded.journal.size() == 3 * kDays, "the 10-year journal loads whole");
    benchmark::DoNotOptimize(loaded);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes.size()));
  state.SetLabel(std::to_string(bytes.size() / 1024) + " KiB");
}
BENCHMARK(BM_JournalLoad10Years)->Unit(benchmark::kMillisecond);

void BM_JournalSave10Years(benchmark::State& state) {
  const Journal& journal = ten_years();
  bench_assert(journal.size() == 3 * kDays, "the 10-year journal was built whole");
  bench_assert(load_journal(save_journal(journal)).journal == journal, "saving round-trips");
  for (auto _ : state) benchmark::DoNotOptimize(save_journal(journal));
}
BENCHMARK(BM_JournalSave10Years)->Unit(benchmark::kMillisecond);

void BM_JournalStats10Years(benchmark::State& state) {
  const Journal& journal = ten_years();
  const Date today = kFirstDay.plus_days(kDays - 1);
  for (auto _ : state) benchmark::DoNotOptimize(journal_stats(journal, today, 3));
}
BENCHMARK(BM_JournalStats10Years)->Unit(benchmark::kMillisecond);

// The whole durable save: serialise, write, fsync, link the backup, rename, fsync the folder.
void BM_JournalFileSave10Years(benchmark::State& state) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("limber-bench-" + std::to_string(::getpid()));
  native::OpenReport report;
  std::string error;
  auto file = native::JournalFile::open(dir.string(), native::JournalFile::Mode::read_write,
                                        &report, &error);
  if (!file) {
    state.SkipWithError(error.c_str());
    return;
  }
  const Journal& journal = ten_years();
  for (auto _ : state)
    if (!file->save(journal, &error)) state.SkipWithError(error.c_str());
  file.reset();
  std::error_code ec;
  fs::remove_all(dir, ec);
}
BENCHMARK(BM_JournalFileSave10Years)->Unit(benchmark::kMillisecond);

}  // namespace
