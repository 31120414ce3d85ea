// Fuzz target: any bytes as a stored journal. Loading must never crash, abort or hang, and
// whatever loads must save, load back equal and save to the same bytes (the backup
// round-trip), then export to CSV and feed the stats without trouble.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "limber/stats.h"
#include "limber/store.h"
#include "fuzz_assert.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace limber;
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  const Loaded loaded = load_journal(bytes);
  if (!loaded.ok()) {
    FUZZ_ASSERT(!loaded.problems.empty(), "a refusal always says why");
    return 0;
  }
  const std::string saved = save_journal(loaded.journal);
  const Loaded again = load_journal(saved);
  FUZZ_ASSERT(again.ok() && again.journal == loaded.journal && save_journal(again.journal) == saved,
              "what loads saves, loads back equal and saves to the same bytes");
  (void)export_csv(loaded.journal);
  (void)journal_stats(loaded.journal, *Date::parse("2026-11-21"), 3);
  return 0;
}
