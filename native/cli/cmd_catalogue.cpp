// limber-cli catalogue: lists exercises, filtered like the app filters them; a table for
// people, or with --json the same objects the asset files hold.
#include <algorithm>
#include <iostream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cli.h"
#include "commands.h"
#include "limber/catalogue.h"

namespace limber::cli {
namespace {

std::string joined(const std::vector<std::string>& items, const char* separator) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : separator) + s;
  return out;
}

// Sets *out from --name when given; prints and returns false when the value is unknown.
template <class E>
bool filter(const Args& args, const char* option, std::optional<E>* out) {
  const auto value = args.option(option);
  if (!value) return true;
  *out = parse<E>(*value);
  if (*out) return true;
  std::cerr << "limber-cli: --" << option << " '" << *value
            << "' is not one of: " << joined(names<E>(), ", ") << "\n";
  return false;
}

bool read_query(const Args& args, CatalogueQuery* q) {
  bool ok = filter(args, "region", &q->region);
  ok = filter(args, "category", &q->category) && ok;
  ok = filter(args, "position", &q->position) && ok;
  ok = filter(args, "equipment", &q->equipment) && ok;
  ok = filter(args, "plane", &q->plane) && ok;
  if (auto level = args.option("level")) {
    if (*level == "1" || *level == "2" || *level == "3") {
      q->level = (*level)[0] - '0';
    } else {
      std::cerr << "limber-cli: --level '" << *level << "' must be 1, 2 or 3\n";
      ok = false;
    }
  }
  if (auto exclude = args.option("exclude")) {
    std::stringstream tags(*exclude);
    for (std::string tag; std::getline(tags, tag, ',');) {
      if (auto m = parse<Movement>(tag)) {
        q->exclude.push_back(*m);
      } else {
        std::cerr << "limber-cli: --exclude '" << tag
                  << "' is not one of: " << joined(names<Movement>(), ", ") << "\n";
        ok = false;
      }
    }
  }
  if (auto search = args.option("search")) q->search = *search;
  return ok;
}

void print_table(const std::vector<const Exercise*>& found) {
  const std::vector<std::string> header = {"id", "name", "category", "lvl", "position",
                                           "dosage", "regions"};
  std::vector<std::vector<std::string>> rows;
  for (const Exercise* e : found) {
    std::vector<std::string> regions;
    for (Region r : e->regions) regions.push_back(name(r));
    rows.push_back({e->id, e->name, name(e->category), std::to_string(e->level),
                    name(e->position), dosage_text(e->dosage), joined(regions, ",")});
  }
  std::vector<std::size_t> width(header.size());
  for (std::size_t c = 0; c < header.size(); ++c) {
    width[c] = header[c].size();
    for (const auto& row : rows) width[c] = std::max(width[c], row[c].size());
  }
  const auto print_row = [&](const std::vector<std::string>& row) {
    std::string line;
    for (std::size_t c = 0; c < row.size(); ++c)
      line += c + 1 == row.size() ? row[c] : row[c] + std::string(width[c] - row[c].size() + 2, ' ');
    std::cout << line << "\n";
  };
  print_row(header);
  for (const auto& row : rows) print_row(row);
  std::cout << found.size() << (found.size() == 1 ? " exercise\n" : " exercises\n");
}

}  // namespace

int cmd_catalogue(int argc, char** argv) {
  Args args;
  if (!parse_args(argc, argv, 1, {"json"}, &args) ||
      !only_options(args, {"assets", "json", "region", "category", "position", "equipment",
                           "level", "plane", "exclude", "search"}))
    return kUsage;
  if (!args.positional.empty()) {
    std::cerr << "limber-cli: catalogue takes no arguments, only options\n";
    return kUsage;
  }
  CatalogueQuery query;
  if (!read_query(args, &query)) return kUsage;
  Assets assets;
  if (!load_assets(args, &assets)) return kUsage;
  Problems problems;
  const Catalogue catalogue = Catalogue::load(assets, problems);
  if (!problems.empty()) {
    std::cerr << to_string(problems)
              << "limber-cli: the exercises have problems (see validate-assets)\n";
    return kInvalid;
  }
  const auto found = catalogue.query(query);
  if (args.flag("json")) {
    Json out = Json::array();
    for (const Exercise* e : found) out.push_back(to_json(*e));
    std::cout << out.dump(2) << "\n";
  } else {
    print_table(found);
  }
  return kOk;
}

}  // namespace limber::cli
