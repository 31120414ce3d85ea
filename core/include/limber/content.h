// limber/content.h: checks every kind of content in an Assets map at once, for
// `limber-cli validate-assets`, the tests and content authors.
//
//   const Problems problems = validate_content(embedded_assets());
//   if (!problems.empty()) std::cerr << to_string(problems);
#pragma once
#include "limber/assets.h"
#include "limber/problem.h"

namespace limber {

// Runs every content loader over `assets` and returns all the problems they found.
Problems validate_content(const Assets& assets);

}  // namespace limber
