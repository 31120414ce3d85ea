// limber-cli figure: an exercise's picture as SVG, or a contact sheet of every picture.
//   limber-cli figure --exercise glute_bridge [--pose end | --phase 0.5] [--view front]
//   limber-cli figure --contact-sheet > sheet.html
#include <cstdlib>
#include <iostream>

#include "cli.h"
#include "commands.h"
#include "limber/figure.h"
#include "limber/figure_svg.h"

namespace limber::cli {
namespace {

std::string humanise(const std::string& id) {
  std::string s = id;
  for (auto& c : s)
    if (c == '_') c = ' ';
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

std::optional<figure::View> parse_view(const std::string& s) {
  if (s == "side") return figure::View::side;
  if (s == "front") return figure::View::front;
  if (s == "top") return figure::View::top;
  if (s == "back") return figure::View::back;
  return std::nullopt;
}

std::optional<double> parse_number(const std::string& s, double min, double max) {
  char* end = nullptr;
  const double v = std::strtod(s.c_str(), &end);
  if (s.empty() || *end != '\0' || !(v >= min && v <= max)) return std::nullopt;
  return v;
}

int contact_sheet(const figure::Poses& poses) {
  std::cout
      << "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
         "<title>Limber figures</title><style>"
         "body{font:13px system-ui,sans-serif;margin:12px;color:#223;background:#fff}"
         "h1{font-size:16px;margin:0 0 8px}"
         ".grid{display:grid;grid-template-columns:repeat(4,1fr);gap:8px}"
         ".card{border:1px solid #ccd;border-radius:6px;padding:4px "
         "6px;height:190px;overflow:hidden}"
         ".card h2{font-size:13px;margin:0}.kind{color:#667;font-weight:normal}"
         ".poses{display:flex;gap:4px}.pose{flex:1;max-width:50%;text-align:center;color:#556}"
         ".pose svg{width:100%;height:auto;color:#1d3557;display:block}"
         ".fig-band,.fig-strap{stroke:#d62828}.fig-line{fill:#d62828;stroke:#d62828}"
         ".fig-prop{color:#8d99ae}"
         "</style></head><body><h1>Limber: every exercise's key poses</h1><div class=\"grid\">";
  for (const auto& [id, set] : poses.all()) {
    std::cout << "<div class=\"card\"><h2>" << figure::escape_xml(id) << " <span class=\"kind\">"
              << figure::to_string(set.kind) << ", " << figure::to_string(set.view)
              << "</span></h2><div class=\"poses\">";
    for (const char* name : {"start", "end", "hold"}) {
      if (!set.find(name)) continue;
      const auto drawing = figure::draw(set, name);
      std::cout << "<div class=\"pose\">" << figure::to_svg(drawing, {humanise(id) + ": " + name})
                << name << "</div>";
    }
    std::cout << "</div></div>";
  }
  std::cout << "</div></body></html>\n";
  return kOk;
}

}  // namespace

int cmd_figure(int argc, char** argv) {
  Args args;
  if (!parse_args(argc, argv, 1, {"contact-sheet"}, &args) ||
      !only_options(args, {"assets", "exercise", "pose", "phase", "view", "title", "aspect",
                           "contact-sheet"}))
    return kUsage;
  Assets assets;
  if (!load_assets(args, &assets)) return kUsage;
  Problems problems;
  const figure::Poses poses = figure::Poses::load(assets, problems);
  if (!problems.empty()) {
    std::cerr << to_string(problems);
    return kInvalid;
  }
  if (args.flag("contact-sheet")) return contact_sheet(poses);

  const auto id = args.option("exercise");
  if (!id) {
    std::cerr << "limber-cli figure: --exercise ID is required (or --contact-sheet)\n";
    return kUsage;
  }
  const figure::PoseSet* set = poses.find(*id);
  if (!set) {
    std::cerr << "limber-cli figure: no poses for exercise '" << *id << "'\n";
    return kUsage;
  }
  figure::DrawOptions options;
  if (auto v = args.option("view")) {
    options.view = parse_view(*v);
    if (!options.view) {
      std::cerr << "limber-cli figure: --view must be side, front, back or top\n";
      return kUsage;
    }
  }
  if (auto a = args.option("aspect")) {
    auto aspect = parse_number(*a, 0.25, 4);
    if (!aspect) {
      std::cerr << "limber-cli figure: --aspect must be a number from 0.25 to 4\n";
      return kUsage;
    }
    options.aspect = *aspect;
  }
  const std::string default_pose = set->kind == figure::Motion::hold ? "hold" : "start";
  const std::string pose = args.option("pose").value_or(default_pose);
  if (!set->find(pose)) {
    std::cerr << "limber-cli figure: " << *id << " has no pose '" << pose << "'\n";
    return kUsage;
  }
  figure::Drawing drawing;
  std::string title = args.option("title").value_or(humanise(*id));
  if (auto p = args.option("phase")) {
    auto phase = parse_number(*p, 0, 1);
    if (!phase) {
      std::cerr << "limber-cli figure: --phase must be a number from 0 to 1\n";
      return kUsage;
    }
    if (set->find("start") && set->find("end"))
      drawing = figure::draw(*set, "start", "end", *phase, options);
    else
      drawing = figure::draw(*set, pose, options);
  } else {
    drawing = figure::draw(*set, pose, options);
  }
  std::cout << figure::to_svg(drawing, {title}) << "\n";
  return kOk;
}

}  // namespace limber::cli
