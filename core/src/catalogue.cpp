#include "limber/catalogue.h"

#include <algorithm>

#include "limber/json.h"

#include "content_text.h"
#include "text_fold.h"

namespace limber {

// These lists are the vocabulary contract (VOCABULARY.md); their order is the enum order.
template <> const std::vector<std::string>& names<Category>() {
  static const std::vector<std::string> n = content_text::string_list(
      {"warm_up", "mobility", "stretch", "strength", "plyometric", "aerobic"});
  return n;
}
template <> const std::vector<std::string>& names<Region>() {
  static const std::vector<std::string> n =
      content_text::string_list({"lower_back", "hip_flexors", "glutes", "piriformis", "hamstrings",
                                 "quadriceps", "adductors", "abductors", "core", "calves"});
  return n;
}
template <> const std::vector<std::string>& names<Position>() {
  static const std::vector<std::string> n = content_text::string_list(
      {"standing", "kneeling", "supine", "prone", "side_lying", "seated", "quadruped"});
  return n;
}
template <> const std::vector<std::string>& names<Equipment>() {
  static const std::vector<std::string> n =
      content_text::string_list({"none", "band", "chair", "wall", "mat", "strap", "bike"});
  return n;
}
template <> const std::vector<std::string>& names<Plane>() {
  static const std::vector<std::string> n =
      content_text::string_list({"sagittal", "frontal", "transverse"});
  return n;
}
template <> const std::vector<std::string>& names<Movement>() {
  static const std::vector<std::string> n = content_text::string_list(
      {"hip_flexion_past_90", "crosses_midline", "hip_internal_rotation",
       "hip_extension_with_turn_out", "supine_long_hold", "prone", "spinal_flexion_loaded",
       "high_impact", "kneeling", "hamstring_end_range"});
  return n;
}
template <> const std::vector<std::string>& names<DosageKind>() {
  static const std::vector<std::string> n =
      content_text::string_list({"hold", "reps", "timed", "minutes"});
  return n;
}

int Dosage::set_seconds() const {
  switch (kind) {
    case DosageKind::hold: return hold_seconds;
    case DosageKind::reps: return reps * rep_seconds;
    case DosageKind::timed: return work_seconds;
    case DosageKind::minutes: return minutes * 60;
  }
  return 0;
}

int Dosage::total_seconds() const {
  const int sides = per_side ? 2 : 1;
  return sets * sides * set_seconds() + std::max(0, sets - 1) * rest_seconds;
}

namespace {
template <class T>
bool contains(const std::vector<T>& items, const T& item) {
  return std::find(items.begin(), items.end(), item) != items.end();
}
}  // namespace

bool Exercise::targets(Region r) const { return contains(regions, r); }
bool Exercise::uses(Equipment e) const { return contains(equipment, e); }
bool Exercise::involves(Movement m) const { return contains(precautions, m); }

const Exercise* Catalogue::find(std::string_view id) const {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? nullptr : &exercises_[it->second];
}

std::vector<const Exercise*> Catalogue::query(const CatalogueQuery& q) const {
  // Each query word must begin a word of the exercise's text; search_text_ holds those
  // words with a space before each, so " " + word is a prefix test.
  std::vector<std::string> needles;
  for (auto& w : text::words(q.search)) needles.push_back(" " + w);

  std::vector<const Exercise*> out;
  for (std::size_t i = 0; i < exercises_.size(); ++i) {
    const Exercise& e = exercises_[i];
    if (q.region && !e.targets(*q.region)) continue;
    if (q.category && e.category != *q.category) continue;
    if (q.position && e.position != *q.position) continue;
    if (q.equipment && !e.uses(*q.equipment)) continue;
    if (q.level && e.level != *q.level) continue;
    if (q.max_level && e.level > *q.max_level) continue;
    if (q.plane && e.plane != *q.plane) continue;
    if (std::any_of(q.exclude.begin(), q.exclude.end(),
                    [&](Movement m) { return e.involves(m); }))
      continue;
    const std::string& text = search_text_[i];
    if (!std::all_of(needles.begin(), needles.end(), [&](const std::string& n) {
          return text.find(n) != std::string::npos;
        }))
      continue;
    out.push_back(&e);
  }
  return out;
}

namespace {
template <class E>
Json name_list(const std::vector<E>& values) {
  Json out = Json::array();
  for (E v : values) out.push_back(name(v));
  return out;
}
}  // namespace

Json to_json(const Dosage& d) {
  Json j = {{"kind", name(d.kind)}};
  switch (d.kind) {
    case DosageKind::hold: j["hold_seconds"] = d.hold_seconds; break;
    case DosageKind::reps:
      j["reps"] = d.reps;
      j["rep_seconds"] = d.rep_seconds;
      break;
    case DosageKind::timed: j["work_seconds"] = d.work_seconds; break;
    case DosageKind::minutes: j["minutes"] = d.minutes; break;
  }
  j["sets"] = d.sets;
  j["per_side"] = d.per_side;
  j["rest_seconds"] = d.rest_seconds;
  return j;
}

Json to_json(const Exercise& e) {
  return {{"id", e.id},
          {"name", e.name},
          {"aliases", e.aliases},
          {"summary", e.summary},
          {"category", name(e.category)},
          {"regions", name_list(e.regions)},
          {"position", name(e.position)},
          {"equipment", name_list(e.equipment)},
          {"plane", name(e.plane)},
          {"level", e.level},
          {"dosage", to_json(e.dosage)},
          {"steps", e.steps},
          {"cues", e.cues},
          {"feel", e.feel},
          {"stop_if", e.stop_if},
          {"precautions", name_list(e.precautions)},
          {"easier", e.easier},
          {"harder", e.harder},
          {"sources", e.sources}};
}

}  // namespace limber
