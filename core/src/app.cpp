#include "limber/app.h"

#include <algorithm>

#include "app_commands.h"
#include "app_state.h"
#include "json_read.h"
#include "limber/store.h"
#include "sort_by.h"

namespace limber {
namespace {

using json = limber::Json;

// Calls `visit` with every command, its summary filled in only when S (see app_commands.h).
// The lists are static arrays: walking them directly costs less code than a merged table.
template <bool S, typename Visit>
void for_each_command(Visit visit) {
  for (auto list : {about_commands<S>, content_commands<S>, screening_commands<S>,
                    plan_commands<S>, session_commands<S>, journal_commands<S>,
                    document_commands<S>, learn_commands<S>}) {
    const CommandList commands = list();
    for (const CommandSpec* spec = commands.begin; spec != commands.end; ++spec) visit(*spec);
  }
}

json failure(const char* code, std::string_view message) {
  return {{"protocol", kProtocolVersion},
          {"ok", false},
          {"error", {{"code", code}, {"message", message}}}};
}

}  // namespace

const char* to_string(DocumentStatus status) {
  switch (status) {
    case DocumentStatus::fresh: return "fresh";
    case DocumentStatus::ok: return "ok";
    case DocumentStatus::migrated: return "migrated";
    case DocumentStatus::corrupt: return "corrupt";
    case DocumentStatus::newer_version: return "newer_version";
  }
  return "?";
}

bool date_arg(json_read::Fields& args, Date& out, const char* key, json_read::Need need) {
  const std::string* text = args.string_at(key, need);
  if (!text) return false;
  const auto date = Date::parse(*text);
  if (!date) {
    args.error(key, "must be a date as YYYY-MM-DD, not '" + *text + "'");
    return false;
  }
  out = *date;
  return true;
}

bool now_arg(json_read::Fields& args, Millis& out) {
  // Doubles hold whole milliseconds exactly up to 2^53, far past the year 9999.
  double now;
  if (!args.read_number("now", 0, 253402300799999.0, now)) return false;
  out = static_cast<Millis>(now);
  return true;
}

bool fail(CommandError* error, const char* code, std::string message) {
  *error = {code, std::move(message)};
  return false;
}

bool fail(CommandError* error, const char* code, const char* message) {
  error->code = code;
  error->message = message;
  return false;
}

bool not_found(CommandError* error, const char* what, const std::string& id) {
  return fail(error, "not_found", std::string("there is no ") + what + " \"" + id + "\"");
}

bool may_change(const AppState& state, json_read::Fields& args, CommandError* error) {
  if (!args.all_accepted()) return false;  // App::call reports the arguments' problems
  if (state.document_status != DocumentStatus::newer_version) return true;
  return fail(error, "read_only",
              "Your journal was saved by a newer version of Limber, so this version only "
              "shows it and changes nothing. Please update Limber.");
}

void changed(AppState& state) { ++state.revision; }

App::App(std::unique_ptr<AppState> state) : state_(std::move(state)) {}
App::~App() = default;

std::unique_ptr<App> App::open(AppOptions options, std::string* error) {
  auto state = std::make_unique<AppState>();
  state->assets = std::move(options.assets);
  Problems problems;
  state->catalogue = Catalogue::load(state->assets, problems);
  state->screening = Screening::load(state->assets, problems);
  state->plan_rules = PlanRules::load(state->assets, state->catalogue, problems);
  state->poses = figure::Poses::load(state->assets, problems);
  state->education_tags = load_education_tags(
      state->assets, state->screening ? &*state->screening : nullptr, problems);
  state->education = load_education(state->assets, state->education_tags, problems);
  state->checklist = load_checklist(state->assets, problems);
  state->labels = load_labels(state->assets, problems);
  // Content is ours, not the person's: any problem in it is a bug to fix, so refuse to run
  // on half-loaded safety rules rather than guess.
  if (!problems.empty() || !state->screening) {
    if (error) *error = "the content is invalid:\n" + to_string(problems);
    return nullptr;
  }
  if (!options.document.empty()) {
    Loaded loaded = load_journal(options.document, "document");
    state->document_problems = loaded.problems;
    switch (loaded.status) {
      case LoadStatus::ok:
        state->journal = std::move(loaded.journal);
        state->document_status = loaded.migrated() ? DocumentStatus::migrated : DocumentStatus::ok;
        break;
      case LoadStatus::newer_version:
        state->document_status = DocumentStatus::newer_version;
        break;
      case LoadStatus::invalid:
        state->document_status = DocumentStatus::corrupt;
        break;
    }
  }
  return std::unique_ptr<App>(new App(std::move(state)));
}

std::vector<std::string> App::commands() {
  std::vector<std::string> names;
  for_each_command<false>([&](const CommandSpec& spec) { names.push_back(spec.name); });
  sort_by(names);
  return names;
}

std::string App::protocol_reference() {
  std::vector<const CommandSpec*> specs;
  for_each_command<true>([&](const CommandSpec& spec) { specs.push_back(&spec); });
  sort_by(specs, [](const CommandSpec* a, const CommandSpec* b) {
    return std::string(a->name) < b->name;
  });
  std::string out = "| command | what it does |\n| --- | --- |\n";
  for (const CommandSpec* spec : specs)
    out += std::string("| `") + spec->name + "` | " + spec->summary + " |\n";
  return out;
}

json App::call(const json& request) {
  if (!request.is_object()) return failure("bad_request", "a request must be a JSON object");
  const auto cmd = request.find("cmd");
  if (cmd == request.end() || !cmd->is_string())
    return failure("bad_request", "a request needs \"cmd\", the command name as a string");
  const std::string& name = cmd->get_ref<const std::string&>();
  const CommandSpec* spec = nullptr;
  for_each_command<false>([&](const CommandSpec& s) {
    if (!spec && name == s.name) spec = &s;
  });
  if (!spec)
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
  if (!ok) return failure(*error.code ? error.code : "failed", error.message);
  return {{"protocol", kProtocolVersion},
          {"ok", true},
          {"revision", state_->revision},
          {"result", std::move(result)}};
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
