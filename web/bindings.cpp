// bindings.cpp: the JavaScript face of the core (embind). One function, the same JSON
// protocol as the C API (core/include/limber/capi.h) and limber::App::call:
//
//   const core = await createLimberCore();
//   core.open(optionsJson)   -> "" on success, else the error text
//   core.call(requestJson)   -> responseJson   {"protocol":1,"ok":true,"result":...}
//
// The browser code only renders what comes back and forwards events; every rule is C++.
#include <emscripten/bind.h>

#include <memory>
#include <string>

#include "json_read.h"
#include "limber/app.h"

namespace {

std::unique_ptr<limber::App> g_app;

// options: {"document": "..."} (the stored journal document), or "" for a new one.
std::string open_app(const std::string& options_json) {
  limber::AppOptions options;
  options.assets = limber::embedded_assets();
  if (!options_json.empty()) {
    std::string error;
    auto options_doc = limber::json_read::parse(options_json, &error);
    if (!options_doc || !options_doc->is_object()) return "options are not a JSON object";
    auto document = options_doc->find("document");
    if (document != options_doc->end() && document->is_string())
      options.document = document->get<std::string>();
  }
  std::string error;
  g_app = limber::App::open(std::move(options), &error);
  return g_app ? "" : error;
}

std::string call(const std::string& request_json) {
  if (!g_app && !open_app("").empty())
    return R"({"protocol":1,"ok":false,"error":{"code":"not_open","message":"the core failed to open"}})";
  return g_app->call(std::string_view(request_json));
}

}  // namespace

EMSCRIPTEN_BINDINGS(limber) {
  emscripten::function("open", &open_app);
  emscripten::function("call", &call);
}
