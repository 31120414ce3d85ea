// limber-cli: headless access to the Limber core for scripting, content authors and tests.
// Each command is a function in its own cmd_<name>.cpp; this table is the only list.
#include <cstring>
#include <iostream>

#include "cli.h"
#include "commands.h"
#include "limber/version.h"

namespace {

struct Command {
  const char* name;
  const char* usage;
  int (*run)(int argc, char** argv);  // argv[0] is the command name
};

const Command kCommands[] = {
    {"about", "about [--assets DIR] [--json]", limber::cli::cmd_about},
    {"screen", "screen (--answers FILE|- | --questions) [--assets DIR]", limber::cli::cmd_screen},
    {"validate-assets", "validate-assets [DIR]", limber::cli::cmd_validate_assets},
    {"catalogue",
     "catalogue [--assets DIR] [--json] [--region R] [--category C] [--position P]\n"
     "             [--equipment E] [--level N] [--plane P] [--exclude TAG,...] [--search TEXT]",
     limber::cli::cmd_catalogue},
    {"plan", "plan --answers FILE|- [--date YYYY-MM-DD] [--data-dir DIR] [--acknowledge] [--assets DIR]",
     limber::cli::cmd_plan},
    {"figure",
     "figure --exercise ID [--pose start|end|hold] [--phase 0..1] [--view side|front|back|top]\n"
     "                    [--title TEXT] [--aspect W/H] [--assets DIR] | figure --contact-sheet",
     limber::cli::cmd_figure},
    {"journal", "journal add [--data-dir DIR] --entry FILE|- [--assets DIR]\n"
                "  limber-cli journal check [--data-dir DIR]", limber::cli::cmd_journal},
    {"export", "export [--data-dir DIR] [--format json|csv]", limber::cli::cmd_export},
    {"import", "import [--data-dir DIR] FILE|- [--replace]", limber::cli::cmd_import},
    {"protocol", "protocol   (the request protocol's reference, as in core/README.md)",
     limber::cli::cmd_protocol},
};

int usage(std::ostream& out) {
  out << "limber-cli " << limber::version() << ": Limber's core from the command line.\n"
      << "usage: limber-cli COMMAND [options]\n";
  for (const auto& c : kCommands) out << "  limber-cli " << c.usage << "\n";
  return limber::cli::kUsage;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return usage(std::cerr);
  const char* name = argv[1];
  if (!std::strcmp(name, "--help") || !std::strcmp(name, "help")) {
    usage(std::cout);
    return limber::cli::kOk;
  }
  if (!std::strcmp(name, "--version")) {
    std::cout << limber::version() << "\n";
    return limber::cli::kOk;
  }
  for (const auto& c : kCommands)
    if (!std::strcmp(name, c.name)) return c.run(argc - 1, argv + 1);
  std::cerr << "limber-cli: unknown command '" << name << "'\n";
  return usage(std::cerr);
}
