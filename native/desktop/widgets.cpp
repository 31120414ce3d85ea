#include "widgets.h"

#include "reply.h"

#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>
#include <deque>
#include <string>

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
// Panels nest (a confirmation inside a card), and one splitter cannot split twice (ImGui
// asserts, which ended the app on "Delete all data"): each level has its own splitter. A
// deque never moves the ones in use.
std::deque<ImDrawListSplitter> g_splitters;
std::size_t g_panel_depth = 0;

void begin_panel(Ui& ui) {
  ImDrawList* d = ImGui::GetWindowDrawList();
  if (g_panel_depth == g_splitters.size()) g_splitters.emplace_back();
  ImDrawListSplitter& splitter = g_splitters[g_panel_depth++];
  splitter.Split(d, 2);
  splitter.SetCurrentChannel(d, 1);
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
  ImDrawListSplitter& splitter = g_splitters[--g_panel_depth];
  splitter.SetCurrentChannel(d, 0);
  const float rounding = 12 * ui.zoom();
  d->AddRectFilled(min, max, to_u32(fill), rounding);
  if (dashed)
    dashed_rect(d, min, max, to_u32(border), 2 * ui.zoom(), 8 * ui.zoom());
  else
    d->AddRect(min, max, to_u32(border), rounding, 0, 1.5f * ui.zoom());
  splitter.Merge(d);
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

void reveal_last_item(bool* pending) {
  if (!*pending) return;
  *pending = false;
  // Screen coordinates; a line of room beyond the item so it does not sit on the edge.
  const float top = ImGui::GetWindowPos().y;
  const float bottom = top + ImGui::GetWindowHeight();
  const float room = ImGui::GetTextLineHeight();
  const float item_top = ImGui::GetItemRectMin().y, item_bottom = ImGui::GetItemRectMax().y;
  // Applied at the next frame's Begin, which already knows the content this frame added.
  if (item_bottom + room > bottom && item_top - room > top)
    ImGui::SetScrollY(ImGui::GetScrollY() + std::min(item_bottom + room - bottom, item_top - room - top));
  else if (item_top < top)
    ImGui::SetScrollY(ImGui::GetScrollY() - (top - item_top) - room);
}

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

bool button(Ui& ui, const char* label, float min_width) {
  const float padding = ImGui::GetStyle().FramePadding.x;
  const ImVec2 size(
      std::max(ImGui::CalcTextSize(label, nullptr, true).x + 2 * padding, min_width * ui.zoom()),
      kButtonHeight * ui.zoom());
  return ImGui::Button(label, size);
}

bool choice(Ui& ui, const char* label, bool selected, float min_width) {
  const Palette& p = palette();
  if (selected) {
    ImGui::PushStyleColor(ImGuiCol_Button, p.accent_soft);
    ImGui::PushStyleColor(ImGuiCol_Border, p.accent);
    ImGui::PushStyleColor(ImGuiCol_Text, p.text);
    ImGui::PushFont(ui.fonts().bold);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 2 * ui.zoom());
  }
  const bool pressed = button(ui, label, min_width);
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

bool small_button(Ui& ui, const char* label) {
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(12 * ui.zoom(), 8 * ui.zoom()));
  const bool pressed = ImGui::Button(label);
  ImGui::PopStyleVar();
  return pressed;
}

float small_button_width(Ui& ui, const char* label) {
  return ImGui::CalcTextSize(label, nullptr, true).x + 24 * ui.zoom();
}

bool link(Ui& ui, const char* label) {
  const Palette& p = palette();
  ImGui::PushStyleColor(ImGuiCol_Text, p.accent);
  ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, p.accent_soft);
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, p.accent_soft);
  ImGui::PushStyleColor(ImGuiCol_Border, ImVec4(0, 0, 0, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(4 * ui.zoom(), 4 * ui.zoom()));
  const bool pressed = ImGui::Button(label);
  const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
  const float y = max.y - 4 * ui.zoom();
  ImGui::GetWindowDrawList()->AddLine(ImVec2(min.x + 4 * ui.zoom(), y),
                                      ImVec2(max.x - 4 * ui.zoom(), y), to_u32(p.accent),
                                      1.0f * ui.zoom());
  ImGui::PopStyleVar();
  ImGui::PopStyleColor(5);
  return pressed;
}

