// options.h: the desktop app's command line.
//
//   limber [--assets DIR] [--data-dir DIR] [--config-dir DIR] [--size WxH] [--theme light|dark]
//          [--scale F] [--screen NAME] [--screenshot FILE [--frames N] [--dump-text]]
//          [--clock MS] [--script FILE] [--trace FILE]       (tests only)
//
//   Options o;  std::string error;
//   if (!parse_options(argc, argv, &o, &error)) { print error and usage; exit 2; }
#pragma once
#include <string>

namespace limber::desktop {

struct Options {
  std::string assets_dir;     // content folder overriding the compiled-in assets
  std::string data_dir;       // "" = the platform's per-user data folder
  std::string config_dir;     // "" = the platform's per-user config folder (imgui.ini)
  std::string screen;         // first screen by name ("today", "settings"...), "" = today
  std::string theme;          // "light" or "dark", as if chosen in Settings; "" = as saved
  int width = 0, height = 0;  // window size for this run, 0 = saved or default
  float scale = 0;            // the monitor's content scale, 0 = ask the system (tests: HiDPI)

  // Tests and docs: render `frames` frames, save the last as a PNG at `screenshot`, exit.
  std::string screenshot;
  int frames = 3;
  bool dump_text = false;  // with --screenshot: print the last frame's text to stdout

  // Tests only. --clock: the wall clock stands still at this instant (ms since the epoch),
  // so a screenshot of a running session is the same every time. --script: requests (one
  // JSON object a line) sent to the core before the first frame, e.g. a check and a
  // session.start; it needs --data-dir, so it never touches the person's own journal.
  long long clock_ms = -1;
  std::string script;
  // Tests only. --trace: after each frame whose text changed, that text (as --dump-text
  // prints it) replaces FILE, so a test driving the live app can read what it says.
  std::string trace;
  bool help = false;
};

// Fills *out from argv; false with *error set on anything it does not understand.
bool parse_options(int argc, const char* const* argv, Options* out, std::string* error);
const char* usage();

}  // namespace limber::desktop
