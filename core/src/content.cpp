#include "limber/content.h"

#include "limber/catalogue.h"
#include "limber/checklist.h"
#include "limber/education.h"
#include "limber/figure.h"
#include "limber/labels.h"
#include "limber/plan.h"
#include "limber/screening.h"

namespace limber {

Problems validate_content(const Assets& assets) {
  Problems problems;
  // One call per loader; each appends what it finds.
  const Catalogue catalogue = Catalogue::load(assets, problems);
  const auto screening = Screening::load(assets, problems);
  PlanRules::load(assets, catalogue, problems);
  const auto tags = load_education_tags(assets, screening ? &*screening : nullptr, problems);
  load_education(assets, tags, problems);
  load_checklist(assets, problems);
  load_labels(assets, problems);
  // Every exercise needs its picture, with the key poses its dosage moves through.
  const figure::Poses poses = figure::Poses::load(assets, problems);
  std::vector<figure::PoseNeed> needs;
  for (const Exercise& e : catalogue.all())
    needs.push_back({e.id, figure::motion_for_dosage(name(e.dosage.kind))});
  const Problems missing = figure::check_coverage(poses, needs);
  problems.insert(problems.end(), missing.begin(), missing.end());
  return problems;
}

}  // namespace limber
