// The C API: a thin, allocation-safe wrapper over limber::App.
#include "limber/capi.h"

#include <cstdlib>
#include <cstring>
#include <new>

#include "json_read.h"
#include "limber/app.h"
#include "limber/version.h"

struct limber_app {
  std::unique_ptr<limber::App> app;
};

namespace {

using json = limber::Json;

// malloc'd copies so hosts in any language can free them through limber_string_free.
char* copy_out(const std::string& s) {
  char* out = static_cast<char*>(std::malloc(s.size() + 1));
  if (!out) return nullptr;
  std::memcpy(out, s.data(), s.size() + 1);
  return out;
}

// Used only if even a small allocation failed; never freed by the host (see free below).
char kOutOfMemory[] =
    "{\"protocol\":1,\"ok\":false,\"error\":{\"code\":\"out_of_memory\",\"message\":\"out of memory\"}}";

char* reply_or_static(const std::string& s) {
  char* out = copy_out(s);
  return out ? out : kOutOfMemory;
}

std::string error_reply(const char* code, const std::string& message) {
  return limber::json_read::dump(json{{"protocol", limber::kProtocolVersion},
                                      {"ok", false},
                                      {"error", {{"code", code}, {"message", message}}}});
}

void set_error(char** error_out, const std::string& message) {
  if (error_out) *error_out = copy_out(message);
}

bool read_options(const char* options_json, limber::AppOptions* options, std::string* error) {
  options->assets = limber::embedded_assets();
  if (!options_json || !*options_json) return true;
  auto parsed = limber::json_read::parse(options_json, error);
  if (!parsed) {
    *error = "options are not valid JSON: " + *error;
    return false;
  }
  limber::Problems problems;
  limber::json_read::Fields fields(*parsed, "", "options", problems);
  if (const json* assets = fields.object("assets", limber::json_read::Need::optional)) {
    limber::Assets replacement;
    for (auto it = assets->begin(); it != assets->end(); ++it) {
      if (!it->is_string()) {
        fields.error("assets." + it.key(), "must be the file's text as a string");
        continue;
      }
      replacement[it.key()] = it->get<std::string>();
    }
    options->assets = std::move(replacement);
  }
  if (const json* document = fields.any("document", limber::json_read::Need::optional)) {
    if (document->is_string()) options->document = document->get<std::string>();
    else if (!document->is_null()) fields.error("document", "must be a string or null");
  }
  fields.reject_unknown();
  if (problems.empty()) return true;
  *error = limber::to_string(problems);
  return false;
}

}  // namespace

extern "C" {

const char* limber_version(void) { return limber::version(); }

limber_app* limber_app_open(const char* options_json, char** error_out) {
  if (error_out) *error_out = nullptr;
  limber::AppOptions options;
  std::string error;
  if (!read_options(options_json, &options, &error)) {
    set_error(error_out, error);
    return nullptr;
  }
  auto app = limber::App::open(std::move(options), &error);
  if (!app) {
    set_error(error_out, error);
    return nullptr;
  }
  auto* handle = new (std::nothrow) limber_app{std::move(app)};
  if (!handle) set_error(error_out, "out of memory");
  return handle;
}

char* limber_app_call(limber_app* app, const char* request_json) {
  if (!app) return reply_or_static(error_reply("null_app", "the app handle is NULL"));
  if (!request_json) return reply_or_static(error_reply("null_request", "the request is NULL"));
  return reply_or_static(app->app->call(std::string_view(request_json)));
}

void limber_string_free(char* s) {
  if (s != kOutOfMemory) std::free(s);
}

void limber_app_close(limber_app* app) { delete app; }

}  // extern "C"
