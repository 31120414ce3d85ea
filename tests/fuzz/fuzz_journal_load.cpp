// Fuzz target: any bytes as a stored journal. Loading must never crash, abort or hang, and
// whatever loads must save, load back equal and save to the same bytes (the backup
// round-trip), then export to CSV and feed the stats without trouble.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "limber/stats.h"
#include "limber/store.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace limber;
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  const Loaded loaded = load_journal(bytes);
  if (!loaded.ok()) {
    if (loaded.problems.empty()) std::abort();  // a refusal always says why
    return 0;
  }
  const std::string saved = save_journal(loaded.journal);
  const Loaded again = load_journal(saved);
  if (!again.ok() || again.journal != loaded.journal || save_journal(again.journal) != saved)
    std::abort();
  (void)export_csv(loaded.journal);
  (void)journal_stats(loaded.journal, *Date::parse("2026-11-21"), 3);
  return 0;
}
