// saved_state.h: what the desktop app remembers between runs (window geometry and display
// preferences), kept as two sections of imgui.ini in the per-user config folder:
//
//   [Limber][Window]          [Limber][Preferences]
//   Pos=120,80                Theme=light
//   Size=1100,760             TextSize=0
//   Maximized=0
//
//   SavedState state;                 // must outlive the ImGui context
//   register_ini_sections(&state);    // before ImGui loads the file
//
// Only the shell's own choices live here; the person's journal is the core's document.
#pragma once
#include <string>
#include <vector>

#include "style.h"

struct ImGuiTextBuffer;

namespace limber::desktop {

struct WindowGeometry {
  bool has_position = false;
  int x = 0, y = 0;
  bool has_size = false;           // else the default, scaled for the monitor
  int width = 1100, height = 760;  // screen coordinates, the size when not maximised
  bool maximized = false;
};

// Text size steps offered in Settings; each multiplies the monitor's content scale.
constexpr float kTextSizes[] = {1.0f, 1.15f, 1.3f};
constexpr int kTextSizeCount = 3;

struct Preferences {
  Theme theme = Theme::light;
  int text_size = 0;  // index into kTextSizes
  // Still key poses instead of moving pictures in a session (what prefers-reduced-motion
  // does for the web app; desktops give GLFW no such signal, so the person chooses).
  bool reduce_motion = false;
  float text_scale() const { return kTextSizes[text_size]; }
};

struct SavedState {
  WindowGeometry window;
  Preferences prefs;
};

// The ini text for `state`, and reading one "Key=value" line of a section back.
// Unknown keys and out-of-range values are ignored (an old or hand-edited file never stops
// the app from starting).
std::string ini_text(const SavedState& state);
void read_ini_line(SavedState* state, const std::string& section, const char* line);

// Hooks the two sections into ImGui's settings (needs an ImGui context).
void register_ini_sections(SavedState* state);
// Tells ImGui the file needs writing (it saves a few seconds later and on exit).
void mark_saved_state_dirty();

struct Rect {
  int x, y, width, height;
};

// Keeps a saved window usable after the monitors changed: a position no monitor shows any
// more is dropped, and the size is kept within the work area of the largest one.
WindowGeometry fit_to_monitors(WindowGeometry g, const std::vector<Rect>& work_areas);

}  // namespace limber::desktop