float button_width(const char* label) {
  return ImGui::CalcTextSize(label, nullptr, true).x + 2 * ImGui::GetStyle().FramePadding.x;
}

void same_line_if_fits(Ui& ui, float width) {
  ImGui::SameLine();
  if (ImGui::GetCursorPosX() + width > ui.column_right()) ImGui::NewLine();
}

bool pain_scale(Ui& ui, const char* id, int* value) {
  ImGui::PushID(id);
  bool picked = false;
  const float zoom = ui.zoom();
  const float size = 48 * zoom;
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(6 * zoom, 6 * zoom));
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(0, 0));
  const float start_x = ImGui::GetCursorPosX();
  for (int i = 0; i <= 10; ++i) {
    if (i > 0) ImGui::SameLine();
    const bool selected = *value == i;
    const Palette& p = palette();
    if (selected) {
      ImGui::PushStyleColor(ImGuiCol_Button, p.accent);
      ImGui::PushStyleColor(ImGuiCol_ButtonHovered, p.accent);
      ImGui::PushStyleColor(ImGuiCol_Text, p.on_accent);
      ImGui::PushFont(ui.fonts().bold);
    }
    const std::string label = std::to_string(i);
    if (ImGui::Button(label.c_str(), ImVec2(size, size))) {
      *value = i;
      picked = true;
    }
    if (selected) {
      ImGui::PopFont();
      ImGui::PopStyleColor(3);
    }
  }
  ImGui::PopStyleVar(2);
  // The ends of the scale in words, under the first and last buttons.
  const float row_width = 11 * size + 10 * 6 * zoom;
  ImGui::SetCursorPosX(start_x);
  ImGui::PushStyleColor(ImGuiCol_Text, palette().muted);
  ImGui::TextUnformatted("0 = no pain");
  const char* top = "10 = worst imaginable";
  ImGui::SameLine();
  ImGui::SetCursorPosX(start_x + row_width - ImGui::CalcTextSize(top).x);
  ImGui::TextUnformatted(top);
  ImGui::PopStyleColor();
  ImGui::PopID();
  return picked;
}

void progress_bar(Ui& ui, float fraction, float height, float width) {
  const Palette& p = palette();
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const float right = ImGui::GetWindowPos().x + ui.column_right();
  const float w = width > 0 ? width : std::max(10.0f, right - at.x);
  const float h = height * ui.zoom();
  const float f = std::clamp(fraction, 0.0f, 1.0f);
  ImDrawList* d = ImGui::GetWindowDrawList();
  d->AddRectFilled(at, ImVec2(at.x + w, at.y + h), to_u32(p.accent_soft), h / 2);
  if (f > 0)
    d->AddRectFilled(at, ImVec2(at.x + std::max(h, w * f), at.y + h), to_u32(p.accent), h / 2);
  ImGui::Dummy(ImVec2(w, h));
}

void badge(Ui& ui, const char* text, const ImVec4& fill, const ImVec4& ink) {
  const float zoom = ui.zoom();
  const ImVec2 pad(10 * zoom, 3 * zoom);
  const ImVec2 size = ImGui::CalcTextSize(text);
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const ImVec2 box(size.x + 2 * pad.x, size.y + 2 * pad.y);
  ImGui::GetWindowDrawList()->AddRectFilled(at, ImVec2(at.x + box.x, at.y + box.y), to_u32(fill),
                                            box.y / 2);
  ImGui::SetCursorScreenPos(ImVec2(at.x + pad.x, at.y + pad.y));
  ImGui::PushStyleColor(ImGuiCol_Text, ink);
  ImGui::TextUnformatted(text);
  ImGui::PopStyleColor();
  ImGui::SetCursorScreenPos(at);
  ImGui::Dummy(box);
}

