// What the desktop app keeps in imgui.ini, and how a saved window is fitted to the monitors.
#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "saved_state.h"

namespace limber::desktop {
namespace {

// Reads ini text the way ImGui hands it over: section by section, line by line.
SavedState read_ini(const std::string& text) {
  SavedState state;
  std::istringstream in(text);
  std::string line, section;
  while (std::getline(in, line)) {
    if (line.rfind("[Limber][", 0) == 0)
      section = line.substr(9, line.size() - 10);
    else if (line.rfind("[", 0) == 0)
      section.clear();
    else if (!section.empty() && !line.empty())
      read_ini_line(&state, section, line.c_str());
  }
  return state;
}

TEST(SavedState, RoundTripsThroughIniText) {
  SavedState s;
  s.window = {true, -40, 25, true, 900, 650, true};
  s.prefs.theme = Theme::dark;
  s.prefs.text_size = 2;
  s.prefs.reduce_motion = true;
  const SavedState back = read_ini(ini_text(s));
  EXPECT_TRUE(back.window.has_position);
  EXPECT_EQ(back.window.x, -40);
  EXPECT_EQ(back.window.y, 25);
  EXPECT_TRUE(back.window.has_size);
  EXPECT_EQ(back.window.width, 900);
  EXPECT_EQ(back.window.height, 650);
  EXPECT_TRUE(back.window.maximized);
  EXPECT_EQ(back.prefs.theme, Theme::dark);
  EXPECT_EQ(back.prefs.text_size, 2);
  EXPECT_TRUE(back.prefs.reduce_motion);
  EXPECT_FALSE(read_ini(ini_text(SavedState{})).prefs.reduce_motion) << "moving pictures by default";
}

TEST(SavedState, ANewStateSavesNoPositionOrSize) {
  const std::string text = ini_text(SavedState{});
  EXPECT_EQ(text.find("\nPos="), std::string::npos);
  EXPECT_EQ(text.find("\nSize="), std::string::npos);
  EXPECT_NE(text.find("Theme=light"), std::string::npos);
}

TEST(SavedState, IgnoresNonsenseAndKeepsDefaults) {
  const SavedState s = read_ini(
      "[Limber][Window]\nSize=10,10\nPos=abc\nColour=red\n"
      "[Limber][Preferences]\nTheme=purple\nTextSize=7\nTextSize=-1\n"
      "[Limber][Elsewhere]\nTheme=dark\n");
  EXPECT_FALSE(s.window.has_size);
  EXPECT_FALSE(s.window.has_position);
  EXPECT_EQ(s.window.width, WindowGeometry{}.width);
  EXPECT_EQ(s.prefs.theme, Theme::light);
  EXPECT_EQ(s.prefs.text_size, 0);
}

TEST(SavedState, TextSizesGrow) {
  for (int i = 1; i < kTextSizeCount; ++i) EXPECT_GT(kTextSizes[i], kTextSizes[i - 1]);
  EXPECT_EQ(kTextSizes[0], 1.0f);
}

TEST(FitToMonitors, KeepsAWindowThatShows) {
  WindowGeometry g{true, 100, 80, true, 1000, 700, false};
  const WindowGeometry fitted = fit_to_monitors(g, {{0, 0, 1920, 1050}});
  EXPECT_TRUE(fitted.has_position);
  EXPECT_EQ(fitted.x, 100);
  EXPECT_EQ(fitted.width, 1000);
}

TEST(FitToMonitors, DropsAPositionOnAMonitorThatIsGone) {
  WindowGeometry g{true, 2500, 100, true, 1000, 700, false};  // was on a second screen
  const WindowGeometry fitted = fit_to_monitors(g, {{0, 0, 1920, 1050}});
  EXPECT_FALSE(fitted.has_position);
  EXPECT_TRUE(fit_to_monitors(g, {{0, 0, 1920, 1050}, {1920, 0, 1920, 1050}}).has_position);
}

TEST(FitToMonitors, DropsAPositionWithTheTopOffScreen) {
  WindowGeometry g{true, 100, -300, true, 1000, 700, false};
  EXPECT_FALSE(fit_to_monitors(g, {{0, 0, 1920, 1050}}).has_position);
}

TEST(FitToMonitors, ShrinksToTheLargestWorkArea) {
  WindowGeometry g{false, 0, 0, true, 3000, 2000, false};
  const WindowGeometry fitted = fit_to_monitors(g, {{0, 0, 1280, 720}, {1280, 0, 1920, 1050}});
  EXPECT_EQ(fitted.width, 1920);
  EXPECT_EQ(fitted.height, 1050);
}

TEST(FitToMonitors, NoMonitorsKnownChangesNothing) {
  WindowGeometry g{true, 5000, 5000, true, 3000, 2000, false};
  const WindowGeometry fitted = fit_to_monitors(g, {});
  EXPECT_TRUE(fitted.has_position);
  EXPECT_EQ(fitted.width, 3000);
}

}  // namespace
}  // namespace limber::desktop
