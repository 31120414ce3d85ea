// limber/app.h: the facade every shell uses. One object owns the content (catalogue,
// screening, ...), the person's journal document and the running session; commands go in
// as JSON requests and come back as JSON responses, so the web bindings, the C API, the
// CLI and the desktop app all speak one protocol (documented in core/README.md).
//
//   std::string error;
//   auto app = App::open({embedded_assets(), stored_document}, &error);
//   std::string reply = app->call(R"({"cmd":"about"})");
//   // {"protocol":1,"ok":true,"result":{...}}
//   // {"protocol":1,"ok":false,"error":{"code":"unknown_command","message":"..."}}
//
// call() never throws or aborts, whatever the input.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "limber/json.h"

#include "limber/assets.h"

namespace limber {

constexpr int kProtocolVersion = 1;
// Requests larger than this are refused before parsing (a whole journal import fits).
constexpr std::size_t kMaxRequestBytes = 64 * 1024 * 1024;

struct AppOptions {
  Assets assets;
  std::string document;  // the stored journal document, "" for a new one
};

struct AppState;  // core/src/app_state.h

class App {
 public:
  // Fails (nullptr, *error says why, one line per problem) when the content is invalid.
  static std::unique_ptr<App> open(AppOptions options, std::string* error);
  ~App();

  std::string call(std::string_view request_json);
  Json call(const Json& request);

  // Every command name, sorted (the protocol reference is checked against this).
  static std::vector<std::string> commands();
  // The protocol reference (Markdown) generated from the command table: the block that
  // core/README.md carries between its "protocol-reference" markers.
  static std::string protocol_reference();

 private:
  explicit App(std::unique_ptr<AppState> state);
  std::unique_ptr<AppState> state_;
};

}  // namespace limber
