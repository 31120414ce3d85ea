#include "cli.h"

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "asset_dir.h"

namespace limber::cli {

std::optional<std::string> Args::option(const std::string& name) const {
  auto it = options.find(name);
  if (it == options.end()) return std::nullopt;
  return it->second;
}

bool parse_args(int argc, char** argv, int first, const std::vector<std::string>& flags,
                Args* out) {
  for (int i = first; i < argc; ++i) {
    std::string a = argv[i];
    if (a.rfind("--", 0) != 0 || a == "-") {
      out->positional.push_back(a);
      continue;
    }
    std::string name = a.substr(2), value;
    const auto eq = name.find('=');
    bool is_flag = false;
    for (const auto& f : flags) is_flag = is_flag || f == name;
    if (eq != std::string::npos) {
      value = name.substr(eq + 1);
      name.resize(eq);
    } else if (!is_flag) {
      if (i + 1 >= argc) {
        std::cerr << "limber-cli: --" << name << " needs a value\n";
        return false;
      }
      value = argv[++i];
    }
    out->options[name] = value;
  }
  return true;
}

bool load_assets(const Args& args, Assets* out) {
  auto dir = args.option("assets");
  if (!dir) {
    *out = embedded_assets();
    return true;
  }
  std::string error;
  if (!native::read_asset_dir(*dir, out, &error)) {
    std::cerr << "limber-cli: " << error << "\n";
    return false;
  }
  return true;
}

bool read_input(const std::string& path, std::string* out) {
  std::ostringstream bytes;
  if (path == "-") {
    bytes << std::cin.rdbuf();
  } else {
    std::ifstream in(path, std::ios::binary);
    if (!in.is_open()) {
      std::cerr << "limber-cli: " << path << ": cannot be opened\n";
      return false;
    }
    bytes << in.rdbuf();
  }
  *out = bytes.str();
  return true;
}

bool only_options(const Args& args, const std::vector<std::string>& known) {
  bool ok = true;
  for (const auto& [name, value] : args.options) {
    bool found = false;
    for (const auto& k : known) found = found || k == name;
    if (!found) {
      std::cerr << "limber-cli: unknown option --" << name << "\n";
      ok = false;
    }
  }
  return ok;
}

}  // namespace limber::cli
