// journal_json.h (private): journal entries, screening and settings to and from JSON.
//
// Reading is the one place the journal's rules live (types, ranges, dates, lengths, unknown
// fields); validate(Entry) in journal.cpp writes the entry out and reads it back through
// here, so a value built in code and one read from a file pass the same checks.
// Writing produces the canonical form: fixed key order, optional fields left out when
// absent, so save -> load -> save gives the same bytes.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "json_read.h"
#include "limber/journal.h"
#include "limber/json.h"
#include "utf8.h"

namespace limber::journal_json {

using json_read::json;

// Limits that keep a document sane; documented with the schema in assets/README.md.
constexpr std::size_t kMaxIdLength = 64;
constexpr std::size_t kMaxNoteBytes = 10000;
constexpr std::size_t kMaxNameBytes = 80;
constexpr std::size_t kMaxListAnswers = 20;  // values in one multi-choice screening answer
constexpr std::size_t kMaxActivities = 3;
constexpr std::size_t kMaxExercises = 100;
constexpr std::size_t kMaxAnswers = 200;
constexpr Millis kMaxMillis = 253402300799999;  // 9999-12-31T23:59:59.999Z

enum class IdRule { required, optional };

// The readers fill `out`, which the caller passes fresh (default-constructed), and record a
// problem for every mistake; `out` means nothing once one was recorded. Out-parameters, not
// std::optional results: the web core is smaller without an optional built per read.
// `where` names the entry in problems when it has no usable id (e.g. "entries[3]").
// True when the entry was read without problems.
bool read_entry(const json& value, const std::string& file, const std::string& where,
                IdRule ids, Problems& problems, Entry& out);
void read_screening(const json& value, const std::string& file, Problems& problems,
                    ScreeningRecord& out);
void read_settings(const json& value, const std::string& file, Problems& problems,
                   Settings& out);

// Compact JSON text appended to `out` (journal_json_write.cpp: written directly, without a
// DOM, because saving a 10-year journal must stay fast). Text that is not UTF-8, which only
// values built in code can hold and validate() refuses, is written with U+FFFD in place of
// the broken bytes so the file always parses.
void write_entry(const Entry& entry, std::string& out);
void write_screening(const ScreeningRecord& screening, std::string& out);
void write_settings(const Settings& settings, std::string& out);
std::string entry_text(const Entry& entry);

// Compact JSON text of a parsed value. Never aborts (invalid UTF-8 is replaced).
std::string dump(const json& value);

// Entry ids: 1-64 characters from A-Z a-z 0-9 . _ : -
bool valid_id(std::string_view id);
// Exercise and habit ids: 1-64 characters from a-z 0-9 _ -
bool valid_token(std::string_view token);

}  // namespace limber::journal_json
