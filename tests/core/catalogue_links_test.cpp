// Property tests for the easier/harder checks: on thousands of random link graphs a loop is
// reported exactly when one exists, and what the loader keeps is always safe to follow.
#include <map>
#include <random>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "catalogue_load.h"
#include "limber/catalogue.h"

namespace limber {
namespace {

using json = limber::Json;

json exercise(const std::string& id) {
  return {{"id", id},
          {"name", "Exercise " + id},
          {"aliases", json::array()},
          {"summary", "One line."},
          {"category", "strength"},
          {"regions", json::array({"glutes"})},
          {"position", "standing"},
          {"equipment", json::array({"none"})},
          {"plane", "sagittal"},
          {"level", 1},
          {"dosage", {{"kind", "reps"}, {"reps", 10}, {"rep_seconds", 3}, {"sets", 2},
                      {"per_side", false}, {"rest_seconds", 30}}},
          {"steps", json::array({"One.", "Two.", "Three."})},
          {"cues", json::array({"Steady"})},
          {"feel", "Working."},
          {"stop_if", "Sharp pain."},
          {"precautions", json::array()},
          {"easier", json::array()},
          {"harder", json::array()},
          {"sources", json::array({"test"})}};
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

// A random set of exercises e0..e5 with random easier/harder lists: sometimes the exercise
// itself, sometimes "ghost" (no such exercise), sometimes repeats.
struct RandomLinks {
  static constexpr int kExercises = 6;
  std::vector<std::vector<std::string>> easier, harder;
  std::vector<std::pair<int, int>> edges;  // the valid links, as "a is easier than b"

  static std::string id(int i) { return "e" + std::to_string(i); }

  explicit RandomLinks(std::mt19937& rng) : easier(kExercises), harder(kExercises) {
    for (int i = 0; i < kExercises; ++i) {
      for (auto* lists : {&easier, &harder}) {
        const int links = rng() % 3;
        for (int k = 0; k < links; ++k) {
          const int target = rng() % (kExercises + 1);
          (*lists)[i].push_back(target == kExercises ? "ghost" : id(target));
          if (target == kExercises || target == i) continue;
          edges.push_back(lists == &easier ? std::make_pair(target, i) : std::make_pair(i, target));
        }
      }
    }
  }
};

bool reports_loop(const Problems& problems) {
  for (const Problem& p : problems)
    if (p.message.find("loop back") != std::string::npos) return true;
  return false;
}

TEST(CatalogueLinks, ReportALoopExactlyWhenThereIsOne) {
  std::mt19937 rng(7);
  int with_loops = 0;
  for (int round = 0; round < 1500; ++round) {
    const RandomLinks links(rng);
    std::vector<catalogue_detail::Entry> entries(RandomLinks::kExercises);
    for (int i = 0; i < RandomLinks::kExercises; ++i) {
      entries[i].file = "exercises/" + RandomLinks::id(i) + ".json";
      entries[i].exercise.id = RandomLinks::id(i);
      entries[i].exercise.easier = links.easier[i];
      entries[i].exercise.harder = links.harder[i];
      entries[i].has_id = true;
    }
    Problems problems;
    catalogue_detail::check_links(entries, problems);
    const bool loop = has_loop(RandomLinks::kExercises, links.edges);
    with_loops += loop;
    ASSERT_EQ(reports_loop(problems), loop) << to_string(problems);

    // Leaving out every entry a problem names (as load does) leaves no loop behind.
    std::vector<std::pair<int, int>> kept;
    for (auto [a, b] : links.edges)
      if (entries[a].clean && entries[b].clean) kept.push_back({a, b});
    ASSERT_FALSE(has_loop(RandomLinks::kExercises, kept));
    for (const Problem& p : problems) EXPECT_FALSE(entries[p.entry[1] - '0'].clean);
  }
  EXPECT_GT(with_loops, 150);   // the generator really makes loops
  EXPECT_LT(with_loops, 1350);  // and graphs without them
}

TEST(CatalogueLinks, WhatLoadKeepsIsSafeToFollow) {
  std::mt19937 rng(11);
  for (int round = 0; round < 40; ++round) {
    const RandomLinks links(rng);
    Assets assets;
    for (int i = 0; i < RandomLinks::kExercises; ++i) {
      json doc = exercise(RandomLinks::id(i));
      doc["easier"] = links.easier[i];
      doc["harder"] = links.harder[i];
      assets["exercises/" + RandomLinks::id(i) + ".json"] = doc.dump();
    }
    Problems problems;
    const Catalogue c = Catalogue::load(assets, problems);
    EXPECT_EQ(reports_loop(problems), has_loop(RandomLinks::kExercises, links.edges));

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
}

}  // namespace
}  // namespace limber
