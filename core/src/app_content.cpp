// Commands over the content: the exercise library and its pictures.
#include "app_commands.h"
#include "limber/figure_svg.h"

namespace limber {
namespace {

using json_read::Need;
using json = limber::Json;

// An optional vocabulary filter (an enum's values are its names' indexes); a bad value is
// recorded against the argument.
template <class E>
void vocabulary(json_read::Fields& args, const char* key, std::optional<E>* out) {
  const int i = args.choice_index(key, names<E>(), Need::optional);
  if (i >= 0) *out = static_cast<E>(i);
}

json summary_json(const Exercise& e) {
  json regions = json::array();
  for (Region r : e.regions) regions.push_back(name(r));
  json equipment = json::array();
  for (Equipment q : e.equipment) equipment.push_back(name(q));
  return {{"id", e.id},           {"name", e.name},
          {"summary", e.summary}, {"category", name(e.category)},
          {"position", name(e.position)}, {"plane", name(e.plane)},
          {"level", e.level},     {"regions", std::move(regions)},
          {"equipment", std::move(equipment)}, {"dosage", dosage_view(e.dosage)}};
}

// The picture of one exercise: a key pose, or between start and end at `phase`.
std::string figure_svg(const AppState& state, const Exercise& e, const std::string& pose,
                       std::optional<double> phase, double aspect) {
  const figure::PoseSet* set = state.poses.find(e.id);
  if (!set) return "";
  figure::DrawOptions options;
  options.aspect = aspect;
  // One-off drawings (figure::draw) work on the loaded set; a Figure would copy it.
  figure::Drawing drawing;
  if (phase) drawing = figure::draw(*set, "start", "end", *phase, options);
  else if (!pose.empty()) drawing = figure::draw(*set, pose, options);
  else drawing = figure::draw(*set, set->find("hold") ? "hold" : "end", options);
  return figure::to_svg(drawing, {e.name + ": " + e.summary});
}

bool catalogue_query(AppState& state, json_read::Fields& args, json* result, CommandError*) {
  CatalogueQuery q;
  // Every filter is read (so every bad one is reported), then all must have been good.
  vocabulary(args, "region", &q.region);
  vocabulary(args, "category", &q.category);
  vocabulary(args, "position", &q.position);
  vocabulary(args, "equipment", &q.equipment);
  vocabulary(args, "plane", &q.plane);
  int level = 0;
  if (args.read_int("level", 1, 3, level, Need::optional)) q.level = level;
  if (args.read_int("max_level", 1, 3, level, Need::optional)) q.max_level = level;
  std::vector<std::string> tags;
  if (args.read_list("exclude", names<Movement>(), tags, Need::optional))
    for (const auto& t : tags) q.exclude.push_back(*parse<Movement>(t));
  args.read_text("search", q.search, Need::optional);
  if (!args.all_accepted()) return false;  // the problem is already recorded against the argument
  json list = json::array();
  for (const Exercise* e : state.catalogue.query(q)) list.push_back(summary_json(*e));
  *result = {{"exercises", std::move(list)}};
  return true;
}

bool exercise_get(AppState& state, json_read::Fields& args, json* result, CommandError* error) {
  const std::string* id = args.string_at("id");
  if (!id) return false;
  const Exercise* e = state.catalogue.find(*id);
  if (!e) return not_found(error, "exercise", *id);
  json out = to_json(*e);
  out["dosage"] = dosage_view(e->dosage);
  // Names of the alternatives, so a shell can offer them without another request each.
  for (const char* key : {"easier", "harder"}) {
    json named = json::array();
    for (const std::string& alt : key[0] == 'e' ? e->easier : e->harder)
      if (const Exercise* a = state.catalogue.find(alt)) named.push_back({{"id", a->id}, {"name", a->name}});
    out[std::string(key) + "_exercises"] = std::move(named);
  }
  out["figure_svg"] = figure_svg(state, *e, "", std::nullopt, 1.25);
  *result = std::move(out);
  return true;
}

bool figure_command(AppState& state, json_read::Fields& args, json* result, CommandError* error) {
  const std::string* id = args.string_at("id");
  std::string pose;  // "" when not asked for
  args.read_choice("pose", {"start", "end", "hold"}, pose, Need::optional);
  std::optional<double> phase;
  double value = 0, aspect = 1.25;
  if (args.read_number("phase", 0, 1, value, Need::optional)) phase = value;
  args.read_number("aspect", 0.5, 3, aspect, Need::optional);
  if (!id) return false;
  const Exercise* e = state.catalogue.find(*id);
  if (!e) return not_found(error, "exercise", *id);
  const figure::PoseSet* set = state.poses.find(e->id);
  if (!pose.empty() && set && !set->find(pose))
    return fail(error, "not_found", e->name + " has no \"" + pose + "\" pose");
  *result = {{"svg", figure_svg(state, *e, pose, phase, aspect)}};
  return true;
}

#ifndef LIMBER_NO_FIGURE_SHAPES
// The same picture as flat primitives in a 0..1 box (figure.h's Drawing), for shells that
// paint with their own 2D API (the desktop's ImDrawList) instead of SVG. The web core leaves
// it out (LIMBER_FIGURE_SHAPES in CMakeLists.txt): its shell draws the SVG.
json shapes_json(const figure::Drawing& drawing, const figure::PoseSet& set) {
  json items = json::array();
  for (const figure::Primitive& p : drawing.items) {
    json points = json::array();
    for (const figure::Point& pt : p.points) points.push_back(json::array({pt.x, pt.y}));
    const char* shape = p.shape == figure::Primitive::Shape::capsule  ? "capsule"
                        : p.shape == figure::Primitive::Shape::circle ? "circle"
                                                                       : "polygon";
    items.push_back({{"shape", shape},
                     {"layer", figure::layer_name(p.layer)},
                     {"part", p.part},
                     {"points", std::move(points)},
                     {"size", p.size}});
  }
  json poses = json::array();
  for (const auto& [name, pose] : set.poses) poses.push_back(name);
  return {{"aspect", drawing.aspect}, {"poses", std::move(poses)}, {"items", std::move(items)}};
}

bool shapes_command(AppState& state, json_read::Fields& args, json* result, CommandError* error) {
  const std::string* id = args.string_at("id");
  const std::vector<std::string> names = {"start", "end", "hold"};
  std::string pose, from, to;  // "" when not asked for
  args.read_choice("pose", names, pose, Need::optional);
  args.read_choice("from", names, from, Need::optional);
  args.read_choice("to", names, to, Need::optional);
  double phase = 0;
  const bool has_phase = args.read_number("phase", 0, 1, phase, Need::optional);
  figure::DrawOptions options;
  options.aspect = 1.25;
  args.read_number("aspect", 0.5, 3, options.aspect, Need::optional);
  if (!id) return false;
  const Exercise* e = state.catalogue.find(*id);
  if (!e) return not_found(error, "exercise", *id);
  const figure::PoseSet* set = state.poses.find(e->id);
  if (!set) return fail(error, "not_found", e->name + " has no picture");
  for (const std::string* named : {&pose, &from, &to})
    if (!named->empty() && !set->find(*named))
      return fail(error, "not_found", e->name + " has no \"" + *named + "\" pose");
  // One draw call (a single pose is drawn from it to itself): no Drawing assignments.
  std::string_view a, b;
  double t = 0;
  if (!from.empty() || !to.empty()) {
    a = from.empty() ? "start" : std::string_view(from);
    b = to.empty() ? "end" : std::string_view(to);
    t = phase;
  } else if (has_phase) {
    a = "start";
    b = "end";
    t = phase;
  } else {
    a = b = !pose.empty() ? std::string_view(pose) : set->find("hold") ? "hold" : "end";
  }
  *result = shapes_json(figure::draw(*set, a, b, t, options), *set);
  return true;
}
#endif

bool vocabulary_command(AppState& state, json_read::Fields&, json* result, CommandError*) {
  *result = {{"category", names<Category>()},   {"region", names<Region>()},
             {"position", names<Position>()},   {"equipment", names<Equipment>()},
             {"plane", names<Plane>()},         {"movement", names<Movement>()},
             {"labels", to_json(state.labels)}};
  return true;
}

}  // namespace

template <bool S>
CommandList content_commands() {
  static constexpr CommandSpec kCommands[] = {
      {"catalogue.query", catalogue_query,
       summary<S>("Exercises matching optional filters: region, category, position, equipment, "
                  "level, max_level, plane, exclude (movement tags), search (words; case and "
                  "accents ignored).")},
      {"catalogue.vocabulary", vocabulary_command,
       summary<S>("The allowed values of every catalogue filter, for building filter menus, and "
                  "labels: each value (and level 1-3) in everyday words.")},
      {"exercise.get", exercise_get,
       summary<S>("One exercise in full (steps, cues, dosage, alternatives) with its picture as "
                  "SVG.")},
      {"figure.svg", figure_command,
       summary<S>("An exercise's picture as SVG: a key pose (start, end, hold) or between start "
                  "and end at phase 0..1; aspect is width/height.")},
#ifndef LIMBER_NO_FIGURE_SHAPES
      {"figure.shapes", shapes_command,
       summary<S>("The same picture as drawing primitives (capsules, circles, polygons in a "
                  "0..1 box, back to front) for shells that paint them: pose, or from/to/phase "
                  "(session.view's figure_frame); also lists the exercise's key poses.")},
#endif
  };
  return {kCommands, std::end(kCommands)};
}

template CommandList content_commands<false>();
template CommandList content_commands<true>();

}  // namespace limber
