#include "shell.h"

#include <algorithm>
#include <string>

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_internal.h>

#include "style.h"
#include "widgets.h"

namespace limber::desktop {
namespace {

// Pixels at zoom 1.
constexpr float kRailWidth = 248;
constexpr float kRailItemHeight = 56;
constexpr float kRailPadding = 16;
constexpr float kIconSize = 26;
constexpr float kContentMargin = 56;
constexpr float kColumnWidth = 760;  // about 70 characters of body text: easy to read

constexpr ImGuiWindowFlags kPaneFlags = ImGuiWindowFlags_NavFlattened;

// One rail entry: a full-width target with an icon and a label. Returns true when chosen.
bool rail_item(Ui& ui, const ScreenInfo& info, bool selected, float width) {
  const Palette& p = palette();
  const float zoom = ui.zoom();
  const bool chosen = ImGui::InvisibleButton(info.name, ImVec2(width, kRailItemHeight * zoom));
  const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
  ImDrawList* d = ImGui::GetWindowDrawList();
  const float rounding = 10 * zoom;
  if (selected || ImGui::IsItemHovered()) {
    const ImVec4 fill = selected ? p.accent_soft : ImGui::GetStyle().Colors[ImGuiCol_HeaderHovered];
    d->AddRectFilled(min, max, to_u32(fill), rounding);
  }
  if (selected)
    d->AddRectFilled(min, ImVec2(min.x + 5 * zoom, max.y), to_u32(p.accent), rounding,
                     ImDrawFlags_RoundCornersLeft);
  ImGui::RenderNavHighlight(ImRect(min, max), ImGui::GetItemID());
  const ImVec4 colour = selected ? p.accent : p.text;
  const float icon = kIconSize * zoom;
  const float mid_y = (min.y + max.y) / 2;
  draw_icon(d, info.icon, ImVec2(min.x + 20 * zoom, mid_y - icon / 2), icon, to_u32(colour));
  // ImGui's own text renderer (not the draw list), so --dump-text sees the label too.
  ImGui::PushFont(selected ? ui.fonts().bold : ui.fonts().body);
  ImGui::PushStyleColor(ImGuiCol_Text, colour);
  ImGui::RenderText(ImVec2(min.x + 20 * zoom + icon + 16 * zoom, mid_y - ImGui::GetFontSize() / 2),
                    info.label);
  ImGui::PopStyleColor();
  ImGui::PopFont();
  return chosen;
}

}  // namespace

Shell::Shell(Ui& ui) : ui_(ui) {}

Screen& Shell::screen(ScreenId id) {
  auto& slot = screens_[static_cast<std::size_t>(id)];
  if (!slot) slot = make_screen(id);
  return *slot;
}

void Shell::handle_shortcuts() {
  const ImGuiIO& io = ImGui::GetIO();
  if (!io.KeyCtrl || io.WantTextInput) return;
  const auto& screens = all_screens();
  for (std::size_t i = 0; i < screens.size(); ++i)
    if (ImGui::IsKeyPressed(GLFW_KEY_1 + static_cast<int>(i), false)) ui_.go(screens[i].id);
}

void Shell::draw(std::string* text) {
  handle_shortcuts();
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  ImGui::Begin("Limber", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus);
  if (text) ImGui::LogToBuffer();
  draw_rail();
  ImGui::SameLine(0, 0);
  draw_content();
  // Read before End(): ending a top-level window stops ImGui's log and clears it.
  if (text) *text = GImGui->LogBuffer.c_str();
  ImGui::End();
}

void Shell::draw_rail() {
  const Palette& p = palette();
  const float zoom = ui_.zoom();
  // No scroll bar: on a very short window the rail still scrolls with the wheel or keys.
  ImGui::BeginChild("rail", ImVec2(kRailWidth * zoom, 0), false,
                    kPaneFlags | ImGuiWindowFlags_NoScrollbar);
  ImDrawList* d = ImGui::GetWindowDrawList();
  const ImVec2 pos = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  d->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), to_u32(p.surface));
  d->AddLine(ImVec2(pos.x + size.x - 1, pos.y), ImVec2(pos.x + size.x - 1, pos.y + size.y),
             to_u32(p.line), 1);

  const float pad = kRailPadding * zoom;
  ImGui::SetCursorPos(ImVec2(pad + 8 * zoom, 28 * zoom));
  const float logo = 40 * zoom;
  const ImVec2 logo_at = ImGui::GetCursorScreenPos();
  draw_logo(d, logo_at, logo);
  ImGui::Dummy(ImVec2(logo, logo));
  ImGui::SameLine(0, 14 * zoom);
  ImGui::PushFont(ui_.fonts().heading);
  ImGui::SetCursorPosY(28 * zoom + (logo - ImGui::GetFontSize()) / 2);
  ImGui::TextUnformatted("Limber");
  ImGui::PopFont();
  ImGui::SetCursorPosY(28 * zoom + logo + 28 * zoom);

  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, 6 * zoom));
  for (const ScreenInfo& info : all_screens()) {
    ImGui::SetCursorPosX(pad);
    if (rail_item(ui_, info, ui_.current() == info.id, size.x - 2 * pad)) ui_.go(info.id);
  }
  ImGui::PopStyleVar();

  // The standing reminder of what Limber is, at the foot of the rail when there is room
  // (Settings says it too).
  const char* reminder = "A self-care aid, not a diagnosis.";
  const float wrap = size.x - 2 * pad - 8 * zoom;
  const float top = size.y - ImGui::CalcTextSize(reminder, nullptr, false, wrap).y - 28 * zoom;
  if (top >= ImGui::GetCursorPosY()) {
    ImGui::SetCursorPos(ImVec2(pad + 8 * zoom, top));
    ImGui::PushTextWrapPos(pad + 8 * zoom + wrap);
    muted(reminder);
    ImGui::PopTextWrapPos();
  }
  ImGui::EndChild();
}

