#include "text_fold.h"

#include <random>

#include <gtest/gtest.h>

namespace limber::text {
namespace {

TEST(Fold, LowersAndStripsLatinDiacritics) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Pígeon", "pigeon"},
      {"CRÈME BRÛLÉE", "creme brulee"},
      {"Straße", "strasse"},
      {"Æsir Œuvre", "aesir oeuvre"},
      {"Łódź", "lodz"},
      {"Việt Nam", "viet nam"},
      {"Ærøskøbing", "aeroskobing"},
      {"e\xCC\x81te\xCC\x81", "ete"},          // e + combining acute accent
      {"Ωmega", "Ωmega"},                      // not Latin: kept as it is
      {"a\xFF" "b\xC3", "ab"},                 // bytes that are not UTF-8 are dropped
      {"", ""},
  };
  for (const auto& [in, out] : cases) EXPECT_EQ(fold(in), out) << in;
}

TEST(Words, SplitOnPunctuationButNotApostrophes) {
  EXPECT_EQ(words("Child's pose"), (std::vector<std::string>{"childs", "pose"}));
  EXPECT_EQ(words("Child\xE2\x80\x99s"), (std::vector<std::string>{"childs"}));
  EXPECT_EQ(words("figure-four (supine)"), (std::vector<std::string>{"figure", "four", "supine"}));
  EXPECT_EQ(words("hip \xE2\x80\x94 knee\xC2\xA0" "circles"),
            (std::vector<std::string>{"hip", "knee", "circles"}));
  EXPECT_EQ(words("4-way hip: flexion"), (std::vector<std::string>{"4", "way", "hip", "flexion"}));
  EXPECT_TRUE(words(" ,;- ").empty());
}

bool valid_utf8(const std::string& s) {
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char b = s[i];
    const std::size_t len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
    if (len == 0 || i + len > s.size()) return false;
    for (std::size_t k = 1; k < len; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += len;
  }
  return true;
}

TEST(Fold, AnyBytesGiveValidLowerCaseTextAndFoldingTwiceChangesNothing) {
  std::mt19937 rng(20261121);
  // Mostly pieces of real text, some random bytes, so both paths get exercised.
  const std::vector<std::string> pieces = {"A", "z", " ", "é", "Ö", "ß", "ẞ", "Ł", "ő", "Ω",
                                           "\xCC\x88", "\xE2\x80\x99", "'", "-", "7", "ẞ"};
  for (int n = 0; n < 3000; ++n) {
    std::string s;
    const int length = rng() % 12;
    for (int k = 0; k < length; ++k) {
      if (rng() % 4 == 0)
        s += static_cast<char>(rng() % 256);
      else
        s += pieces[rng() % pieces.size()];
    }
    const std::string once = fold(s);
    EXPECT_TRUE(valid_utf8(once)) << s;
    EXPECT_EQ(fold(once), once) << s;
    for (char c : once) EXPECT_FALSE(c >= 'A' && c <= 'Z') << s;
    for (const std::string& w : words(s)) {
      EXPECT_FALSE(w.empty());
      EXPECT_EQ(w.find(' '), std::string::npos);
      EXPECT_EQ(words(w), std::vector<std::string>{w}) << s;
    }
  }
}

}  // namespace
}  // namespace limber::text
