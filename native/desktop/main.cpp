// limber: the desktop shell. Dear ImGui over GLFW + OpenGL 3, the main loop in plain sight.
//
//   limber [--assets DIR] [--screenshot FILE --frames N]
//
// The loop waits for events when nothing moves (≈0 % CPU when idle) and only redraws on
// input; --screenshot renders N frames, saves the last one as a PNG and exits.
#include <cstdio>
#include <cstdlib>
#include <string>

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>

#include "asset_dir.h"
#include "home_screen.h"
#include "screenshot.h"

namespace {

struct Options {
  std::string assets_dir;
  std::string screenshot;
  int frames = 3;
};

bool parse_options(int argc, char** argv, Options* o) {
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    const bool has_value = i + 1 < argc;
    if (a == "--assets" && has_value) o->assets_dir = argv[++i];
    else if (a == "--screenshot" && has_value) o->screenshot = argv[++i];
    else if (a == "--frames" && has_value) o->frames = std::atoi(argv[++i]);
    else {
      std::fprintf(stderr, "usage: limber [--assets DIR] [--screenshot FILE --frames N]\n");
      return false;
    }
  }
  if (o->frames < 1) o->frames = 1;
  return true;
}

void glfw_error(int code, const char* text) { std::fprintf(stderr, "GLFW error %d: %s\n", code, text); }

}  // namespace

int main(int argc, char** argv) {
  Options options;
  if (!parse_options(argc, argv, &options)) return 2;

  limber::Assets assets = limber::embedded_assets();
  std::string load_error;
  if (!options.assets_dir.empty() &&
      !limber::native::read_asset_dir(options.assets_dir, &assets, &load_error))
    assets = limber::embedded_assets();  // shown in the window below, not only on stderr

  glfwSetErrorCallback(glfw_error);
  if (!glfwInit()) return 1;
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 2);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GL_TRUE);
  GLFWwindow* window = glfwCreateWindow(1024, 720, "Limber", nullptr, nullptr);
  if (!window) {
    glfwTerminate();
    return 1;
  }
  glfwMakeContextCurrent(window);
  glfwSwapInterval(1);

  float scale_x = 1, scale_y = 1;
  glfwGetWindowContentScale(window, &scale_x, &scale_y);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // never litter the working directory
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  limber::desktop::setup_style(scale_x);
  ImGui_ImplGlfw_InitForOpenGL(window, true);
  ImGui_ImplOpenGL3_Init("#version 150");

  limber::desktop::HomeScreen home(assets, load_error);
  int frame = 0;
  int exit_code = 0;
  while (!glfwWindowShouldClose(window)) {
    if (options.screenshot.empty()) glfwWaitEvents();  // sleep until something happens
    else glfwPollEvents();

    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    home.draw();
    ImGui::Render();

    int width = 0, height = 0;
    glfwGetFramebufferSize(window, &width, &height);
    glViewport(0, 0, width, height);
    const ImVec4 bg = limber::desktop::background_colour();
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

    if (!options.screenshot.empty() && ++frame >= options.frames) {
      std::string error;
      if (!limber::desktop::save_screenshot(options.screenshot, width, height, &error)) {
        std::fprintf(stderr, "limber: %s\n", error.c_str());
        exit_code = 1;
      }
      break;
    }
    glfwSwapBuffers(window);
  }

  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
  glfwDestroyWindow(window);
  glfwTerminate();
  return exit_code;
}
