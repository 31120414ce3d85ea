// bindings.cpp: the JavaScript face of the core (embind). The browser code only renders
// what these return and forwards events; every rule stays in C++.
#include <emscripten/bind.h>

#include <string>

#include <nlohmann/json.hpp>

#include "limber/about.h"

namespace {

std::string about_json() {
  const limber::About a = limber::about(limber::embedded_assets());
  return nlohmann::json{{"name", a.name},
                        {"version", a.version},
                        {"tagline", a.tagline},
                        {"asset_files", a.asset_files},
                        {"asset_bytes", a.asset_bytes}}
      .dump();
}

}  // namespace

EMSCRIPTEN_BINDINGS(limber) { emscripten::function("about", &about_json); }
