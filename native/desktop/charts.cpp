#include "charts.h"

#include <imgui_internal.h>

#include <algorithm>
#include <string>
#include <vector>

#include "reply.h"
#include "style.h"
#include "words.h"

namespace limber::desktop {
namespace {

// Text through ImGui's renderer (logged for --dump-text), in a given colour.
void label(ImVec2 at, const std::string& text, const ImVec4& colour) {
  ImGui::PushStyleColor(ImGuiCol_Text, colour);
  ImGui::RenderText(at, text.c_str());
  ImGui::PopStyleColor();
}

// A label centred under x, kept inside [left, right].
void label_under(float x, float y, float left, float right, const std::string& text,
                 const ImVec4& colour) {
  const float w = ImGui::CalcTextSize(text.c_str()).x;
  label(ImVec2(std::clamp(x - w / 2, left, right - w), y), text, colour);
}

struct Plot {
  ImVec2 min, max;  // the plotting area, inside the axes
};

// Frame, horizontal grid lines and y labels; returns the plotting area.
Plot axes(Ui& ui, ImVec2 size, int y_max, int y_step, const char* unit) {
  const Palette& p = palette();
  const float zoom = ui.zoom();
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImDrawList* d = ImGui::GetWindowDrawList();
  d->AddRectFilled(at, ImVec2(at.x + size.x, at.y + size.y), to_u32(p.surface), 12 * zoom);
  d->AddRect(at, ImVec2(at.x + size.x, at.y + size.y), to_u32(p.line), 12 * zoom, 0, zoom);
  const float text_h = ImGui::GetFontSize();
  const float left = ImGui::CalcTextSize(std::to_string(y_max).c_str()).x + 28 * zoom;
  Plot plot{ImVec2(at.x + left, at.y + 18 * zoom + text_h),
            ImVec2(at.x + size.x - 20 * zoom, at.y + size.y - text_h - 22 * zoom)};
  label(ImVec2(at.x + 14 * zoom, at.y + 8 * zoom), unit, p.muted);
  for (int v = 0; v <= y_max; v += y_step) {
    const float y = plot.max.y - (plot.max.y - plot.min.y) * v / y_max;
    d->AddLine(ImVec2(plot.min.x, y), ImVec2(plot.max.x, y), to_u32(p.line),
               v == 0 ? 1.5f * zoom : 1.0f * zoom);
    const std::string t = std::to_string(v);
    label(ImVec2(plot.min.x - ImGui::CalcTextSize(t.c_str()).x - 10 * zoom, y - text_h / 2), t,
          p.muted);
  }
  return plot;
}

}  // namespace

int nice_ceiling(int value) {
  static const int kSteps[] = {10, 20, 30, 50, 100, 150, 200, 300, 500, 1000, 2000, 5000};
  for (int step : kSteps)
    if (value <= step) return step;
  return (value / 1000 + 1) * 1000;
}

void pain_chart(Ui& ui, const json& series, ImVec2 size) {
  const Palette& p = palette();
  const float zoom = ui.zoom();
  const Plot plot = axes(ui, size, 10, 2, "Pain (0-10)");
  ImDrawList* d = ImGui::GetWindowDrawList();
  const int n = static_cast<int>(series.size());
  if (n == 0) {
    ImGui::Dummy(size);
    return;
  }
  const float step = n > 1 ? (plot.max.x - plot.min.x) / (n - 1) : 0;
  auto x_of = [&](int i) { return plot.min.x + step * i; };
  auto y_of = [&](double v) {
    return plot.max.y - (plot.max.y - plot.min.y) * static_cast<float>(v) / 10;
  };
  // Lines join neighbouring days only: a gap means no pain was noted that day.
  ImVec2 previous;
  bool has_previous = false;
  for (int i = 0; i < n; ++i) {
    const json& day = series[static_cast<std::size_t>(i)];
    if (is_null_or_missing(day, "pain")) {
      has_previous = false;
      continue;
    }
    const ImVec2 at(x_of(i), y_of(number(day, "pain")));
    if (has_previous) d->AddLine(previous, at, to_u32(p.accent), 2.5f * zoom);
    d->AddCircleFilled(at, 4.5f * zoom, to_u32(p.accent));
    previous = at;
    has_previous = true;
  }
  // A date under the first day of each week and under today.
  const float text_y = plot.max.y + 8 * zoom;
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const float left = at.x + 8 * zoom, right = at.x + size.x - 8 * zoom;
  for (int i = 0; i < n; i += 7)
    label_under(x_of(i), text_y, left, right,
                day_month(text(series[static_cast<std::size_t>(i)], "date")), p.muted);
  if ((n - 1) % 7 >= 3) label_under(x_of(n - 1), text_y, left, right, "Today", p.muted);
  ImGui::Dummy(size);
}

void minutes_chart(Ui& ui, const json& weekly, ImVec2 size) {
  const Palette& p = palette();
  const float zoom = ui.zoom();
  int most = 0;
  for (const json& w : weekly)
    most = std::max<int>(most, static_cast<int>(std::max(integer(w, "session_minutes"),
                                                         integer(w, "walking_minutes"))));
  const int y_max = nice_ceiling(std::max(most, 1));
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const Plot plot = axes(ui, size, y_max, y_max / 5 > 0 ? y_max / 5 : 1, "Minutes a week");
  ImDrawList* d = ImGui::GetWindowDrawList();
  // The key, top right: the bars' colours in words.
  const float text_h = ImGui::GetFontSize();
  const char* walk = "Walking";
  const char* sessions = "Sessions";
  float key_x = at.x + size.x - 20 * zoom - ImGui::CalcTextSize(walk).x;
  label(ImVec2(key_x, at.y + 8 * zoom), walk, p.text);
  d->AddRectFilled(ImVec2(key_x - 22 * zoom, at.y + 8 * zoom + text_h * 0.2f),
                   ImVec2(key_x - 8 * zoom, at.y + 8 * zoom + text_h * 0.8f), to_u32(p.figure_far),
                   3 * zoom);
  key_x -= 40 * zoom + ImGui::CalcTextSize(sessions).x;
  label(ImVec2(key_x, at.y + 8 * zoom), sessions, p.text);
  d->AddRectFilled(ImVec2(key_x - 22 * zoom, at.y + 8 * zoom + text_h * 0.2f),
                   ImVec2(key_x - 8 * zoom, at.y + 8 * zoom + text_h * 0.8f), to_u32(p.accent),
                   3 * zoom);

  const int n = static_cast<int>(weekly.size());
  if (n == 0) {
    ImGui::SetCursorScreenPos(at);
    ImGui::Dummy(size);
    return;
  }
  const float slot = (plot.max.x - plot.min.x) / n;
  const float bar = std::min(slot * 0.34f, 28 * zoom);
  auto y_of = [&](long long v) {
    return plot.max.y - (plot.max.y - plot.min.y) * static_cast<float>(v) / y_max;
  };
  for (int i = 0; i < n; ++i) {
    const json& w = weekly[static_cast<std::size_t>(i)];
    const float mid = plot.min.x + slot * (i + 0.5f);
    const long long s = integer(w, "session_minutes"), k = integer(w, "walking_minutes");
    if (s > 0)
      d->AddRectFilled(ImVec2(mid - bar - 1 * zoom, y_of(s)), ImVec2(mid - 1 * zoom, plot.max.y),
                       to_u32(p.accent), 3 * zoom, ImDrawFlags_RoundCornersTop);
    if (k > 0)
      d->AddRectFilled(ImVec2(mid + 1 * zoom, y_of(k)), ImVec2(mid + bar + 1 * zoom, plot.max.y),
                       to_u32(p.figure_far), 3 * zoom, ImDrawFlags_RoundCornersTop);
    // Every other week's date when they would crowd.
    if (n <= 8 || i % 2 == (n - 1) % 2)
      label_under(mid, plot.max.y + 8 * zoom, at.x + 8 * zoom, at.x + size.x - 8 * zoom,
                  day_month(text(w, "week_start")), p.muted);
  }
  ImGui::SetCursorScreenPos(at);
  ImGui::Dummy(size);
}

}  // namespace limber::desktop
