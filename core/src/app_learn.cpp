// Commands for the Learn screen and the daily checklist: content the person reads and ticks.
#include <algorithm>

#include "app_commands.h"
#include "limber/checklist.h"
#include "limber/education.h"

namespace limber {
namespace {

using json_read::Need;
using json = limber::Json;

bool cards(AppState& state, json_read::Fields&, json* result, CommandError*) {
  // Cards that speak to this person's check (e.g. sciatica guidance) come first, marked.
  std::vector<std::string> tags;
  if (const auto verdict = latest_verdict(state))
    tags = education_tags(state.education_tags, *verdict);
  json list = json::array();
  std::vector<std::string> featured;
  for (const Card* card : featured_cards(state.education, tags)) {
    json c = to_json(*card);
    c["featured"] = true;
    featured.push_back(card->id);
    list.push_back(std::move(c));
  }
  for (const Card& card : state.education) {
    if (std::find(featured.begin(), featured.end(), card.id) != featured.end()) continue;
    json c = to_json(card);
    c["featured"] = false;
    list.push_back(std::move(c));
  }
  *result = {{"cards", std::move(list)}};
  return true;
}

bool checklist(AppState& state, json_read::Fields& args, json* result, CommandError*) {
  Date date;
  if (!date_arg(args, date)) return false;
  const HabitsEntry* day = state.journal.habits_on(date);
  json habits = json::array();
  for (const Habit& habit : state.checklist) {
    json h = to_json(habit);
    h["ticked"] = day && std::find(day->ticked.begin(), day->ticked.end(), habit.id) != day->ticked.end();
    habits.push_back(std::move(h));
  }
  *result = {{"date", date.to_string()}, {"habits", std::move(habits)}};
  return true;
}

}  // namespace

template <bool S>
CommandList learn_commands() {
  static constexpr CommandSpec kCommands[] = {
      {"education.cards", cards,
       summary<S>("The education cards in display order, each with its sources; cards that "
                  "speak to the latest check (e.g. sciatica) come first with featured: true.")},
      {"checklist.get", checklist,
       summary<S>("The daily habits for a date: label, why, source and whether it is ticked.")},
  };
  return {kCommands, std::end(kCommands)};
}

template CommandList learn_commands<false>();
template CommandList learn_commands<true>();

}  // namespace limber
