#include "script.h"

#include <fstream>

#include "reply.h"

namespace limber::desktop {

bool run_script(Ui& ui, const std::string& path, std::string* error) {
  std::ifstream in(path);
  if (!in) {
    *error = "cannot read " + path;
    return false;
  }
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    const json request = json::parse(line, nullptr, false);
    const std::string where = path + ":" + std::to_string(number);
    if (request.is_discarded() || !request.is_object()) {
      *error = where + ": not a JSON object";
      return false;
    }
    if (const std::string directive = text(request, "desktop"); !directive.empty()) {
      if (directive != "open_exercise") {
        *error = where + ": unknown directive " + directive;
        return false;
      }
      ui.open_exercise(text(request, "id"));
      continue;
    }
    const Answer answer = ui.ask(request, "run the test script (" + where + ")");
    if (!answer.ok) {
      *error = where + ": " + answer.message;
      return false;
    }
  }
  return true;
}

}  // namespace limber::desktop
