// limber: the desktop shell. Dear ImGui over GLFW + OpenGL 3, the main loop in plain sight.
//
//   limber [--assets DIR] [--data-dir DIR] [--config-dir DIR] [--size WxH] [--theme T]
//          [--scale F] [--screen NAME] [--screenshot FILE [--frames N] [--dump-text]]
//          [--clock MS] [--script FILE] [--trace FILE]   (tests only)
//
// Every rule lives in the core behind limber::App; this file opens the journal and the
// window, feeds it frames and sleeps. The loop waits for events when nothing moves (about 0 % CPU when
// idle), redraws at kAnimationHz only while a screen asks for it (a running timer), and
// --screenshot renders N frames, saves the last one as a PNG and exits (tests and docs).
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>

#include "asset_dir.h"
#include "file_io.h"
#include "fonts.h"
#include "journal_file.h"
#include "journal_store.h"
#include "key_queue.h"
#include "limber/app.h"
#include "options.h"
#include "quit_signal.h"
#include "saved_state.h"
#include "screenshot.h"
#include "script.h"
#include "shell.h"
#include "sound.h"
#include "style.h"
#include "ui.h"
#include "user_dirs.h"

namespace {

using namespace limber::desktop;

constexpr double kAnimationHz = 20;  // smooth enough for a countdown, cheap on a laptop
// ImGui settles hover and click states one frame after the input that changed them.
constexpr int kFramesPerWake = 2;

// GLFW reports errors through a callback, possibly from another thread; they are kept here
// until the banner can show them.
std::mutex g_glfw_errors_mutex;
std::vector<std::string> g_glfw_errors;

void glfw_error(int code, const char* text) {
  std::fprintf(stderr, "limber: GLFW error %d: %s\n", code, text);
  std::lock_guard<std::mutex> lock(g_glfw_errors_mutex);
  g_glfw_errors.push_back("The window system reported a problem: " + std::string(text));
}

// What the GLFW callbacks need; reached through the window's user pointer.
struct WindowEvents {
  SavedState* saved = nullptr;
  bool persist = true;  // false for screenshots: a test run never moves your window
  bool rescale = false;
};

WindowEvents* events_of(GLFWwindow* window) {
  return static_cast<WindowEvents*>(glfwGetWindowUserPointer(window));
}

// The size and place to restore are the ones of the normal (not maximised) window.
void remember_geometry(GLFWwindow* window) {
  WindowEvents* e = events_of(window);
  if (!e->persist) return;
  WindowGeometry& g = e->saved->window;
  g.maximized = glfwGetWindowAttrib(window, GLFW_MAXIMIZED) != 0;
  if (!g.maximized && !glfwGetWindowAttrib(window, GLFW_ICONIFIED)) {
    glfwGetWindowPos(window, &g.x, &g.y);
    glfwGetWindowSize(window, &g.width, &g.height);
    g.has_position = g.has_size = true;
  }
  mark_saved_state_dirty();
}

void install_window_callbacks(GLFWwindow* window) {
  glfwSetWindowPosCallback(window, [](GLFWwindow* w, int, int) { remember_geometry(w); });
  glfwSetWindowSizeCallback(window, [](GLFWwindow* w, int, int) { remember_geometry(w); });
  glfwSetWindowMaximizeCallback(window, [](GLFWwindow* w, int) { remember_geometry(w); });
  glfwSetWindowContentScaleCallback(window, [](GLFWwindow* w, float, float) {
    events_of(w)->rescale = true;  // moved to a monitor with another DPI
  });
}

std::vector<Rect> monitor_work_areas() {
  std::vector<Rect> areas;
  int count = 0;
  GLFWmonitor** monitors = glfwGetMonitors(&count);
  for (int i = 0; i < count; ++i) {
    Rect r{};
    glfwGetMonitorWorkarea(monitors[i], &r.x, &r.y, &r.width, &r.height);
    if (r.width > 0 && r.height > 0) areas.push_back(r);
  }
  return areas;
}

float g_forced_scale = 0;  // --scale

// Keys and characters reach ImGui through this queue, one event per key per frame, so a
// quick tap during a slow frame is not lost (key_queue.h).
KeyQueue g_keys;

void install_key_queue(GLFWwindow* window) {
  glfwSetKeyCallback(window, [](GLFWwindow*, int key, int scancode, int action, int mods) {
    g_keys.push(KeyQueue::key(key, scancode, action, mods));
  });
  glfwSetCharCallback(window,
                      [](GLFWwindow*, unsigned int c) { g_keys.push(KeyQueue::character(c)); });
}

// Hands this frame's share of the queue to ImGui's GLFW backend, as its callbacks would.
// Returns whether there was any.
bool deliver_keys(GLFWwindow* window) {
  const std::vector<KeyQueue::Event> events = g_keys.take_frame();
  for (const KeyQueue::Event& e : events) {
    if (e.is_char)
      ImGui_ImplGlfw_CharCallback(window, e.codepoint);
    else
      ImGui_ImplGlfw_KeyCallback(window, e.key, e.scancode, e.action, e.mods);
  }
  return !events.empty();
}

float content_scale(GLFWwindow* window) {
  if (g_forced_scale > 0) return g_forced_scale;
  float x = 1, y = 1;
  glfwGetWindowContentScale(window, &x, &y);
  return x > 0.25f && x < 8 ? x : 1.0f;
}

// Framebuffer pixels per window unit: 2 on a Retina Mac (whose window units are points),
// 1 on X11 and Windows (whose window units are pixels already).
float pixel_density(GLFWwindow* window) {
  int window_width = 0, window_height = 0, fb_width = 0, fb_height = 0;
  glfwGetWindowSize(window, &window_width, &window_height);
  glfwGetFramebufferSize(window, &fb_width, &fb_height);
  if (window_width <= 0 || fb_width <= 0) return 1.0f;
  const float density = static_cast<float>(fb_width) / window_width;
  return density > 0.25f && density < 8 ? density : 1.0f;
}

// Builds the fonts for the window's current scale and text size, uploads them and styles
// ImGui to match. Runs between frames only.
void restyle(GLFWwindow* window, const Preferences& prefs, Fonts* fonts, bool first) {
  // Where window units are points, the content scale is already in the pixel density.
  const float density = pixel_density(window);
  const float zoom = content_scale(window) / density * prefs.text_scale();
  if (zoom != fonts->zoom || density != fonts->pixel_density) {
    fonts->build(zoom, density);
    if (first) {
      ImGui_ImplOpenGL3_CreateDeviceObjects();  // uploads the atlas with everything else
    } else {
      ImGui_ImplOpenGL3_DestroyFontsTexture();
      ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    // The pixels live on the GPU now; the CPU copy would only hold memory.
    ImGui::GetIO().Fonts->ClearTexData();
  }
  apply_style(prefs.theme, zoom);
}

}  // namespace

int main(int argc, char** argv) {
  // Before any thread exists (GLFW's, Mesa's, the sound thread), so all inherit the mask.
  block_quit_signals();

  Options options;
  std::string error;
  if (!parse_options(argc, argv, &options, &error)) {
    std::fprintf(stderr, "limber: %s\n%s", error.c_str(), usage());
    return 2;
  }
  if (options.help) {
    std::fputs(usage(), stdout);
    return 0;
  }
  const bool screenshot_mode = !options.screenshot.empty();
  g_forced_scale = options.scale;

  // Problems found before the window exists wait here for the banner.
  std::vector<std::string> startup_errors;

  UserDirs dirs = default_user_dirs();  // the journal where limber-cli finds it too
  if (!options.config_dir.empty()) dirs.config = options.config_dir;
  if (!options.data_dir.empty()) dirs.data = options.data_dir;
  // imgui.ini lives in the config folder, never in the working directory.
  std::string ini_path;  // outlives the ImGui context, which keeps a pointer to it
  if (make_dirs(dirs.config, &error))
    ini_path = dirs.config + "/imgui.ini";
  else
    startup_errors.push_back("Limber cannot keep your settings: " + error);

  limber::Assets assets = limber::embedded_assets();
  if (!options.assets_dir.empty() &&
      !limber::native::read_asset_dir(options.assets_dir, &assets, &error)) {
    startup_errors.push_back("Limber could not read the content folder you gave (" + error +
                             "). It uses the content built into it instead.");
    assets = limber::embedded_assets();
  }
  // The journal, kept safe by JournalStore, becomes the core's document; the core's changes
  // go back to disk through Ui::call().
  JournalStore store;
  JournalStore::Opened journal = store.open(dirs.data);
  if (!journal.error.empty()) startup_errors.push_back(journal.error);
  std::unique_ptr<limber::App> app =
      limber::App::open({std::move(assets), std::move(journal.document)}, &error);
  if (!app) startup_errors.push_back("Limber could not load its content: " + error);

  glfwSetErrorCallback(glfw_error);
  if (!glfwInit()) {
    std::fprintf(stderr, "limber: no window system (is DISPLAY set?)\n");
    return 1;
  }
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 2);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GL_TRUE);
  glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);  // the default size, on a HiDPI screen
  glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);          // shown once placed where it was
  GLFWwindow* window = glfwCreateWindow(1100, 760, "Limber", nullptr, nullptr);
  if (!window) {
    std::fprintf(stderr, "limber: cannot open a window with OpenGL 3.2\n");
    glfwTerminate();
    return 1;
  }
  glfwMakeContextCurrent(window);
  glfwSwapInterval(1);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // set below, once the saved state is read
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;

  SavedState saved;
  register_ini_sections(&saved);
  if (!ini_path.empty()) ImGui::LoadIniSettingsFromDisk(ini_path.c_str());
  // Screenshots read your settings (so docs match what you see) but never write them.
  if (!screenshot_mode && !ini_path.empty()) io.IniFilename = ini_path.c_str();
  if (options.theme == "dark") saved.prefs.theme = Theme::dark;
  if (options.theme == "light") saved.prefs.theme = Theme::light;

  WindowGeometry geometry = saved.window;
  if (options.width > 0) {
    geometry.has_size = true;
    geometry.width = options.width;
    geometry.height = options.height;
  }
  if (!screenshot_mode) geometry = fit_to_monitors(geometry, monitor_work_areas());
  if (geometry.has_size) glfwSetWindowSize(window, geometry.width, geometry.height);
  if (geometry.has_position) glfwSetWindowPos(window, geometry.x, geometry.y);
  glfwShowWindow(window);
  if (geometry.maximized && !screenshot_mode) glfwMaximizeWindow(window);

  WindowEvents events;
  events.saved = &saved;
  events.persist = !screenshot_mode;
  glfwSetWindowUserPointer(window, &events);
  install_window_callbacks(window);

  ImGui_ImplGlfw_InitForOpenGL(window, true);
  install_key_queue(window);  // in place of the backend's own key and character callbacks
  ImGui_ImplOpenGL3_Init("#version 150");
  Fonts fonts;
  restyle(window, saved.prefs, &fonts, true);

  // Both wake the loop from another thread; both stop before GLFW does.
  auto sound = std::make_unique<Sound>([] { glfwPostEmptyEvent(); });
  std::atomic<bool> quit_requested{false};
  auto quit = std::make_unique<QuitSignals>([&quit_requested] {
    quit_requested = true;
    glfwPostEmptyEvent();
  });

  const Clock clock = options.clock_ms >= 0 ? Clock(options.clock_ms) : Clock();
  Ui ui(app.get(), &store, clock, *sound, saved, dirs, fonts);
  for (const std::string& message : startup_errors) ui.show_error(message);
  for (const std::string& message : journal.messages) ui.show_notice(message);
  ui.start();
  int exit_code = 0;
  if (!options.script.empty() && !run_script(ui, options.script, &error)) {
    std::fprintf(stderr, "limber: --script: %s\n", error.c_str());
    exit_code = 1;  // the screenshot is still taken: it shows the banner
  }
  if (!options.screen.empty()) ui.go(*screen_by_name(options.screen));
  Shell shell(ui);

  // The window title names the screen (task bars, window switchers, screen readers).
  std::optional<ScreenId> titled;
  int frame = 0;
  int frames_owed = kFramesPerWake;
  bool animating = false;
  long long wake_ms = -1;  // a screen's next visible change (a countdown's next second)
  std::string traced;      // --trace: the text last written
  for (;;) {
    if (screenshot_mode || frames_owed > 0) {
      glfwPollEvents();
    } else if (animating) {
      glfwWaitEventsTimeout(1.0 / kAnimationHz);  // the next tick settles this one's input
      frames_owed = 1;
    } else if (wake_ms >= 0) {
      glfwWaitEventsTimeout(static_cast<double>(wake_ms) / 1000.0);
      frames_owed = 1;
    } else {
      glfwWaitEvents();  // sleep until something happens
      frames_owed = kFramesPerWake;
    }
    if (frames_owed > 0) --frames_owed;
    if (quit_requested || glfwWindowShouldClose(window)) break;
    if (glfwGetWindowAttrib(window, GLFW_ICONIFIED) && !screenshot_mode) {
      frames_owed = 0;  // nothing to draw for; sleep until restored
      continue;
    }
    if (events.rescale || ui.take_prefs_changed()) {
      events.rescale = false;
      restyle(window, saved.prefs, &fonts, false);
      if (!screenshot_mode) mark_saved_state_dirty();
    }
    {
      std::lock_guard<std::mutex> lock(g_glfw_errors_mutex);
      for (const std::string& message : g_glfw_errors) ui.show_error(message);
      g_glfw_errors.clear();
    }

    const bool last_frame = screenshot_mode && frame + 1 >= options.frames;
    // What Settings says about sound must not depend on how fast the check ran.
    if (last_frame && sound->status().state == SoundStatus::State::checking)
      sound->wait_for_check(3.0);

    // The rest of the queue, or what the keys just did, shows in the next frame.
    if (deliver_keys(window) || !g_keys.empty()) frames_owed = std::max(frames_owed, 1);
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    std::string text;
    const bool dump = last_frame && options.dump_text;
    shell.draw(dump || !options.trace.empty() ? &text : nullptr);
    if (dump) std::printf("%s\n", text.c_str());
    if (!options.trace.empty() && text != traced) {
      traced = text;
      if (!write_file_atomically(options.trace, text, &error))
        std::fprintf(stderr, "limber: --trace: %s\n", error.c_str());
    }
    animating = ui.take_animating() || io.WantTextInput;  // a text caret blinks
    wake_ms = ui.take_wake();
    if (titled != ui.current()) {
      titled = ui.current();
      glfwSetWindowTitle(window, (std::string(screen_info(*titled).label) + " — Limber").c_str());
    }
    ImGui::Render();

    int width = 0, height = 0;
    glfwGetFramebufferSize(window, &width, &height);
    glViewport(0, 0, width, height);
    const ImVec4 bg = palette().background;
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

    if (screenshot_mode && ++frame >= options.frames) {
      if (!save_screenshot(options.screenshot, width, height, &error)) {
        std::fprintf(stderr, "limber: %s\n", error.c_str());
        exit_code = 1;
      }
      break;
    }
    glfwSwapBuffers(window);
  }

  quit.reset();
  sound.reset();
  if (!screenshot_mode) remember_geometry(window);
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();  // writes imgui.ini (window, preferences) when it may
  glfwDestroyWindow(window);
  glfwTerminate();
  return exit_code;
}
