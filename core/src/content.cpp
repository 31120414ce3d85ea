#include "limber/content.h"

#include "limber/catalogue.h"
#include "limber/plan.h"
#include "limber/screening.h"

namespace limber {

Problems validate_content(const Assets& assets) {
  Problems problems;
  // One call per loader; each appends what it finds.
  const Catalogue catalogue = Catalogue::load(assets, problems);
  Screening::load(assets, problems);
  PlanRules::load(assets, catalogue, problems);
  return problems;
}

}  // namespace limber
