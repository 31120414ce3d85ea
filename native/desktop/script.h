// script.h: TEST ONLY. Runs a file of requests against the core before the first frame, so
// a screenshot can show a state that takes clicks to reach (a saved check, a running
// session at a known moment). One JSON object a line; blank lines and lines starting with
// # are skipped. A line {"desktop": "open_exercise", "id": "clamshell"} opens an exercise
// in the library instead of calling the core.
//
//   limber --data-dir /tmp/t --clock 1763712000000 --script setup.jsonl --screenshot s.png
#pragma once
#include <string>

#include "ui.h"

namespace limber::desktop {

// False with *error when the file cannot be read, a line is not a JSON object, or the core
// refused a request (the banner shows it too).
bool run_script(Ui& ui, const std::string& path, std::string* error);

}  // namespace limber::desktop
