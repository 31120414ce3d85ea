// limber-cli protocol: prints the request protocol's reference, generated from the core's
// command table (core/README.md carries the same block; a test keeps them equal).
#include <iostream>

#include "cli.h"
#include "commands.h"
#include "limber/app.h"

namespace limber::cli {

int cmd_protocol(int argc, char** argv) {
  Args args;
  if (!parse_args(argc, argv, 1, {}, &args) || !only_options(args, {}) || !args.positional.empty())
    return kUsage;
  std::cout << App::protocol_reference();
  return kOk;
}

}  // namespace limber::cli
