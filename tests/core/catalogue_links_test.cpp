// Property test for the easier/harder checks: on thousands of random link graphs the loader
// reports a loop exactly when one exists, and what it loads is always safe to follow.
#include <functional>
#include <random>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "limber/catalogue.h"

namespace limber {
namespace {

using nlohmann::json;

json exercise(const std::string& id) {
  return {{"id", id},
          {"name", "Exercise " + id},
          {"aliases", json::array()},
          {"summary", "One line."},
          {"category", "strength"},
          {"regions", {"glutes"}},
          {"position", "standing"},
          {"equipment", {"none"}},
          {"plane", "sagittal"},
          {"level", 1},
          {"dosage", {{"kind", "reps"}, {"reps", 10}, {"rep_seconds", 3}, {"sets", 2},
                      {"per_side", false}, {"rest_seconds", 30}}},
          {"steps", {"One.", "Two.", "Three."}},
          {"cues", {"Steady"}},
          {"feel", "Working."},
          {"stop_if", "Sharp pain."},
          {"precautions", json::array()},
          {"easier", json::array()},
          {"harder", json::array()},
          {"sources", {"test"}}};
}

// Independent oracle: Kahn's algorithm on "x is easier than y" edges.
bool has_loop(int n, const std::vector<std::pair<int, int>>& edges) {
  std::vector<int> in(n, 0);
  std::vector<std::vector<int>> out(n);
  for (auto [a, b] : edges) {
    out[a].push_back(b);
    ++in[b];
  }
  std::vector<int> ready;
  for (int i = 0; i < n; ++i)
    if (in[i] == 0) ready.push_back(i);
  int removed = 0;
  while (!ready.empty()) {
    const int u = ready.back();
    ready.pop_back();
    ++removed;
    for (int v : out[u])
      if (--in[v] == 0) ready.push_back(v);
  }
  return removed < n;
}

TEST(CatalogueLinks, ReportsALoopExactlyWhenThereIsOneAndLoadsOnlyASafeOrder) {
  std::mt19937 rng(7);
  constexpr int kExercises = 6;
  const auto id = [](int i) { return std::string("e") + std::to_string(i); };
  int with_loops = 0;
  for (int round = 0; round < 300; ++round) {
    std::vector<json> docs;
    for (int i = 0; i < kExercises; ++i) docs.push_back(exercise(id(i)));
    std::vector<std::pair<int, int>> edges;  // valid links only, as "a is easier than b"
    bool other_problems = false;
    for (int i = 0; i < kExercises; ++i) {
      for (const char* key : {"easier", "harder"}) {
        const int links = rng() % 3;
        for (int k = 0; k < links; ++k) {
          const int target = rng() % (kExercises + 1);  // kExercises: an id that does not exist
          docs[i][key].push_back(target == kExercises ? std::string("ghost") : id(target));
          if (target == kExercises || target == i) {
            other_problems = true;
          } else if (key[0] == 'e') {
            edges.push_back({target, i});
          } else {
            edges.push_back({i, target});
          }
        }
      }
    }
    Assets assets;
    for (const json& d : docs)
      assets["exercises/" + d["id"].get<std::string>() + ".json"] = d.dump();
    Problems problems;
    const Catalogue c = Catalogue::load(assets, problems);

    const bool loop = has_loop(kExercises, edges);
    with_loops += loop;
    bool loop_reported = false;
    for (const Problem& p : problems)
      loop_reported = loop_reported || p.message.find("loop back") != std::string::npos;
    ASSERT_EQ(loop_reported, loop) << to_string(problems);
    if (!loop && !other_problems) {
      // Repeated links are the only other thing that can go wrong here.
      for (const Problem& p : problems)
        EXPECT_NE(p.message.find("listed twice"), std::string::npos) << p.to_string();
    }

    // Whatever was loaded links only to loaded exercises, never to itself, without loops.
    std::map<std::string, int> index;
    for (const Exercise& e : c.all()) index.emplace(e.id, static_cast<int>(index.size()));
    std::vector<std::pair<int, int>> kept;
    for (const Exercise& e : c.all()) {
      for (const std::string& to : e.easier) {
        ASSERT_NE(c.find(to), nullptr);
        ASSERT_NE(to, e.id);
        kept.push_back({index[to], index[e.id]});
      }
      for (const std::string& to : e.harder) {
        ASSERT_NE(c.find(to), nullptr);
        ASSERT_NE(to, e.id);
        kept.push_back({index[e.id], index[to]});
      }
    }
    EXPECT_FALSE(has_loop(static_cast<int>(index.size()), kept));
  }
  EXPECT_GT(with_loops, 50);  // the generator really makes loops
  EXPECT_LT(with_loops, 250); // and graphs without them
}

}  // namespace
}  // namespace limber
