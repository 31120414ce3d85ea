// app_state.h (private): what the facade owns, and the shape of a command handler.
#pragma once
#include <string>

#include <nlohmann/json.hpp>

#include "json_read.h"
#include "limber/assets.h"

namespace limber {

struct AppState {
  Assets assets;
};

// A command's failure: a stable machine-readable code and a sentence for people.
struct CommandError {
  std::string code;
  std::string message;
};

// Handlers read their arguments through `args` (unknown fields are rejected after the
// handler returns) and either fill `result` or return an error.
using Handler = bool (*)(AppState& state, json_read::Fields& args, nlohmann::json* result,
                         CommandError* error);

struct CommandSpec {
  const char* name;
  Handler handler;
  const char* summary;  // one line for the protocol reference
};

}  // namespace limber
