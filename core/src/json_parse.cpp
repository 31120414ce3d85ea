// Strict JSON text to Json: one pass, no exceptions, every mistake reported with its line
// and column. Speed matters here (a ten-year journal is ~5 MB), so strings are copied in
// runs between escapes, and numbers are read without strtod (decimal_parse.h).
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <limits>

#include "limber/json.h"
#include "utf8.h"
#include "sort_by.h"
#include "decimal_parse.h"

namespace limber {

class JsonParser {
 public:
  JsonParser(std::string_view text, std::string* error)
      : begin_(text.data()), p_(text.data()), end_(text.data() + text.size()), error_(error) {}

  bool document(Json* out) {
    skip_bom();
    skip_space();
    if (!value(out, 0)) return false;
    return finish();
  }

  // The top object is read member by member so that "entries" can be streamed.
  bool streaming(Json* top, EntrySink on_entry, int* entries_arrays) {
    skip_bom();
    skip_space();
    if (p_ == end_ || *p_ != '{') return document(top);
    ++p_;
    *top = Json::object();
    std::size_t index = 0;
    const bool ok = members(top->object_, [&](const std::string& key, Json* slot) {
      if (key != "entries" || p_ == end_ || *p_ != '[') return value(slot, 1);
      ++*entries_arrays;
      ++p_;
      *slot = Json::array();
      return each_element(2, [&](Json& entry) { on_entry(entry, index++); });
    });
    return ok && finish();
  }

 private:
  // Small objects look for a repeated key as they go; in a larger one that would be
  // quadratic, so past this size repeats are found once, by sorting, at the end.
  static constexpr std::size_t kLinearMembers = 32;

  static Json::Member& add_member(Json::Object& members, std::string&& key) {
    if (members.size() < kLinearMembers) return slot_for(members, std::move(key));
    members.push_back(Json::Member{std::move(key), Json()});
    return members.back();
  }

  bool finish() {
    skip_space();
    if (p_ != end_) return fail("unexpected text after the JSON value");
    return true;
  }

  // Some editors start a saved file with a UTF-8 byte order mark; an import must not fail
  // over a character nobody can see.
  void skip_bom() {
    if (end_ - p_ >= 3 && std::memcmp(p_, "\xEF\xBB\xBF", 3) == 0) p_ += 3;
  }

