// limber/problem.h: one validation or input error, precise enough to fix by hand.
//
//   Problem{"exercises/bridge.json", "glute_bridge", "dosage.hold_seconds", "must be >= 20"}
//   .to_string() == "exercises/bridge.json: glute_bridge: dosage.hold_seconds: must be >= 20"
//
// Loaders collect every problem they find (never just the first) into a Problems list.
#pragma once
#include <string>
#include <vector>

namespace limber {

struct Problem {
  std::string file;   // asset path relative to assets/, or "" for in-memory input
  std::string entry;  // entry id (exercise id, question id...), or "" for file-level problems
  std::string field;  // dotted path inside the entry, e.g. "dosage.hold_seconds"
  std::string message;
  std::string to_string() const;
};

using Problems = std::vector<Problem>;

// One line per problem, in order.
std::string to_string(const Problems& problems);

}  // namespace limber