void bullet_line(Ui& ui, const char* text) {
  const float indent = 24 * ui.zoom();
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const float r = 3.5f * ui.zoom();
  ImGui::GetWindowDrawList()->AddCircleFilled(
      ImVec2(at.x + indent / 2 - r, at.y + ImGui::GetFontSize() / 2 + 1), r,
      to_u32(palette().muted));
  ImGui::Indent(indent);
  ImGui::TextUnformatted(text);
  ImGui::Unindent(indent);
}

void numbered_line(Ui& ui, int number, const char* text) {
  const float indent = 30 * ui.zoom();
  const float y = ImGui::GetCursorPosY();
  ImGui::PushFont(ui.fonts().bold);
  ImGui::TextUnformatted((std::to_string(number) + ".").c_str());
  ImGui::PopFont();
  ImGui::SetCursorPosY(y);
  ImGui::Indent(indent);
  ImGui::TextUnformatted(text);
  ImGui::Unindent(indent);
}

namespace {
float field_width(Ui& ui, float width) {
  if (width > 0) return width;
  // Inside a card the text stops at its padding; the field does too.
  return std::max(120 * ui.zoom(), ui.column_right() - ImGui::GetCursorPosX() - 24 * ui.zoom());
}
}  // namespace

bool text_field(Ui& ui, const char* label, std::string* value, float width) {
  ImGui::TextUnformatted(label);
  ImGui::SetNextItemWidth(field_width(ui, width));
  return ImGui::InputText((std::string("##") + label).c_str(), value);
}

bool note_field(Ui& ui, const char* label, std::string* value) {
  ImGui::TextUnformatted(label);
  return ImGui::InputTextMultiline((std::string("##") + label).c_str(), value,
                                   ImVec2(field_width(ui, 0), 88 * ui.zoom()));
}

bool number_field(Ui& ui, const char* label, int* value, int min, int max, float width) {
  ImGui::TextUnformatted(label);
  ImGui::SetNextItemWidth(width > 0 ? width : 200 * ui.zoom());
  const bool changed = ImGui::InputInt((std::string("##") + label).c_str(), value, 5, 15);
  *value = std::clamp(*value, min, max);
  return changed;
}

bool check_box(Ui& ui, const char* label, bool* value) {
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(8 * ui.zoom(), 8 * ui.zoom()));
  const bool changed = ImGui::Checkbox(label, value);
  ImGui::PopStyleVar();
  return changed;
}

void begin_card(Ui& ui) { begin_panel(ui); }
void end_card(Ui& ui) { end_panel(ui, palette().surface, palette().line, false); }
void begin_notice(Ui& ui) { begin_panel(ui); }
void end_notice(Ui& ui) { end_panel(ui, palette().problem_soft, palette().problem, false); }

void stop_if_notice(Ui& ui, const std::string& text) {
  if (text.empty()) return;
  begin_notice(ui);
  ImGui::PushFont(ui.fonts().bold);
  paragraph("Stop if");
  ImGui::PopFont();
  paragraph(text.c_str());
  end_notice(ui);
}
void begin_highlight(Ui& ui) { begin_panel(ui); }
void end_highlight(Ui& ui) { end_panel(ui, palette().accent_soft, palette().accent, false); }

void steps_and_cues(Ui& ui, const nlohmann::json& steps, const nlohmann::json& cues, float spacing) {
  section(ui, "How to do it");
  int n = 0;
  for (const nlohmann::json& step : steps) numbered_line(ui, ++n, as_text(step).c_str());
  if (cues.empty()) return;
  gap(ui, spacing);
  section(ui, "Keep in mind");
  for (const nlohmann::json& cue : cues) bullet_line(ui, as_text(cue).c_str());
}

}  // namespace limber::desktop