  void skip_space() {
    while (p_ < end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t')) ++p_;
  }

  bool fail(const char* message) {
    if (error_) {
      int line = 1, column = 1;
      for (const char* c = begin_; c < p_ && c < end_; ++c) {
        if (*c == '\n') {
          ++line;
          column = 1;
        } else if ((static_cast<unsigned char>(*c) & 0xC0) != 0x80) {
          ++column;  // count characters, not UTF-8 continuation bytes
        }
      }
      *error_ = "line " + std::to_string(line) + ", column " + std::to_string(column) + ": " +
                message;
    }
    return false;
  }

  // Parses one value at p_ (whitespace already skipped) into *out.
  bool value(Json* out, int depth) {
    if (p_ == end_) return fail("expected a value, found the end of the text");
    switch (*p_) {
      case '{': return object(out, depth + 1);
      case '[': {
        ++p_;
        *out = Json::array();
        Json::Array& items = out->array_;
        return each_element(depth + 1, [&](Json& item) { items.push_back(std::move(item)); });
      }
      case '"': {
        std::string s;
        if (!string(&s)) return false;
        *out = Json(std::move(s));
        return true;
      }
      case 't': return literal("true", out, Json(true));
      case 'f': return literal("false", out, Json(false));
      case 'n': return literal("null", out, Json());
      default:
        if (*p_ == '-' || (*p_ >= '0' && *p_ <= '9')) return number(out);
        return fail("expected a value (object, array, string, number, true, false or null)");
    }
  }

  bool literal(const char* word, Json* out, Json value) {
    const std::size_t n = std::strlen(word);
    if (static_cast<std::size_t>(end_ - p_) < n || std::memcmp(p_, word, n) != 0)
      return fail("expected a value (object, array, string, number, true, false or null)");
    p_ += n;
    *out = std::move(value);
    return true;
  }

  bool enter(int depth) {
    if (depth <= Json::kMaxDepth) return true;
    return fail("nested deeper than 64 levels");
  }

  // After '[': calls take(element) for each element, then consumes ']'.
  template <typename Take>
  bool each_element(int depth, Take take) {
    if (!enter(depth)) return false;
    skip_space();
    if (p_ < end_ && *p_ == ']') {
      ++p_;
      return true;
    }
    Json item;
    while (true) {
      skip_space();
      if (!value(&item, depth)) return false;
      take(item);
      item = Json();
      skip_space();
      if (p_ < end_ && *p_ == ',') {
        ++p_;
        continue;
      }
      if (p_ < end_ && *p_ == ']') {
        ++p_;
        return true;
      }
      return fail("expected ',' or ']' after an array element");
    }
  }

  // Reads `"key" :` with the whitespace around it.
  bool member_key(std::string* key) {
    skip_space();
    if (p_ == end_ || *p_ != '"') return fail("expected a member name in double quotes");
    if (!string(key)) return false;
    skip_space();
    if (p_ == end_ || *p_ != ':') return fail("expected ':' after a member name");
    ++p_;
    skip_space();
    return true;
  }

  // A repeated key keeps its first position and its last value.
  static Json::Member& slot_for(Json::Object& members, std::string&& key) {
    for (Json::Member& m : members)
      if (m.key == key) return m.value = Json(), m;
    members.push_back(Json::Member{std::move(key), Json()});
    return members.back();
  }

  bool object(Json* out, int depth) {
    if (!enter(depth)) return false;
    ++p_;
    *out = Json::object();
    return members(out->object_, [&](const std::string&, Json* slot) { return value(slot, depth); });
  }

  // After '{': each member's key, then `read(key, slot)` for its value, until '}'.
  template <typename Read>
  bool members(Json::Object& members, Read read) {
    skip_space();
    if (p_ < end_ && *p_ == '}') {
      ++p_;
      return true;
    }
    while (true) {
      std::string key;
      if (!member_key(&key)) return false;
      Json::Member& member = add_member(members, std::move(key));
      if (!read(member.key, &member.value)) return false;
      skip_space();
      if (p_ < end_ && *p_ == ',') {
        ++p_;
        continue;
      }
      if (p_ < end_ && *p_ == '}') {
        ++p_;
        if (members.size() > kLinearMembers) drop_repeats(members);
        return true;
      }
      return fail("expected ',' or '}' after an object member");
    }
  }

  static void drop_repeats(Json::Object& members);

  bool string(std::string* out) {
    ++p_;  // the opening quote
    while (true) {
      const char* run = p_;
      while (p_ < end_) {
        const unsigned char c = static_cast<unsigned char>(*p_);
        if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80) break;
        ++p_;
      }
      out->append(run, p_);
      if (p_ == end_) return fail("a string is not closed");
      const unsigned char c = static_cast<unsigned char>(*p_);
      if (c == '"') {
        ++p_;
        return true;
      }
      if (c < 0x20) return fail("a control character must be escaped inside a string");
      if (c >= 0x80) {
        const std::size_t n = utf8_sequence(std::string_view(p_, static_cast<std::size_t>(end_ - p_)), 0);
        if (n == 0) return fail("a string is not valid UTF-8");
        out->append(p_, n);
        p_ += n;
        continue;
      }
      if (!escape(out)) return false;
    }
  }

  bool hex4(unsigned* out) {
    if (end_ - p_ < 4) return fail("\\u needs four hex digits");
    unsigned v = 0;
    for (int i = 0; i < 4; ++i) {
      const char h = *p_++;
      v <<= 4;
      if (h >= '0' && h <= '9') v |= static_cast<unsigned>(h - '0');
      else if (h >= 'a' && h <= 'f') v |= static_cast<unsigned>(h - 'a' + 10);
      else if (h >= 'A' && h <= 'F') v |= static_cast<unsigned>(h - 'A' + 10);
      else return fail("\\u needs four hex digits");
    }
    *out = v;
    return true;
  }

  bool escape(std::string* out) {
    ++p_;  // the backslash
    if (p_ == end_) return fail("a string is not closed");
    const char e = *p_++;
    switch (e) {
      case '"': out->push_back('"'); return true;
      case '\\': out->push_back('\\'); return true;
      case '/': out->push_back('/'); return true;
      case 'b': out->push_back('\b'); return true;
      case 'f': out->push_back('\f'); return true;
      case 'n': out->push_back('\n'); return true;
      case 'r': out->push_back('\r'); return true;
      case 't': out->push_back('\t'); return true;
      case 'u': break;
      default: --p_; return fail("unknown escape in a string");
    }
    unsigned cp = 0;
    if (!hex4(&cp)) return false;
    if (cp >= 0xDC00 && cp <= 0xDFFF) return fail("a \\u escape is a lone low surrogate");
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      unsigned low = 0;
      if (end_ - p_ < 2 || p_[0] != '\\' || p_[1] != 'u')
        return fail("a \\u high surrogate must be followed by a low one");
      p_ += 2;
      if (!hex4(&low)) return false;
      if (low < 0xDC00 || low > 0xDFFF)
        return fail("a \\u high surrogate must be followed by a low one");
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    }
    append_utf8(out, cp);
    return true;
  }

