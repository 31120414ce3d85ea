#include "widgets.h"

#include <cmath>

#include "style.h"

namespace limber::desktop {
namespace {

constexpr float kPanelPadding = 22;
constexpr float kButtonHeight = 54;  // above the 48 px touch-target minimum

void dashed_rect(ImDrawList* d, ImVec2 a, ImVec2 b, ImU32 colour, float thickness, float dash) {
  auto dashed_line = [&](ImVec2 from, ImVec2 to) {
    const float length = std::hypot(to.x - from.x, to.y - from.y);
    const ImVec2 step((to.x - from.x) / length, (to.y - from.y) / length);
    for (float t = 0; t < length; t += 2 * dash) {
      const float end = std::fmin(t + dash, length);
      d->AddLine(ImVec2(from.x + step.x * t, from.y + step.y * t),
                 ImVec2(from.x + step.x * end, from.y + step.y * end), colour, thickness);
    }
  };
  dashed_line(a, ImVec2(b.x, a.y));
  dashed_line(ImVec2(b.x, a.y), b);
  dashed_line(b, ImVec2(a.x, b.y));
  dashed_line(ImVec2(a.x, b.y), a);
}

// Panels draw their content first on the front channel, then their background behind it,
// because ImGui 1.86 cannot size a box to content it has not laid out yet.
void begin_panel(Ui& ui) {
  ImDrawList* d = ImGui::GetWindowDrawList();
  d->ChannelsSplit(2);
  d->ChannelsSetCurrent(1);
  const float pad = kPanelPadding * ui.zoom();
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() + pad);
  ImGui::Indent(pad);
  ImGui::BeginGroup();
  // Keep the text inside the panel's right padding (wrap positions are window-local).
  ImGui::PushTextWrapPos(ui.column_right() - pad);
}

void end_panel(Ui& ui, const ImVec4& fill, const ImVec4& border, bool dashed) {
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
  const float pad = kPanelPadding * ui.zoom();
  ImGui::Unindent(pad);
  const ImVec2 content_min = ImGui::GetItemRectMin();
  const ImVec2 content_max = ImGui::GetItemRectMax();
  const ImVec2 min(content_min.x - pad, content_min.y - pad);
  const ImVec2 max(ImGui::GetWindowPos().x + ui.column_right(), content_max.y + pad);
  ImDrawList* d = ImGui::GetWindowDrawList();
  d->ChannelsSetCurrent(0);
  const float rounding = 12 * ui.zoom();
  d->AddRectFilled(min, max, to_u32(fill), rounding);
  if (dashed)
    dashed_rect(d, min, max, to_u32(border), 2 * ui.zoom(), 8 * ui.zoom());
  else
    d->AddRect(min, max, to_u32(border), rounding, 0, 1.5f * ui.zoom());
  d->ChannelsMerge();
  ImGui::SetCursorScreenPos(ImVec2(min.x, max.y));
  ImGui::Dummy(ImVec2(0, 0));  // ends the line so the next item starts below the panel
}

}  // namespace

void heading(Ui& ui, const char* text) {
  ImGui::PushFont(ui.fonts().heading);
  ImGui::TextUnformatted(text);
  ImGui::PopFont();
  gap(ui, 2);
}

void section(Ui& ui, const char* text) {
  ImGui::PushFont(ui.fonts().section);
  ImGui::TextUnformatted(text);
  ImGui::PopFont();
}

void paragraph(const char* text) { ImGui::TextUnformatted(text); }

void lead(Ui&, const char* text) { ImGui::TextUnformatted(text); }

void muted(const char* text) {
  ImGui::PushStyleColor(ImGuiCol_Text, palette().muted);
  ImGui::TextUnformatted(text);
  ImGui::PopStyleColor();
}

void gap(Ui& ui, float pixels) { ImGui::Dummy(ImVec2(0, pixels * ui.zoom())); }

bool primary_button(Ui& ui, const char* label, bool enabled) {
  const Palette& p = palette();
  ImGui::PushFont(ui.fonts().bold);
  ImGui::PushStyleColor(ImGuiCol_Button, p.accent);
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered,
                        ImVec4(p.accent.x * 0.85f, p.accent.y * 0.85f, p.accent.z * 0.85f, 1));
  ImGui::PushStyleColor(ImGuiCol_ButtonActive,
                        ImVec4(p.accent.x * 0.7f, p.accent.y * 0.7f, p.accent.z * 0.7f, 1));
  ImGui::PushStyleColor(ImGuiCol_Text, p.on_accent);
  ImGui::PushStyleColor(ImGuiCol_Border, p.accent);
  if (!enabled) ImGui::PushStyleVar(ImGuiStyleVar_Alpha, 0.45f);
  const float padding = ImGui::GetStyle().FramePadding.x * 1.4f;
  const ImVec2 size(ImGui::CalcTextSize(label).x + 2 * padding, kButtonHeight * ui.zoom());
  bool pressed = ImGui::Button(label, size);
  if (!enabled) {
    ImGui::PopStyleVar();
    pressed = false;
  }
  ImGui::PopStyleColor(5);
  ImGui::PopFont();
  return pressed;
}

bool button(Ui& ui, const char* label) {
  const float padding = ImGui::GetStyle().FramePadding.x;
  const ImVec2 size(ImGui::CalcTextSize(label).x + 2 * padding, kButtonHeight * ui.zoom());
  return ImGui::Button(label, size);
}

bool choice(Ui& ui, const char* label, bool selected) {
  const Palette& p = palette();
  if (selected) {
    ImGui::PushStyleColor(ImGuiCol_Button, p.accent_soft);
    ImGui::PushStyleColor(ImGuiCol_Border, p.accent);
    ImGui::PushStyleColor(ImGuiCol_Text, p.text);
    ImGui::PushFont(ui.fonts().bold);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 2 * ui.zoom());
  }
  const bool pressed = button(ui, label);
  if (selected) {
    ImGui::PopStyleVar();
    ImGui::PopFont();
    ImGui::PopStyleColor(3);
  }
  return pressed;
}

void not_ready(Ui& ui, const char* text) {
  begin_panel(ui);
  ImGui::PushFont(ui.fonts().bold);
  ImGui::TextUnformatted("Not ready yet");
  ImGui::PopFont();
  muted(text);
  end_panel(ui, palette().background, palette().line, true);
}

void fact(Ui& ui, const char* label, const std::string& value) {
  const float start_x = ImGui::GetCursorScreenPos().x;
  ImGui::PushStyleColor(ImGuiCol_Text, palette().muted);
  ImGui::TextUnformatted(label);
  ImGui::PopStyleColor();
  ImGui::SameLine();
  // Values line up in a column a little wider than the longest label in use.
  ImGui::SetCursorScreenPos(ImVec2(start_x + 170 * ui.zoom(), ImGui::GetCursorScreenPos().y));
  ImGui::TextUnformatted(value.c_str());
}

void begin_card(Ui& ui) { begin_panel(ui); }
void end_card(Ui& ui) { end_panel(ui, palette().surface, palette().line, false); }
void begin_notice(Ui& ui) { begin_panel(ui); }
void end_notice(Ui& ui) { end_panel(ui, palette().problem_soft, palette().problem, false); }

}  // namespace limber::desktop
