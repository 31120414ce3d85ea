// bindings.cpp: the JavaScript face of the core. Two plain C functions over UTF-8 strings,
// the same JSON protocol as the C API (core/include/limber/capi.h) and limber::App::call.
// web/app/core.js copies the strings in and out of wasm memory; no JSON is read here.
//
//   limber_web_open(document, length)  the stored journal text, or NULL / "" for a new one.
//                                      Returns NULL once open, else the error text.
//   limber_web_call(request, length)   -> {"protocol":1,"ok":true,"result":...} (never NULL)
//
// Lengths are in bytes: a stored document with a NUL byte in it reaches the core whole (and
// is found corrupt) instead of being cut short.
// Returned text belongs to this file and stays valid until the next call of either function,
// so JavaScript reads it at once and frees nothing. Plain exports instead of embind keep the
// wasm small and let it go without emscripten's JavaScript loader (-sSTANDALONE_WASM).
#include <emscripten/emscripten.h>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "limber/app.h"

namespace {

std::unique_ptr<limber::App> g_app;
std::string g_reply;  // the text the last call returned

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE const char* limber_web_open(const char* document, std::size_t length) {
  std::string error;
  g_app = limber::App::open(
      {limber::embedded_assets(), document ? std::string(document, length) : std::string()},
      &error);
  if (g_app) return nullptr;
  g_reply = std::move(error);
  return g_reply.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* limber_web_call(const char* request, std::size_t length) {
  if (!g_app && limber_web_open(nullptr, 0)) {
    g_reply = R"({"protocol":1,"ok":false,"error":{"code":"not_open","message":"the core failed to open"}})";
  } else {
    g_reply = g_app->call(request ? std::string_view(request, length) : std::string_view());
  }
  return g_reply.c_str();
}

}  // extern "C"
