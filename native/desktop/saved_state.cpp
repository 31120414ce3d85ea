#include "saved_state.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

#include <imgui.h>
#include <imgui_internal.h>

namespace limber::desktop {
namespace {

constexpr const char* kSectionType = "Limber";
constexpr int kMinWidth = 640, kMinHeight = 480;

void* read_open(ImGuiContext*, ImGuiSettingsHandler*, const char* name) {
  // ImGui hands this pointer back to read_line: it only has to be non-null and name the
  // section, so point at a static copy of the name.
  if (std::strcmp(name, "Window") == 0) return const_cast<char*>("Window");
  if (std::strcmp(name, "Preferences") == 0) return const_cast<char*>("Preferences");
  return nullptr;
}

void read_line(ImGuiContext*, ImGuiSettingsHandler* handler, void* entry, const char* line) {
  read_ini_line(static_cast<SavedState*>(handler->UserData), static_cast<const char*>(entry), line);
}

void write_all(ImGuiContext*, ImGuiSettingsHandler* handler, ImGuiTextBuffer* out) {
  const std::string text = ini_text(*static_cast<const SavedState*>(handler->UserData));
  out->append(text.c_str(), text.c_str() + text.size());
}

}  // namespace

std::string ini_text(const SavedState& s) {
  char buffer[512];
  const WindowGeometry& w = s.window;
  std::string text = "[Limber][Window]\n";
  if (w.has_position) {
    std::snprintf(buffer, sizeof buffer, "Pos=%d,%d\n", w.x, w.y);
    text += buffer;
  }
  if (w.has_size) {
    std::snprintf(buffer, sizeof buffer, "Size=%d,%d\n", w.width, w.height);
    text += buffer;
  }
  std::snprintf(buffer, sizeof buffer, "Maximized=%d\n\n", w.maximized ? 1 : 0);
  text += buffer;
  std::snprintf(buffer, sizeof buffer,
                "[Limber][Preferences]\nTheme=%s\nTextSize=%d\nReduceMotion=%d\n\n",
                s.prefs.theme == Theme::dark ? "dark" : "light", s.prefs.text_size,
                s.prefs.reduce_motion ? 1 : 0);
  return text + buffer;
}

void read_ini_line(SavedState* s, const std::string& section, const char* line) {
  int a = 0, b = 0;
  char word[16] = {};
  if (section == "Window") {
    WindowGeometry& w = s->window;
    if (std::sscanf(line, "Pos=%d,%d", &a, &b) == 2) {
      w.has_position = true;
      w.x = a;
      w.y = b;
    } else if (std::sscanf(line, "Size=%d,%d", &a, &b) == 2 && a >= kMinWidth && b >= kMinHeight &&
               a <= 16384 && b <= 16384) {
      w.has_size = true;
      w.width = a;
      w.height = b;
    } else if (std::sscanf(line, "Maximized=%d", &a) == 1) {
      w.maximized = a == 1;
    }
  } else if (section == "Preferences") {
    Preferences& p = s->prefs;
    if (std::sscanf(line, "Theme=%15s", word) == 1) {
      if (std::strcmp(word, "dark") == 0) p.theme = Theme::dark;
      if (std::strcmp(word, "light") == 0) p.theme = Theme::light;
    } else if (std::sscanf(line, "TextSize=%d", &a) == 1 && a >= 0 && a < kTextSizeCount) {
      p.text_size = a;
    } else if (std::sscanf(line, "ReduceMotion=%d", &a) == 1) {
      p.reduce_motion = a == 1;
    }  // Sound= from earlier versions is ignored: cue tones follow the journal's settings
  }
}

void register_ini_sections(SavedState* state) {
  ImGuiSettingsHandler handler;
  handler.TypeName = kSectionType;
  handler.TypeHash = ImHashStr(kSectionType);
  handler.ReadOpenFn = read_open;
  handler.ReadLineFn = read_line;
  handler.WriteAllFn = write_all;
  handler.UserData = state;
  GImGui->SettingsHandlers.push_back(handler);
}

void mark_saved_state_dirty() { ImGui::MarkIniSettingsDirty(); }

WindowGeometry fit_to_monitors(WindowGeometry g, const std::vector<Rect>& work_areas) {
  if (work_areas.empty()) return g;
  const Rect* largest = &work_areas[0];
  for (const Rect& r : work_areas)
    if (static_cast<long>(r.width) * r.height > static_cast<long>(largest->width) * largest->height)
      largest = &r;
  g.width = std::max(std::min(g.width, largest->width), std::min(kMinWidth, largest->width));
  g.height = std::max(std::min(g.height, largest->height), std::min(kMinHeight, largest->height));
  if (g.has_position) {
    // Usable means the top of the window (where a title bar would be grabbed) shows on a
    // monitor by at least a hand's width.
    constexpr int kGrip = 80;
    bool visible = false;
    for (const Rect& r : work_areas) {
      const int left = std::max(g.x, r.x), right = std::min(g.x + g.width, r.x + r.width);
      if (right - left >= kGrip && g.y >= r.y && g.y < r.y + r.height - kGrip) visible = true;
    }
    if (!visible) g.has_position = false;
  }
  return g;
}

}  // namespace limber::desktop
