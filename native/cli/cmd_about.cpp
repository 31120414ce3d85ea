// limber-cli about: the version and what the core loaded.
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli.h"
#include "commands.h"
#include "limber/about.h"

namespace limber::cli {

int cmd_about(int argc, char** argv) {
  Args args;
  if (!parse_args(argc, argv, 1, {"json"}, &args) || !only_options(args, {"assets", "json"}))
    return kUsage;
  Assets assets;
  if (!load_assets(args, &assets)) return kUsage;
  const About a = about(assets);
  if (args.flag("json")) {
    nlohmann::json j = {{"name", a.name},         {"version", a.version},
                        {"tagline", a.tagline},   {"asset_files", a.asset_files},
                        {"asset_bytes", a.asset_bytes}};
    std::cout << j.dump(2) << "\n";
  } else {
    std::cout << a.name << " " << a.version << "\n"
              << a.tagline << "\n"
              << a.asset_files << " content files (" << a.asset_bytes << " bytes)\n";
  }
  return kOk;
}

}  // namespace limber::cli
