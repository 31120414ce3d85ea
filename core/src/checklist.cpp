// The daily-habit checklist: reading and checking assets/checklist/habits.json.
#include "limber/checklist.h"

#include <map>

#include "content_text.h"
#include "json_read.h"
#include "number_text.h"

namespace limber {
namespace {

using json_read::Fields;
using json_read::json;
namespace limits = checklist_limits;
static_assert(limits::kMaxHabits == 12, "the list-length message names the limit");

std::string item_name(std::size_t index) { return json_read::item_path("habits", index); }

}  // namespace

std::vector<Habit> load_checklist(const Assets& assets, Problems& problems) {
  const std::string path = checklist_path();
  std::vector<Habit> habits;
  auto doc = content_text::read_asset(assets, path, problems);
  if (!doc) return habits;
  Fields top(*doc, path, "", problems);
  const json* list = top.array("habits");
  top.reject_unknown();
  if (!list) return habits;
  if (list->empty() || list->size() > limits::kMaxHabits)
    top.error("habits", with_number("needs 1 to 12 habits, not ", list->size(), ""));

  std::map<std::string, std::size_t, std::less<>> first_index;  // id -> where it was first used
  for (std::size_t i = 0; i < list->size(); ++i) {
    const json& item = (*list)[i];
    const std::size_t problems_before = problems.size();
    Fields f(item, path, content_text::member_or(item, "id", ""), problems, item_name(i));
    Habit h;
    if (content_text::snake_id(f, "id", h.id)) {
      if (auto [at, added] = first_index.emplace(h.id, i); !added)
        f.error_quoting("id", h.id, " is already used by ", item_name(at->second).c_str());
    }
    content_text::line(f, "label", limits::kMaxLabel, h.label);
    content_text::line(f, "why", limits::kMaxWhy, h.why);
    content_text::line(f, "source", limits::kMaxSource, h.source);
    f.reject_unknown();
    if (problems.size() == problems_before) habits.push_back(std::move(h));
  }
  return habits;
}

Json to_json(const Habit& habit) {
  return json{{"id", habit.id}, {"label", habit.label}, {"why", habit.why},
              {"source", habit.source}};
}

}  // namespace limber
