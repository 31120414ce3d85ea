// journal_access.h (private): lets the store build a Journal from entries it has already
// validated as a whole document (ids unique, one habits entry per date) without paying for
// add()'s checks entry by entry.
#pragma once
#include <optional>
#include <utility>
#include <vector>

#include "limber/journal.h"

namespace limber {

struct JournalAccess {
  static Journal make(std::vector<Entry> entries, std::optional<ScreeningRecord> screening,
                      Settings settings) {
    Journal j;
    j.entries_ = std::move(entries);
    j.screening_ = std::move(screening);
    j.settings_ = std::move(settings);
    j.reindex();
    return j;
  }
};

}  // namespace limber
