#include "home_screen.h"

namespace limber::desktop {

void setup_style(float content_scale) {
  ImGui::StyleColorsLight();
  ImGuiStyle& style = ImGui::GetStyle();
  style.WindowRounding = 0;
  style.FrameRounding = 6;
  style.FramePadding = ImVec2(14, 10);
  style.ItemSpacing = ImVec2(12, 12);
  style.Colors[ImGuiCol_Text] = ImVec4(0.07f, 0.09f, 0.12f, 1);
  style.Colors[ImGuiCol_WindowBg] = background_colour();
  style.ScaleAllSizes(content_scale);
  ImGui::GetIO().FontGlobalScale = 2.0f * content_scale;
}

ImVec4 background_colour() { return ImVec4(0.97f, 0.96f, 0.93f, 1); }

HomeScreen::HomeScreen(const Assets& assets, std::string load_error)
    : about_(about(assets)), load_error_(std::move(load_error)) {}

void HomeScreen::draw() {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->WorkPos);
  ImGui::SetNextWindowSize(vp->WorkSize);
  ImGui::Begin("home", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoSavedSettings);
  ImGui::SetWindowFontScale(1.6f);
  ImGui::Text("%s %s", about_.name.c_str(), about_.version.c_str());
  ImGui::SetWindowFontScale(1.0f);
  ImGui::TextWrapped("%s", about_.tagline.c_str());
  ImGui::Separator();
  ImGui::Text("Content files loaded by the core: %d", about_.asset_files);
  if (!load_error_.empty())
    ImGui::TextColored(ImVec4(0.6f, 0.05f, 0.05f, 1), "Could not load content: %s",
                       load_error_.c_str());
  ImGui::End();
}

}  // namespace limber::desktop
