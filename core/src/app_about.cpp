// Commands about the app itself: version, what the core loaded, the command list.
#include "app_commands.h"
#include "limber/about.h"
#include "limber/app.h"

namespace limber {
namespace {

bool about_command(AppState& state, json_read::Fields&, Json* result, CommandError*) {
  const About a = about(state.assets);
  *result = {{"name", a.name},
             {"version", a.version},
             {"tagline", a.tagline},
             {"protocol", kProtocolVersion},
             {"asset_files", a.asset_files},
             {"asset_bytes", a.asset_bytes}};
  return true;
}

bool commands_command(AppState&, json_read::Fields&, Json* result, CommandError*) {
  *result = App::commands();
  return true;
}

}  // namespace

template <bool S>
CommandList about_commands() {
  static constexpr CommandSpec kCommands[] = {
      {"about", about_command,
       summary<S>("The app's name, version, protocol and what content it loaded.")},
      {"commands", commands_command, summary<S>("Every command name this core understands.")},
  };
  return {kCommands, std::end(kCommands)};
}

template CommandList about_commands<false>();
template CommandList about_commands<true>();

}  // namespace limber
