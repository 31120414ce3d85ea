// text_fold.h (private): text matching that ignores case and accents, for search boxes.
//
//   fold("Pígeon STRETCH") == "pigeon stretch"
//   words("Child's pose (Bālāsana)") == {"childs", "pose", "balasana"}
//
// Latin letters with diacritics fold to their base letters (æ -> ae, ß -> ss); other
// characters outside ASCII are kept as they are; bytes that are not UTF-8 are dropped.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace limber::text {

std::string fold(std::string_view utf8);

// The folded words: runs of letters and digits. Apostrophes are dropped rather than
// splitting, so "child's" and "childs" are the same word.
std::vector<std::string> words(std::string_view utf8);

}  // namespace limber::text
