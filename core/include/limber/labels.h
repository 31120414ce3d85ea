// limber/labels.h: the catalogue's vocabulary in everyday words (assets/labels.json), so
// every shell says "Front of the hip" for hip_flexors and none keeps its own list.
//
//   Problems problems;
//   const Labels labels = load_labels(assets, problems);
//   labels.of("position", "supine")  -> "Lying on your back"
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "limber/assets.h"
#include "limber/json.h"
#include "limber/problem.h"

namespace limber {

struct Labels {
  // Per vocabulary (region, category, position, equipment, plane, level; the plan's day_kind;
  // pain_trend and activity_trend sentences; the session's step and side), each value and its
  // label in vocabulary order.
  std::vector<std::pair<std::string, std::vector<std::pair<std::string, std::string>>>> lists;

  // The label, or "" when the vocabulary or value is unknown.
  const std::string& of(const std::string& vocabulary, const std::string& value) const;
};

inline const char* labels_path() { return "labels.json"; }

// Reads labels.json: every value of every vocabulary needs exactly one label (1-40 bytes);
// a missing, extra or empty one is a problem naming the vocabulary and value.
Labels load_labels(const Assets& assets, Problems& problems);

// {"region": {"lower_back": "Lower back", ...}, ...}
Json to_json(const Labels& labels);

}  // namespace limber
