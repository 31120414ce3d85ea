#include "options.h"

#include <cstdio>
#include <cstdlib>

#include "screens.h"

namespace limber::desktop {
namespace {

bool parse_int(const std::string& text, int min, int max, int* out) {
  if (text.empty() || text.size() > 9) return false;
  for (char c : text)
    if (c < '0' || c > '9') return false;
  const int value = std::atoi(text.c_str());
  if (value < min || value > max) return false;
  *out = value;
  return true;
}

bool parse_size(const std::string& text, int* width, int* height) {
  const auto x = text.find('x');
  return x != std::string::npos && parse_int(text.substr(0, x), 200, 16384, width) &&
         parse_int(text.substr(x + 1), 200, 16384, height);
}

}  // namespace

const char* usage() {
  return "usage: limber [--assets DIR] [--data-dir DIR] [--config-dir DIR] [--size WxH]\n"
         "              [--theme light|dark] [--scale F] [--screen NAME]\n"
         "              [--screenshot FILE [--frames N] [--dump-text]]\n"
         "tests only:   [--clock MS] [--script FILE (needs --data-dir)] [--trace FILE]\n"
         "screens: today, check, library, progress, learn, settings\n";
}

bool parse_options(int argc, const char* const* argv, Options* out, std::string* error) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    const bool takes_value = a == "--assets" || a == "--data-dir" || a == "--config-dir" ||
                             a == "--screen" || a == "--theme" || a == "--size" ||
                             a == "--screenshot" || a == "--frames" || a == "--scale" ||
                             a == "--clock" || a == "--script" || a == "--trace";
    if (a == "--help" || a == "-h") {
      o.help = true;
      continue;
    }
    if (a == "--dump-text") {
      o.dump_text = true;
      continue;
    }
    if (!takes_value) {
      *error = "unknown option " + a;
      return false;
    }
    if (i + 1 >= argc) {
      *error = a + " needs a value";
      return false;
    }
    const std::string v = argv[++i];
    if (a == "--assets")
      o.assets_dir = v;
    else if (a == "--data-dir")
      o.data_dir = v;
    else if (a == "--config-dir")
      o.config_dir = v;
    else if (a == "--screenshot")
      o.screenshot = v;
    else if (a == "--script")
      o.script = v;
    else if (a == "--trace")
      o.trace = v;
    else if (a == "--clock") {
      char* end = nullptr;
      const long long ms = std::strtoll(v.c_str(), &end, 10);
      // From 2001 to 2286: anything else is a typo, not a moment anyone exercised.
      if (v.empty() || *end != '\0' || ms < 978307200000LL || ms > 9999999999999LL) {
        *error = "--clock is milliseconds since 1970 (13 digits), not " + v;
        return false;
      }
      o.clock_ms = ms;
    }
    else if (a == "--screen") {
      if (!screen_by_name(v)) {
        *error = "there is no screen \"" + v + "\"";
        return false;
      }
      o.screen = v;
    } else if (a == "--theme") {
      if (v != "light" && v != "dark") {
        *error = "--theme is light or dark, not " + v;
        return false;
      }
      o.theme = v;
    } else if (a == "--size") {
      if (!parse_size(v, &o.width, &o.height)) {
        *error = "--size is WIDTHxHEIGHT, e.g. 1280x800 (200 to 16384 each), not " + v;
        return false;
      }
    } else if (a == "--scale") {
      char* end = nullptr;
      const float scale = std::strtof(v.c_str(), &end);
      if (v.empty() || *end != '\0' || !(scale >= 0.5f && scale <= 4.0f)) {
        *error = "--scale is a number from 0.5 to 4, not " + v;
        return false;
      }
      o.scale = scale;
    } else if (a == "--frames") {
      if (!parse_int(v, 1, 100000, &o.frames)) {
        *error = "--frames is a whole number from 1, not " + v;
        return false;
      }
    }
    if (v.empty()) {
      *error = a + " needs a value";
      return false;
    }
  }
  if (!o.script.empty() && o.data_dir.empty()) {
    *error = "--script needs --data-dir (a test journal, never your own)";
    return false;
  }
  if (o.dump_text && o.screenshot.empty()) {
    *error = "--dump-text goes with --screenshot";
    return false;
  }
  *out = std::move(o);
  return true;
}

}  // namespace limber::desktop
