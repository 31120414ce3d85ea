// cli.h: what the limber-cli commands share: parsed arguments, the assets to use, and
// the exit codes every command keeps to.
//
// Each command lives in its own cmd_<name>.cpp and is listed once in main.cpp.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "limber/assets.h"

namespace limber::cli {

// 0 success; 1 the thing checked is invalid (validate-assets, journal check);
// 2 bad usage or bad input (unknown option, malformed answers...).
constexpr int kOk = 0;
constexpr int kInvalid = 1;
constexpr int kUsage = 2;

struct Args {
  std::vector<std::string> positional;          // after the command name
  std::map<std::string, std::string> options;   // --name value (or "" for a flag)

  bool flag(const std::string& name) const { return options.count(name) > 0; }
  std::optional<std::string> option(const std::string& name) const;
};

// Splits argv after the command. `flags` names options that take no value.
// Returns false (and prints to stderr) on a malformed command line.
bool parse_args(int argc, char** argv, int first, const std::vector<std::string>& flags,
                Args* out);

// The embedded assets, or those in --assets DIR. Prints the error and returns false.
bool load_assets(const Args& args, Assets* out);

// Reads a whole file, or stdin when path is "-". Prints the error and returns false.
bool read_input(const std::string& path, std::string* out);

// Rejects options not in `known` (prints which). Returns false when any is unknown.
bool only_options(const Args& args, const std::vector<std::string>& known);

}  // namespace limber::cli
