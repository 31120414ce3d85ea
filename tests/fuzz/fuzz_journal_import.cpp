// Fuzz target: any bytes as a file to import into a small existing journal. A refused file
// must leave the journal exactly as it was; an accepted one must give a journal that saves
// and loads back equal, and merging the same file again must change nothing.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "limber/store.h"
#include "fuzz_assert.h"

namespace {

const limber::Journal& current() {
  static const limber::Journal journal = [] {
    limber::Journal j;
    limber::CheckinEntry c;
    c.date = *limber::Date::parse("2026-11-20");
    c.pain = 4;
    j.add(c);
    j.tick(c.date, "move_hourly", true);
    return j;
  }();
  return journal;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace limber;
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  for (ImportMode mode : {ImportMode::merge, ImportMode::replace}) {
    const Imported imported = import_journal(current(), bytes, mode);
    if (!imported.ok()) {
      FUZZ_ASSERT(imported.journal == current(), "a refused import leaves the journal untouched");
      continue;
    }
    const Loaded back = load_journal(save_journal(imported.journal));
    FUZZ_ASSERT(back.ok() && back.journal == imported.journal, "an import saves and loads back equal");
    if (mode == ImportMode::merge) {
      const Imported twice = import_journal(imported.journal, bytes, mode);
      FUZZ_ASSERT(twice.ok() && twice.journal == imported.journal, "merging the same file twice changes nothing");
    }
  }
  return 0;
}
