#include "limber/app.h"

#include <algorithm>

#include "app_commands.h"
#include "app_state.h"
#include "json_read.h"

namespace limber {
namespace {

using nlohmann::json;

const std::vector<CommandSpec>& command_table() {
  static const std::vector<CommandSpec> table = [] {
    std::vector<CommandSpec> all;
    for (auto list : {about_commands}) {
      auto part = list();
      all.insert(all.end(), part.begin(), part.end());
    }
    return all;
  }();
  return table;
}

json failure(const std::string& code, const std::string& message) {
  return {{"protocol", kProtocolVersion},
          {"ok", false},
          {"error", {{"code", code}, {"message", message}}}};
}

}  // namespace

App::App(std::unique_ptr<AppState> state) : state_(std::move(state)) {}
App::~App() = default;

std::unique_ptr<App> App::open(AppOptions options, std::string* error) {
  auto state = std::make_unique<AppState>();
  state->assets = std::move(options.assets);
  (void)error;
  return std::unique_ptr<App>(new App(std::move(state)));
}

std::vector<std::string> App::commands() {
  std::vector<std::string> names;
  for (const auto& spec : command_table()) names.push_back(spec.name);
  std::sort(names.begin(), names.end());
  return names;
}

json App::call(const json& request) {
  if (!request.is_object()) return failure("bad_request", "a request must be a JSON object");
  const auto cmd = request.find("cmd");
  if (cmd == request.end() || !cmd->is_string())
    return failure("bad_request", "a request needs \"cmd\", the command name as a string");
  const std::string& name = cmd->get_ref<const std::string&>();
  const auto spec = std::find_if(command_table().begin(), command_table().end(),
                                 [&](const CommandSpec& s) { return name == s.name; });
  if (spec == command_table().end())
    return failure("unknown_command", "there is no command \"" + name + "\"");

  Problems problems;
  json_read::Fields args(request, "", name, problems);
  args.any("cmd");
  json result;
  CommandError error;
  const bool ok = spec->handler(*state_, args, &result, &error);
  args.reject_unknown();
  // Argument problems win: they explain a failure better than what followed from them.
  if (!problems.empty()) {
    std::string message;
    for (const Problem& p : problems)
      message += (message.empty() ? "" : "; ") + p.field + ": " + p.message;
    return failure("invalid_argument", message);
  }
  if (!ok) return failure(error.code.empty() ? "failed" : error.code, error.message);
  return {{"protocol", kProtocolVersion}, {"ok", true}, {"result", std::move(result)}};
}

std::string App::call(std::string_view request_json) {
  if (request_json.size() > kMaxRequestBytes)
    return failure("too_large", "the request is larger than " +
                                    std::to_string(kMaxRequestBytes / (1024 * 1024)) + " MB")
        .dump();  // ASCII only: safe
  std::string error;
  const auto request = json_read::parse(request_json, &error);
  if (!request) return json_read::dump(failure("bad_json", "the request is not valid JSON: " + error));
  return json_read::dump(call(*request));
}

}  // namespace limber