void Shell::draw_banner() {
  // Notices first: news about the journal (restored from the backup, opened read-only), in
  // calm colours, since nothing failed that the person must act on now.
  if (const auto& notices = ui_.notices(); !notices.empty()) {
    ImGui::PushID("notices");
    begin_highlight(ui_);
    section(ui_, "About your journal");
    for (const std::string& notice : notices) paragraph(notice.c_str());
    const bool dismiss = button(ui_, "OK");
    end_highlight(ui_);
    gap(ui_, 8);
    ImGui::PopID();
    if (dismiss) ui_.dismiss_notices();
  }
  const auto& errors = ui_.errors();
  // A new error shows at the top of the page; the person may be scrolled far below it.
  bool reveal = errors.size() > errors_shown_;
  errors_shown_ = errors.size();
  for (std::size_t i = 0; i < errors.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    begin_notice(ui_);
    ImGui::PushStyleColor(ImGuiCol_Text, palette().problem);
    section(ui_, "Something went wrong");
    ImGui::PopStyleColor();
    paragraph(errors[i].c_str());
    const bool dismiss = button(ui_, "Dismiss");
    end_notice(ui_);
    if (i + 1 == errors.size()) reveal_last_item(&reveal);
    gap(ui_, 8);
    ImGui::PopID();
    if (dismiss) {
      ui_.dismiss_error(i);
      break;  // the list changed under us; the next frame draws the rest
    }
  }
}

void Shell::draw_content() {
  const float zoom = ui_.zoom();
  ImGui::BeginChild("content", ImVec2(0, 0), false, kPaneFlags);
  const float margin = kContentMargin * zoom;
  const float width = ImGui::GetWindowContentRegionMax().x;
  const float right =
      std::max(margin + 200 * zoom, std::min(width - margin, margin + kColumnWidth * zoom));
  ui_.set_column_right(right);
  ImGui::SetCursorPosY(48 * zoom);
  ImGui::Indent(margin);
  ImGui::PushTextWrapPos(right);
  draw_banner();
  const ScreenId id = ui_.current();
  Screen& current = screen(id);
  if (shown_ != id) {
    shown_ = id;
    current.show(ui_);
    ImGui::SetScrollY(0);
  }
  current.draw(ui_);
  for (const ScreenInfo& info : all_screens()) {
    auto& other = screens_[static_cast<std::size_t>(info.id)];
    if (other && info.id != id) other->background(ui_);
  }
  gap(ui_, 48);
  ImGui::PopTextWrapPos();
  ImGui::Unindent(margin);
  ImGui::EndChild();
}

}  // namespace limber::desktop