  static void append_utf8(std::string* out, unsigned cp) {
    if (cp < 0x80) {
      out->push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
      out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
      out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
      out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
      out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
      out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
  }

  static bool digit(char c) { return c >= '0' && c <= '9'; }

  bool number(Json* out) {
    const char* start = p_;
    const bool negative = *p_ == '-';
    if (negative) ++p_;
    if (p_ == end_ || !digit(*p_)) return fail("a number needs a digit");
    if (*p_ == '0' && p_ + 1 < end_ && digit(p_[1]))
      return fail("a number must not start with 0");
    std::uint64_t whole = 0;
    bool overflow = false;
    while (p_ < end_ && digit(*p_)) {
      const unsigned d = static_cast<unsigned>(*p_ - '0');
      if (whole > (std::numeric_limits<std::uint64_t>::max() - d) / 10) overflow = true;
      whole = whole * 10 + d;
      ++p_;
    }
    bool fraction = false;
    if (p_ < end_ && *p_ == '.') {
      ++p_;
      if (p_ == end_ || !digit(*p_)) return fail("a number needs digits after '.'");
      while (p_ < end_ && digit(*p_)) ++p_;
      fraction = true;
    }
    if (p_ < end_ && (*p_ == 'e' || *p_ == 'E')) {
      ++p_;
      if (p_ < end_ && (*p_ == '+' || *p_ == '-')) ++p_;
      if (p_ == end_ || !digit(*p_)) return fail("a number needs digits in its exponent");
      while (p_ < end_ && digit(*p_)) ++p_;
      fraction = true;
    }
    if (!fraction && !overflow) {
      constexpr std::uint64_t kMinMagnitude = std::uint64_t{1} << 63;  // |INT64_MIN|
      if (!negative) {
        *out = Json(static_cast<unsigned long long>(whole));
        return true;
      }
      if (whole <= kMinMagnitude) {
        *out = Json(whole == kMinMagnitude ? std::numeric_limits<long long>::min()
                                           : -static_cast<long long>(whole));
        return true;
      }
    }
    const double v = parse_decimal(std::string_view(start, static_cast<std::size_t>(p_ - start)));
    if (!(v - v == 0)) {  // inf: JSON has no way to write it back
      p_ = start;
      return fail("a number is too large");
    }
    *out = Json(v);
    return true;
  }

  const char* begin_;
  const char* p_;
  const char* end_;
  std::string* error_;
};

void JsonParser::drop_repeats(Json::Object& members) {
  // Indices sorted by key, then by position; for each key only the last position's value
  // survives, moved into the first position (where the key first appeared).
  const std::vector<std::size_t> order = stable_order(
      members.size(),
      [](const void* m, std::size_t a, std::size_t b) {
        const auto& list = *static_cast<const Json::Object*>(m);
        return list[a].key < list[b].key;
      },
      &members);
  // Flags as size_t, the element type stable_order already compiles: vector<bool> filling is
  // one more template in the web module.
  std::vector<std::size_t> drop(members.size());
  bool any = false;
  for (std::size_t i = 0; i + 1 < order.size(); ++i) {
    if (members[order[i]].key != members[order[i + 1]].key) continue;
    std::size_t j = i + 1;
    while (j + 1 < order.size() && members[order[j + 1]].key == members[order[i]].key) ++j;
    members[order[i]].value = std::move(members[order[j]].value);
    for (std::size_t k = i + 1; k <= j; ++k) drop[order[k]] = 1;
    any = true;
    i = j;
  }
  if (!any) return;
  std::size_t kept = 0;
  for (std::size_t i = 0; i < members.size(); ++i) {
    if (drop[i]) continue;
    if (i != kept) members[kept] = std::move(members[i]);  // never move onto itself
    ++kept;
  }
  while (members.size() > kept) members.pop_back();  // shrinks only: no resize() template
}

std::optional<Json> Json::parse(std::string_view text, std::string* error) {
  Json result;
  if (!JsonParser(text, error).document(&result)) return std::nullopt;
  return result;
}

bool parse_streaming_entries(std::string_view text, Json* top, EntrySink on_entry,
                             int* entries_arrays, std::string* error) {
  *top = Json();
  *entries_arrays = 0;
  return JsonParser(text, error).streaming(top, on_entry, entries_arrays);
}

}  // namespace limber
