#include "text_fold.h"

#include <cstdint>

namespace limber::text {
namespace {

// Two characters per code point: the ASCII letters it folds to, '.'-padded; ".." keeps it.
// Generated with Python's unicodedata: NFKD, combining marks removed, lower-cased, plus the
// letters with no decomposition (æ, ø, ß, đ, ł, ħ, ı, ŋ, œ, þ...).
constexpr char32_t kLatinFirst = 0xC0, kLatinLast = 0x24F;
constexpr const char* kLatin =  // U+00C0 .. U+024F
    "a.a.a.a.a.a.aec.e.e.e.e.i.i.i.i.d.n.o.o.o.o.o...o.u.u.u.u.y.thss"
    "a.a.a.a.a.a.aec.e.e.e.e.i.i.i.i.d.n.o.o.o.o.o...o.u.u.u.u.y.thy."
    "a.a.a.a.a.a.c.c.c.c.c.c.c.c.d.d.d.d.e.e.e.e.e.e.e.e.e.e.g.g.g.g."
    "g.g.g.g.h.h.h.h.i.i.i.i.i.i.i.i.i.i.ijijj.j.k.k.k.l.l.l.l.l.l.l."
    "l.l.l.n.n.n.n.n.n.n.n.n.o.o.o.o.o.o.oeoer.r.r.r.r.r.s.s.s.s.s.s."
    "s.s.t.t.t.t.t.t.u.u.u.u.u.u.u.u.u.u.u.u.w.w.y.y.y.z.z.z.z.z.z.s."
    "................................................................"
    "o.o...........................u.u..............................."
    "........dzdzdzljljljnjnjnja.a.i.i.o.o.u.u.u.u.u.u.u.u.u.u...a.a."
    "a.a.........g.g.k.k.o.o.o.o.....j.dzdzdzg.g.....n.n.a.a........."
    "a.a.a.a.e.e.e.e.i.i.i.i.o.o.o.o.r.r.r.r.u.u.u.u.s.s.t.t.....h.h."
    "............a.a.e.e.o.o.o.o.o.o.o.o.y.y........................."
    "................................";
constexpr char32_t kExtendedFirst = 0x1E00, kExtendedLast = 0x1EFF;
constexpr const char* kExtended =  // U+1E00 .. U+1EFF (Vietnamese and other extras)
    "a.a.b.b.b.b.b.b.c.c.d.d.d.d.d.d.d.d.d.d.e.e.e.e.e.e.e.e.e.e.f.f."
    "g.g.h.h.h.h.h.h.h.h.h.h.i.i.i.i.k.k.k.k.k.k.l.l.l.l.l.l.l.l.m.m."
    "m.m.m.m.n.n.n.n.n.n.n.n.o.o.o.o.o.o.o.o.p.p.p.p.r.r.r.r.r.r.r.r."
    "s.s.s.s.s.s.s.s.s.s.t.t.t.t.t.t.t.t.u.u.u.u.u.u.u.u.u.u.v.v.v.v."
    "w.w.w.w.w.w.w.w.w.w.x.x.x.x.y.y.z.z.z.z.z.z.h.t.w.y...s.....ss.."
    "a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.e.e.e.e.e.e.e.e."
    "e.e.e.e.e.e.e.e.i.i.i.i.o.o.o.o.o.o.o.o.o.o.o.o.o.o.o.o.o.o.o.o."
    "o.o.o.o.u.u.u.u.u.u.u.u.u.u.u.u.u.u.y.y.y.y.y.y.y.y.............";

bool is_combining_mark(char32_t c) { return c >= 0x300 && c <= 0x36F; }
bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019 || c == 0x2BC; }
// Spaces and punctuation outside ASCII (no-break space, dashes, quotes, ×, ÷) split words.
bool is_separator(char32_t c) {
  return (c >= 0xA0 && c <= 0xBF) || c == 0xD7 || c == 0xF7 || (c >= 0x2000 && c <= 0x206F) ||
         c == 0x3000;
}

// Decodes one code point at text[i]; returns its length in bytes, or 0 if not valid UTF-8.
std::size_t decode(std::string_view text, std::size_t i, char32_t* out) {
  const auto byte = [&](std::size_t k) { return static_cast<std::uint8_t>(text[k]); };
  const std::uint8_t b = byte(i);
  std::size_t len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
  if (len == 0 || i + len > text.size()) return 0;
  char32_t c = len == 1 ? b : b & (0x7F >> len);
  for (std::size_t k = 1; k < len; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    c = (c << 6) | (byte(i + k) & 0x3F);
  }
  *out = c;
  return len;
}

// The folded letters of `c`, or "" when it has none.
std::string_view fold_letter(char32_t c) {
  const char* table = nullptr;
  char32_t offset = 0;
  if (c >= kLatinFirst && c <= kLatinLast) {
    table = kLatin;
    offset = c - kLatinFirst;
  } else if (c >= kExtendedFirst && c <= kExtendedLast) {
    table = kExtended;
    offset = c - kExtendedFirst;
  }
  if (!table || table[offset * 2] == '.') return {};
  return std::string_view(table + offset * 2, table[offset * 2 + 1] == '.' ? 1 : 2);
}

}  // namespace

std::string fold(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  for (std::size_t i = 0; i < utf8.size();) {
    char32_t c = 0;
    const std::size_t len = decode(utf8, i, &c);
    if (len == 0) {
      ++i;
      continue;
    }
    if (c < 0x80) {
      out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
    } else if (!is_combining_mark(c)) {
      const std::string_view letters = fold_letter(c);
      if (!letters.empty()) {
        out += letters;
      } else {
        out.append(utf8.substr(i, len));
      }
    }
    i += len;
  }
  return out;
}

std::vector<std::string> words(std::string_view utf8) {
  std::vector<std::string> out;
  std::string word;
  const std::string folded = fold(utf8);
  for (std::size_t i = 0; i < folded.size();) {
    char32_t c = 0;
    std::size_t len = decode(folded, i, &c);  // fold() leaves only valid UTF-8
    if (len == 0) len = 1;
    const bool ascii_word_char = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (is_apostrophe(c)) {
      // dropped: "child's" is "childs"
    } else if (ascii_word_char || (c >= 0x80 && !is_separator(c))) {
      word.append(folded, i, len);
    } else if (!word.empty()) {
      out.push_back(std::move(word));
      word.clear();
    }
    i += len;
  }
  if (!word.empty()) out.push_back(std::move(word));
  return out;
}

}  // namespace limber::text
