// Reading and checking one exercise file, and Catalogue::load, which runs every check.
#include "catalogue_load.h"

#include <algorithm>
#include <set>

#include "content_text.h"
#include "json_read.h"
#include "number_text.h"
#include "text_fold.h"
#include "sort_by.h"

namespace limber {
namespace catalogue_detail {
namespace {

using json_read::Fields;
using json_read::json;
namespace limits = dosage_limits;

const std::string kFolder = "exercises/";

// Limits that keep text fitting a phone screen, and cues short enough to speak.
constexpr std::size_t kMaxName = 60, kMaxSummary = 140, kMaxSentence = 220, kMaxSource = 80;
constexpr std::size_t kMaxCue = 40;
constexpr std::size_t kMinSteps = 3, kMaxSteps = 6, kMaxCues = 6, kMaxCueWords = 6;
static_assert(kMaxCueWords == 6, "the cue-length message names the limit");

using content_text::in_quotes;
using content_text::line;
using content_text::lines;
using content_text::no_repeats;

// Where `s` is in `list` (text_list() checked that it is): one loop for every vocabulary
// instead of a parse<E> per enum.
std::size_t index_in(const std::vector<std::string>& list, const std::string& s) {
  return static_cast<std::size_t>(std::find(list.begin(), list.end(), s) - list.begin());
}

// The value of an enum that `key` names, stored into `out`; true when stored.
template <class E>
bool one_of(Fields& f, const char* key, E& out) {
  const int i = f.choice_index(key, names<E>());
  if (i >= 0) out = static_cast<E>(i);
  return i >= 0;
}

// some_of's checks, one body for every enum: the names listed into `list`, or false once
// recorded why not.
bool some_of_names(Fields& f, const char* key, const std::vector<std::string>& names,
                   bool may_be_empty, std::vector<std::string>& list) {
  if (!f.read_list(key, names, list)) return false;
  if (list.empty() && !may_be_empty) {
    f.error(key, "must list at least one of: " + content_text::join(names));
    return false;
  }
  return no_repeats(f, key, list);
}

// The values of an enum that `key` lists, stored into `out` (left empty when wrong).
template <class E>
bool some_of(Fields& f, const char* key, bool may_be_empty, std::vector<E>& out) {
  std::vector<std::string> list;
  if (!some_of_names(f, key, names<E>(), may_be_empty, list)) return false;
  for (const auto& s : list) out.push_back(static_cast<E>(index_in(names<E>(), s)));
  return true;
}

// The dosage into `out` (in part when wrong); true when all of it is right.
bool read_dosage(Fields& f, const Category* category, Dosage& out) {
  const json* object = f.object("dosage");
  if (!object) return false;
  Fields d = f.nested(*object, "dosage");
  DosageKind kind_value = DosageKind::reps;
  const DosageKind* kind = one_of(d, "kind", kind_value) ? &kind_value : nullptr;
  bool ok = kind != nullptr;
  if (kind) out.kind = *kind;

  struct KindField {
    const char* key;
    DosageKind kind;
    int min, max;
    int Dosage::*member;
  };
  // A hold under 20 s does too little for a stretch to count (seed: 30 s or more).
  const int min_hold = category && *category == Category::stretch ? limits::kMinStretchHold
                                                                     : limits::kMinHold;
  const KindField kind_fields[] = {
      {"hold_seconds", DosageKind::hold, min_hold, limits::kMaxHold, &Dosage::hold_seconds},
      {"reps", DosageKind::reps, limits::kMinReps, limits::kMaxReps, &Dosage::reps},
      {"rep_seconds", DosageKind::reps, limits::kMinRepSeconds, limits::kMaxRepSeconds,
       &Dosage::rep_seconds},
      {"work_seconds", DosageKind::timed, limits::kMinWorkSeconds, limits::kMaxWorkSeconds,
       &Dosage::work_seconds},
      {"minutes", DosageKind::minutes, limits::kMinMinutes, limits::kMaxMinutes,
       &Dosage::minutes},
  };
  for (const KindField& k : kind_fields) {
    if (kind && k.kind == *kind) {
      ok = d.read_int(k.key, k.min, k.max, out.*k.member) && ok;
    } else if (d.any(k.key, json_read::Need::optional)) {
      // With an unknown kind the kind itself is the problem worth reporting.
      if (kind)
        d.error(k.key, std::string("does not belong to kind ")
                           .append(json_read::quoted(name(*kind), " (it is for "))
                           .append(json_read::quoted(name(k.kind), ")")));
      ok = false;
    }
  }
  const bool sets = d.read_int("sets", limits::kMinSets, limits::kMaxSets, out.sets);
  const bool per_side = d.read_bool("per_side", out.per_side);
  const bool rest = d.read_int("rest_seconds", limits::kMinRest, limits::kMaxRest, out.rest_seconds);
  ok = ok && sets && per_side && rest;
  d.reject_unknown();

  if (category && kind) {
    if (*category == Category::stretch && *kind != DosageKind::hold) {
      d.error("kind", "a stretch is dosed as 'hold', not " + in_quotes(name(*kind)));
      ok = false;
    }
    if ((*category == Category::aerobic) != (*kind == DosageKind::minutes)) {
      d.error("kind", *category == Category::aerobic
                          ? "an aerobic exercise is dosed in 'minutes', not " + in_quotes(name(*kind))
                          : std::string("'minutes' is only for aerobic exercises"));
      ok = false;
    }
  }
  return ok;
}

// Alternatives may be empty; each must be another exercise (existence is checked later).
void alternatives(Fields& f, const char* key, const std::string& own_id,
                  std::vector<std::string>& list) {
  if (!f.read_list(key, list)) return;
  no_repeats(f, key, list);
  for (std::size_t i = 0; i < list.size(); ++i)
    if (!own_id.empty() && list[i] == own_id)
      f.error(list_item(key, i), "lists the exercise itself as an alternative");
}

// Positions and kinds of exercise that always involve a movement tag: leaving the tag out
// would let the exercise through a screening precaution that should have removed it.
void check_required_tags(Fields& f, const Exercise& e) {
  const auto need = [&](Movement m, const char* why) {
    if (!e.involves(m))
      f.error("precautions",
              std::string("must list ").append(json_read::quoted(name(m), " (", why)).append(")"));
  };
  if (e.position == Position::prone) need(Movement::prone, "it is done lying face down");
  if (e.position == Position::kneeling || e.position == Position::quadruped)
    need(Movement::kneeling, "it puts weight on the knees");
  // Any supine exercise can grow into a long spell on the back as the plan progresses it.
  if (e.position == Position::supine)
    need(Movement::supine_long_hold, "it is done lying on your back");
  if (e.category == Category::plyometric) need(Movement::high_impact, "it is plyometric");
}

}  // namespace

std::string list_item(const char* key, std::size_t index) {
  return json_read::item_path(key, index);
}

Entry read_entry(const std::string& file, const json& doc, Problems& out) {
  Entry entry;
  entry.file = file;
  const std::string expected_id = content_text::id_from_path(file, kFolder);
  // Problems name the entry by the id it claims, so they read the way the file does.
  const std::size_t problems_before = out.size();
  Fields f(doc, file, content_text::member_or(doc, "id", expected_id), out);
  Exercise& e = entry.exercise;

  // Only a well-formed id is kept: the links check looks exercises up by it.
  entry.has_id = content_text::file_id(f, expected_id, e.id);
  if (!entry.has_id) e.id.clear();
  line(f, "name", kMaxName, e.name);
  lines(f, "aliases", 0, 8, kMaxName, e.aliases);
  line(f, "summary", kMaxSummary, e.summary);
  // Straight into the exercise: an entry with a problem is never kept, and the links
  // check reads only its id and alternatives.
  const bool category = one_of(f, "category", e.category);
  some_of(f, "regions", false, e.regions);
  const bool position = one_of(f, "position", e.position);
  const bool equipment = some_of(f, "equipment", false, e.equipment);
  one_of(f, "plane", e.plane);
  const bool level = f.read_int("level", 1, 3, e.level);
  read_dosage(f, category ? &e.category : nullptr, e.dosage);
  lines(f, "steps", kMinSteps, kMaxSteps, kMaxSentence, e.steps);
  if (lines(f, "cues", 1, kMaxCues, kMaxCue, e.cues)) {
    for (std::size_t i = 0; i < e.cues.size(); ++i) {
      const std::size_t n = text::words(e.cues[i]).size();
      if (n > kMaxCueWords)
        f.error(list_item("cues", i),
                with_number("must be at most 6 words (cues are spoken), not ", n, ""));
    }
  }
  line(f, "feel", kMaxSentence, e.feel);
  line(f, "stop_if", kMaxSentence, e.stop_if);
  const bool precautions = some_of(f, "precautions", true, e.precautions);
  alternatives(f, "easier", e.id, e.easier);
  alternatives(f, "harder", e.id, e.harder);
  lines(f, "sources", 1, 6, kMaxSource, e.sources);
  f.reject_unknown();

  if (equipment && e.equipment.size() > 1 && e.uses(Equipment::none))
    f.error("equipment", "'none' cannot be listed with other equipment");
  if (category && e.category == Category::plyometric && level && e.level != 3)
    f.error("level", with_number("plyometric exercises are level 3, not ",
                                 static_cast<std::size_t>(e.level), ""));
  if (category && position && precautions) check_required_tags(f, e);

  entry.clean = out.size() == problems_before;
  return entry;
}

}  // namespace catalogue_detail

Catalogue Catalogue::load(const Assets& assets, Problems& problems) {
  using namespace catalogue_detail;
  std::vector<Entry> entries;
  const auto paths = asset_paths(assets, "exercises/");
  if (paths.empty()) problems.push_back({"exercises/", "", "", "no exercise files found"});
  for (const std::string& path : paths) {
    auto doc = json_read::parse(assets.find(path)->second, path, problems);
    if (doc) entries.push_back(read_entry(path, *doc, problems));
  }
  check_links(entries, problems);

  Catalogue c;
  std::set<std::string> kept;
  for (Entry& entry : entries)
    if (entry.clean) kept.insert(entry.exercise.id);
  for (Entry& entry : entries) {
    if (!entry.clean) continue;
    Exercise& e = entry.exercise;
    // An alternative that was left out cannot be offered.
    for (auto* list : {&e.easier, &e.harder})
      list->erase(std::remove_if(list->begin(), list->end(),
                                 [&](const std::string& id) { return !kept.count(id); }),
                  list->end());
    c.exercises_.push_back(std::move(e));
  }
  sort_by(c.exercises_, [](const Exercise& a, const Exercise& b) {
    return a.category != b.category ? a.category < b.category : a.id < b.id;
  });
  for (std::size_t i = 0; i < c.exercises_.size(); ++i) {
    const Exercise& e = c.exercises_[i];
    c.by_id_.emplace(e.id, i);
    std::string text;
    const auto add = [&](const std::string& source) {
      for (const auto& w : text::words(source)) text.append(1, ' ').append(w);
    };
    add(e.id);
    add(e.name);
    for (const std::string& alias : e.aliases) add(alias);
    c.search_text_.push_back(std::move(text));
  }
  return c;
}

}  // namespace limber
