// limber/catalogue.h: every exercise the programme can use, loaded from
// assets/exercises/<id>.json, validated as a whole, and searched by the plan and the shells.
//
//   Problems problems;
//   const Catalogue cat = Catalogue::load(embedded_assets(), problems);
//   const Exercise* pigeon = cat.find("pigeon_stretch");          // nullptr if absent
//   CatalogueQuery q;
//   q.region = Region::piriformis;
//   q.exclude = {Movement::kneeling};                              // from screening
//   q.search = "thread the needle";                                // names and aliases
//   for (const Exercise* e : cat.query(q)) std::cout << to_json(*e).dump();
//   name(Region::hip_flexors) == "hip_flexors"; parse<Region>("glutes") == Region::glutes
//
// An entry with any problem is left out of the catalogue (and out of other entries'
// easier/harder lists), so every id a loaded Exercise names resolves with find().
#pragma once
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "limber/json.h"

#include "limber/assets.h"
#include "limber/problem.h"

namespace limber {

enum class Category { warm_up, mobility, stretch, strength, plyometric, aerobic };
enum class Region {
  lower_back, hip_flexors, glutes, piriformis, hamstrings,
  quadriceps, adductors, abductors, core, calves
};
enum class Position { standing, kneeling, supine, prone, side_lying, seated, quadruped };
enum class Equipment { none, band, chair, wall, mat, strap, bike };
enum class Plane { sagittal, frontal, transverse };
// Movements some people must avoid (VOCABULARY.md); screening maps precautions to these.
enum class Movement {
  hip_flexion_past_90, crosses_midline, hip_internal_rotation, hip_extension_with_turn_out,
  supine_long_hold, prone, spinal_flexion_loaded, high_impact, kneeling, hamstring_end_range
};
enum class DosageKind { hold, reps, timed, minutes };

// The JSON names of each vocabulary, in enum order: the spelling used in assets, the CLI,
// the web app and every other file format.
template <class E> const std::vector<std::string>& names();
template <> const std::vector<std::string>& names<Category>();
template <> const std::vector<std::string>& names<Region>();
template <> const std::vector<std::string>& names<Position>();
template <> const std::vector<std::string>& names<Equipment>();
template <> const std::vector<std::string>& names<Plane>();
template <> const std::vector<std::string>& names<Movement>();
template <> const std::vector<std::string>& names<DosageKind>();

template <class E>
const std::string& name(E value) {
  return names<E>()[static_cast<std::size_t>(value)];
}

template <class E>
std::optional<E> parse(std::string_view text) {
  const auto& all = names<E>();
  for (std::size_t i = 0; i < all.size(); ++i)
    if (all[i] == text) return static_cast<E>(i);
  return std::nullopt;
}

// The ranges the loader accepts; the plan keeps progressions inside them too.
namespace dosage_limits {
constexpr int kMinStretchHold = 20, kMinHold = 5, kMaxHold = 180;  // hold_seconds
constexpr int kMinReps = 1, kMaxReps = 50;
constexpr int kMinRepSeconds = 1, kMaxRepSeconds = 10;
constexpr int kMinWorkSeconds = 10, kMaxWorkSeconds = 300;          // timed
constexpr int kMinMinutes = 1, kMaxMinutes = 90;                    // aerobic
constexpr int kMinSets = 1, kMaxSets = 6;
constexpr int kMinRest = 0, kMaxRest = 180;
}  // namespace dosage_limits

// How much of an exercise to do. Only the fields of `kind` are meaningful (the others are 0):
// hold: hold_seconds; reps: reps and rep_seconds (the player's time for one rep);
// timed: work_seconds; minutes: minutes.
struct Dosage {
  DosageKind kind = DosageKind::reps;
  int hold_seconds = 0;
  int reps = 0;
  int rep_seconds = 0;
  int work_seconds = 0;
  int minutes = 0;
  int sets = 1;
  bool per_side = false;   // every set is done once on each side
  int rest_seconds = 0;    // between sets

  // One set on one side, in seconds.
  int set_seconds() const;
  // The whole exercise: every set on every side plus the rests between sets.
  int total_seconds() const;
};

struct Exercise {
  std::string id;
  std::string name;
  std::vector<std::string> aliases;
  std::string summary;
  Category category = Category::stretch;
  std::vector<Region> regions;
  Position position = Position::standing;
  std::vector<Equipment> equipment;  // {none} when nothing is needed
  Plane plane = Plane::sagittal;
  int level = 1;                     // 1 gentle ... 3 demanding
  Dosage dosage;
  std::vector<std::string> steps;    // in order; shells number them
  std::vector<std::string> cues;     // short enough to be spoken
  std::string feel;
  std::string stop_if;
  std::vector<Movement> precautions; // movements in it that some people must avoid
  std::vector<std::string> easier;   // exercise ids
  std::vector<std::string> harder;
  std::vector<std::string> sources;

  bool targets(Region r) const;
  bool uses(Equipment e) const;
  bool involves(Movement m) const;
};

// Every field is optional; an exercise must pass all the ones that are set.
struct CatalogueQuery {
  std::optional<Region> region;
  std::optional<Category> category;
  std::optional<Position> position;
  std::optional<Equipment> equipment;  // the exercise uses it (Equipment::none: needs nothing)
  std::optional<int> level;            // exactly this level
  std::optional<int> max_level;        // this level or gentler
  std::optional<Plane> plane;
  std::vector<Movement> exclude;       // drop exercises involving any of these
  // Words that must all start a word of the id, name or an alias; case and accents are
  // ignored ("Pígeon" finds pigeon_stretch, "thread needle" finds supine_figure_four).
  std::string search;
};

class Catalogue {
 public:
  // Reads every exercises/*.json in `assets` and checks each entry and the links between
  // them, appending every problem found to `problems`.
  static Catalogue load(const Assets& assets, Problems& problems);

  const Exercise* find(std::string_view id) const;
  // Ordered by category (warm_up first, aerobic last), then id.
  const std::vector<Exercise>& all() const { return exercises_; }
  // Matching exercises in all() order.
  std::vector<const Exercise*> query(const CatalogueQuery& q) const;

 private:
  std::vector<Exercise> exercises_;
  std::vector<std::string> search_text_;  // folded id, name and aliases, per exercise
  std::map<std::string, std::size_t, std::less<>> by_id_;
};

// The same shape as an asset file (loading the output gives back the same exercise).
Json to_json(const Exercise& exercise);
Json to_json(const Dosage& dosage);

// The dose in plain words, one wording for every shell: "2 sets of 15 repetitions, each
// side", "Hold for 30 seconds, 3 times", "10 minutes".
std::string dosage_text(const Dosage& dosage);
// "Rest 30 seconds between sets", or "" when there is no rest.
std::string dosage_rest_text(const Dosage& dosage);
// to_json(dosage) plus "text" and "rest_text" (when not empty): what the protocol sends.
Json dosage_view(const Dosage& dosage);

}  // namespace limber
