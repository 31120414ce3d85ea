// journal_access.h (private): lets the store build a Journal from entries it has already
// validated as a whole document (ids unique, one habits entry per date) without paying for
// add()'s checks entry by entry, and the entry reader fill an Entry in place.
#pragma once
#include <optional>
#include <utility>
#include <vector>

#include "limber/journal.h"

namespace limber {

struct JournalAccess {
  // The entry reader fills an entry's part in place: no struct built, moved in, destroyed.
  static SessionEntry& session(Entry& e) {
    e.type_ = EntryType::session;
    return e.session_;
  }
  static CheckinEntry& checkin(Entry& e) {
    e.type_ = EntryType::checkin;
    return e.checkin_;
  }
  static HabitsEntry& habits(Entry& e) {
    e.type_ = EntryType::habits;
    return e.habits_;
  }

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
