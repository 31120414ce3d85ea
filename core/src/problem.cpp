#include "limber/problem.h"

namespace limber {

std::string Problem::to_string() const {
  std::string out;
  for (const std::string* part : {&file, &entry, &field}) {
    if (part->empty()) continue;
    out += *part;
    out += ": ";
  }
  return out + message;
}

std::string to_string(const Problems& problems) {
  std::string out;
  for (const Problem& p : problems) out += p.to_string() + "\n";
  return out;
}

}  // namespace limber
