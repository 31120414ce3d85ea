// charts.h: the two Progress charts, drawn with ImDrawList from stats.get's series: pain per
// day (a line with dots, gaps where no pain was noted) and minutes per week (bars). Axes and
// labels go through ImGui's text renderer, so --dump-text sees them too.
//
//   pain_chart(ui, list(stats, "pain_series"), ImVec2(width, 220 * ui.zoom()));
//   minutes_chart(ui, list(stats, "weekly"), ImVec2(width, 220 * ui.zoom()));
#pragma once
#include <imgui.h>

#include <nlohmann/json.hpp>

#include "ui.h"

namespace limber::desktop {

// [{date, pain|null}] oldest first; the y axis is the 0-10 scale.
void pain_chart(Ui& ui, const nlohmann::json& series, ImVec2 size);
// [{week_start, session_minutes, walking_minutes}] oldest first: two bars a week.
void minutes_chart(Ui& ui, const nlohmann::json& weekly, ImVec2 size);

// A round axis maximum at or above `value` (10, 20, 50, 100, 150, 200, 300...).
int nice_ceiling(int value);

}  // namespace limber::desktop
