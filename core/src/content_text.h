// content_text.h (private): checks shared by the small content loaders (education cards,
// the daily checklist): ids, single lines of bounded length, short lists of them.
//
//   Fields f(doc, "education/x.json", "x", problems);
//   content_text::line(f, "title", 60, card.title);             // one line, <= 60 chars
//   auto body = content_text::lines(f, "body", 2, 6, 400);       // 2-6 such lines, no repeats
#pragma once
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include "json_read.h"
#include "limber/assets.h"

namespace limber::content_text {

// The strings of a fixed list ({"a", "b"}): built by one loop here, where an initializer
// list of std::string would build and destroy a temporary per item at each site (web size).
std::vector<std::string> string_list(std::initializer_list<const char*> items);

// The text of `item`'s member `key` when `item` is an object and that member is a non-empty
// string, else `fallback`: how problems name an entry (by the id it claims).
std::string member_or(const json_read::json& item, const char* key, std::string fallback);

// The parsed asset at `path`; nullopt after recording "is missing" or why it does not parse.
std::optional<json_read::json> read_asset(const Assets& assets, const std::string& path,
                                          Problems& out);

// a-z, 0-9 and _, starting with a letter, at most 64 characters.
bool is_snake_case(const std::string& s);

// The entry's name at `key` ("id", "tag") into `out`; true when it is snake_case, and
// otherwise "'x' must be snake_case (...)" recorded. One copy of the read and its message
// for the catalogue, the cards, the checklist and the tags (web core size).
bool snake_id(json_read::Fields& f, const char* key, std::string& out);
// snake_id(f, "id", out) for a file's entry, whose id must also be its file name `expected`
// (a problem recorded when not; true still, as the id itself is well-formed).
bool file_id(json_read::Fields& f, const std::string& expected, std::string& out);

// Characters, not bytes, so limits mean the same for "café" as for "cafe".
std::size_t utf8_length(const std::string& s);

std::string in_quotes(const std::string& s);
// "a, b, c" (for "one of: ..." messages).
std::string join(const std::vector<std::string>& items);

// "education/walking_plan.json" with folder "education/" -> "walking_plan".
std::string id_from_path(const std::string& path, const std::string& folder);

// One line of text (no line breaks) of at most `max_chars` characters; a problem otherwise.
bool check_line(const json_read::Fields& f, const std::string& where, const std::string& s,
                std::size_t max_chars);
// Records "listed twice" for each repeat; true when there are none.
bool no_repeats(const json_read::Fields& f, const char* key, const std::vector<std::string>& items);
// The string at `key` if it is one line of at most `max_chars`, stored in `out` (left alone
// otherwise; a problem is recorded); true when stored.
bool line(json_read::Fields& f, const char* key, std::size_t max_chars, std::string& out,
          json_read::Need need = json_read::Need::required);

// `min_items` to `max_items` distinct single lines of at most `max_chars` each, stored in
// `out`; a problem for each item that is not (named "key[i]"), and then `out` is left empty
// and false returned. An out-parameter, not an optional: less code at each call site.
bool lines(json_read::Fields& f, const char* key, std::size_t min_items, std::size_t max_items,
           std::size_t max_chars, std::vector<std::string>& out);

}  // namespace limber::content_text
