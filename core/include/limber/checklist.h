// limber/checklist.h: the daily-habit checklist (assets/checklist/habits.json): small
// things to do each day that the journal lets the person tick off.
//
//   Problems problems;
//   for (const Habit& h : load_checklist(embedded_assets(), problems))
//     std::cout << h.label << " (" << h.why << ")\n";   // in the file's order
//   to_json(habit) -> the same shape as one entry of the file
//
// Ids are stable: journals store them (see habit_ids() in limber/journal.h, which reads this
// list). A habit with any problem is left out; a repeated id keeps the first.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "limber/json.h"

#include "limber/assets.h"
#include "limber/problem.h"

namespace limber {

namespace checklist_limits {
constexpr std::size_t kMaxLabel = 80, kMaxWhy = 160, kMaxSource = 80, kMaxHabits = 12;
}  // namespace checklist_limits

struct Habit {
  std::string id;      // snake_case
  std::string label;   // what was done, as the person ticks it ("Warmed up before...")
  std::string why;     // one short reason
  std::string source;  // source tag
};

// The file every checklist comes from, relative to assets/.
inline const char* checklist_path() { return "checklist/habits.json"; }

// Reads checklist/habits.json, appending every problem found to `problems`.
std::vector<Habit> load_checklist(const Assets& assets, Problems& problems);

// The same shape as one entry of the file.
Json to_json(const Habit& habit);

}  // namespace limber
