// Checks across exercise files: ids are unique, alternatives name real exercises, and the
// easier/harder links put exercises in an order that never loops back on itself.
#include <algorithm>
#include <map>

#include "catalogue_load.h"
#include "json_read.h"

namespace limber::catalogue_detail {
namespace {

// One "u is easier than v" link, and the entry and field that stated it.
struct Link {
  std::size_t to;
  std::size_t owner;
  std::string field;
};

enum class Mark { unseen, on_path, done };

// Walks the easier-than graph; a link back to an exercise still on the path closes a loop.
template <class Report>
struct LoopFinder {
  const std::vector<Entry>& entries;
  const std::vector<std::vector<Link>>& easier_than;
  const Report& report;
  std::vector<Mark> mark;
  std::vector<std::size_t> path;

  void visit(std::size_t u) {
    mark[u] = Mark::on_path;
    path.push_back(u);
    for (const Link& link : easier_than[u]) {
      if (mark[link.to] == Mark::unseen) {
        visit(link.to);
      } else if (mark[link.to] == Mark::on_path) {
        std::string loop;
        auto start = std::find(path.begin(), path.end(), link.to);
        for (auto it = start; it != path.end(); ++it) loop += entries[*it].exercise.id + " < ";
        loop += entries[link.to].exercise.id;
        report(link.owner, link.field,
               "makes the easier/harder order loop back on itself: " + loop +
                   " ('<' reads 'is easier than')");
      }
    }
    path.pop_back();
    mark[u] = Mark::done;
  }
};

}  // namespace

void check_links(std::vector<Entry>& entries, Problems& out) {
  const auto report = [&](std::size_t owner, const std::string& field, std::string message) {
    Entry& e = entries[owner];
    out.push_back({e.file, e.exercise.id, field, std::move(message)});
    e.clean = false;
  };

  // The catalogue's own map type (std::less<>), so the web core holds one copy of its code.
  std::map<std::string, std::size_t, std::less<>> index;  // id -> entry; the first file wins
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (!entries[i].has_id) continue;
    auto [it, inserted] = index.emplace(entries[i].exercise.id, i);
    if (!inserted)
      report(i, "id",
             json_read::quoted(it->first, " is already used by ", entries[it->second].file.c_str()));
  }

  // "A.easier lists B" says B is easier than A; "A.harder lists C" says A is easier than C.
  // Both kinds of link go into one graph so that any contradiction shows up as a loop.
  std::vector<std::vector<Link>> easier_than(entries.size());
  for (const auto& [id, i] : index) {
    const Exercise& e = entries[i].exercise;
    for (const char* key : {"easier", "harder"}) {
      const bool is_easier = key[0] == 'e';
      const auto& list = is_easier ? e.easier : e.harder;
      for (std::size_t k = 0; k < list.size(); ++k) {
        if (list[k] == id) continue;  // reported while reading the entry
        auto target = index.find(list[k]);
        if (target == index.end()) {
          report(i, list_item(key, k), json_read::quoted(list[k], " is not an exercise id"));
          continue;
        }
        const std::size_t j = target->second;
        if (is_easier)
          easier_than[j].push_back({i, i, list_item(key, k)});
        else
          easier_than[i].push_back({j, i, list_item(key, k)});
      }
    }
  }

  // Depth-first search; a link back to an exercise still on the path closes a loop.
  // A plain recursive function rather than a std::function lambda: smaller in the web core.
  LoopFinder<decltype(report)> finder{entries, easier_than, report,
                                      std::vector<Mark>(entries.size(), Mark::unseen), {}};
  for (const auto& [id, i] : index)
    if (finder.mark[i] == Mark::unseen) finder.visit(i);
}

}  // namespace limber::catalogue_detail
