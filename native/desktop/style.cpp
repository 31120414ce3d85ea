#include "style.h"

namespace limber::desktop {
namespace {

ImVec4 rgb(unsigned hex) {
  return ImVec4(((hex >> 16) & 0xff) / 255.0f, ((hex >> 8) & 0xff) / 255.0f, (hex & 0xff) / 255.0f,
                1.0f);
}

// The same colours as web/app/style.css, so both shells feel like one program.
// The figure's colours follow the figures contact sheet (core/docs): a navy body, grey limbs
// behind it and grey props.
const Palette kLight = {rgb(0xf8f6f0), rgb(0xffffff), rgb(0x13171f), rgb(0x464d5a), rgb(0xcbc6ba),
                        rgb(0x1d5c8f), rgb(0xffffff), rgb(0xe3edf6), rgb(0x8a3b00), rgb(0xfdf1e4),
                        rgb(0x1f3556), rgb(0xa9b0bc), rgb(0xd9534f), rgb(0x2e6b3a), rgb(0xe6f2e6)};
const Palette kDark = {rgb(0x14171c), rgb(0x1c2027), rgb(0xeef0f3), rgb(0xc0c6d0), rgb(0x3b424e),
                       rgb(0x8cc3f2), rgb(0x0c1a26), rgb(0x1d2f40), rgb(0xffb27a), rgb(0x33241a),
                       rgb(0xdbe4f0), rgb(0x6c7684), rgb(0xff8a80), rgb(0x9ad7a4), rgb(0x1e3324)};

const Palette* g_current = &kLight;

ImVec4 mix(const ImVec4& a, const ImVec4& b, float t) {
  return ImVec4(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t, a.z + (b.z - a.z) * t, 1.0f);
}

}  // namespace

const Palette& palette() { return *g_current; }
const Palette& palette_for(Theme theme) { return theme == Theme::dark ? kDark : kLight; }

ImU32 to_u32(const ImVec4& colour) { return ImGui::ColorConvertFloat4ToU32(colour); }

void apply_style(Theme theme, float zoom) {
  g_current = &palette_for(theme);
  const Palette& p = *g_current;
  ImGuiStyle style;  // ImGui's defaults, so re-applying never compounds the scaling
  style.WindowPadding = ImVec2(0, 0);
  style.WindowBorderSize = 0;
  style.WindowRounding = 0;
  style.ChildBorderSize = 0;
  style.ChildRounding = 0;
  style.FramePadding = ImVec2(18, 12);
  style.FrameRounding = 8;
  style.FrameBorderSize = 1;
  style.ItemSpacing = ImVec2(14, 14);
  style.ItemInnerSpacing = ImVec2(10, 8);
  style.ScrollbarSize = 16;
  style.ScrollbarRounding = 8;
  style.GrabMinSize = 24;
  style.SelectableTextAlign = ImVec2(0, 0.5f);
  style.ScaleAllSizes(zoom);

  ImVec4* c = style.Colors;
  c[ImGuiCol_Text] = p.text;
  c[ImGuiCol_TextDisabled] = p.muted;
  c[ImGuiCol_WindowBg] = p.background;
  c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_PopupBg] = p.surface;
  c[ImGuiCol_Border] = p.line;
  c[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_FrameBg] = p.surface;
  c[ImGuiCol_FrameBgHovered] = p.accent_soft;
  c[ImGuiCol_FrameBgActive] = p.accent_soft;
  c[ImGuiCol_CheckMark] = p.accent;
  c[ImGuiCol_Button] = p.surface;
  c[ImGuiCol_ButtonHovered] = p.accent_soft;
  c[ImGuiCol_ButtonActive] = mix(p.accent_soft, p.accent, 0.25f);
  c[ImGuiCol_Header] = p.accent_soft;
  c[ImGuiCol_HeaderHovered] = mix(p.surface, p.accent_soft, 0.6f);
  c[ImGuiCol_HeaderActive] = mix(p.accent_soft, p.accent, 0.2f);
  c[ImGuiCol_Separator] = p.line;
  c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_ScrollbarGrab] = p.line;
  c[ImGuiCol_ScrollbarGrabHovered] = p.muted;
  c[ImGuiCol_ScrollbarGrabActive] = p.muted;
  c[ImGuiCol_TextSelectedBg] = p.accent_soft;
  // Keyboard focus must be plain to see: the accent colour, a thick frame.
  c[ImGuiCol_NavHighlight] = p.accent;
  ImGui::GetStyle() = style;
}

}  // namespace limber::desktop
