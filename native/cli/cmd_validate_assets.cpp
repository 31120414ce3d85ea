// limber-cli validate-assets [DIR]: checks every content file the core loads, reporting all
// problems at once (one line each) so content authors can fix them in one pass.
#include <iostream>

#include "asset_dir.h"
#include "cli.h"
#include "commands.h"
#include "limber/content.h"

namespace limber::cli {

int cmd_validate_assets(int argc, char** argv) {
  Args args;
  if (!parse_args(argc, argv, 1, {}, &args) || !only_options(args, {})) return kUsage;
  if (args.positional.size() > 1) {
    std::cerr << "limber-cli: validate-assets takes at most one folder\n";
    return kUsage;
  }
  Assets assets;
  std::string source = "embedded assets";
  if (args.positional.empty()) {
    assets = embedded_assets();
  } else {
    source = args.positional[0];
    std::string error;
    if (!native::read_asset_dir(source, &assets, &error)) {
      std::cerr << "limber-cli: " << error << "\n";
      return kUsage;
    }
  }
  const Problems problems = validate_content(assets);
  if (problems.empty()) {
    std::cout << source << ": no problems in " << assets.size() << " files\n";
    return kOk;
  }
  for (const Problem& p : problems) std::cout << p.to_string() << "\n";
  std::cerr << "limber-cli: " << problems.size() << (problems.size() == 1 ? " problem" : " problems")
            << " in " << source << "\n";
  return kInvalid;
}

}  // namespace limber::cli
