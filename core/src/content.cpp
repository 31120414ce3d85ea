#include "limber/content.h"

#include "limber/catalogue.h"

namespace limber {

Problems validate_content(const Assets& assets) {
  Problems problems;
  // One call per loader; each appends what it finds.
  Catalogue::load(assets, problems);
  return problems;
}

}  // namespace limber
