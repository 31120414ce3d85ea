// Fuzz target: any bytes as a file to import into a small existing journal. A refused file
// must leave the journal exactly as it was; an accepted one must give a journal that saves
// and loads back equal, and merging the same file again must change nothing.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "limber/store.h"

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
      if (imported.journal != current()) std::abort();  // refused must mean untouched
      continue;
    }
    const Loaded back = load_journal(save_journal(imported.journal));
    if (!back.ok() || back.journal != imported.journal) std::abort();
    if (mode == ImportMode::merge) {
      const Imported twice = import_journal(imported.journal, bytes, mode);
      if (!twice.ok() || twice.journal != imported.journal) std::abort();
    }
  }
  return 0;
}
