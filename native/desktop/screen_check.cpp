// The check screen: the red-flag questions come first in Limber. Placeholder until the
// core's screening commands arrive; the safety note stands even now.
#include <memory>

#include "screens.h"
#include "widgets.h"

namespace limber::desktop {
namespace {

class CheckScreen final : public Screen {
 public:
  void draw(Ui& ui) override {
    heading(ui, "Check for warning signs");
    lead(ui,
         "Before you start, Limber asks a few yes-or-no questions. They look for signs that "
         "mean a doctor should see you before you exercise.");
    paragraph(
        "If you feel very unwell right now, do not wait for an app: call your local "
        "emergency number.");
    gap(ui, 12);
    not_ready(ui,
              "This screen is still being built. The questions will appear here. Until the "
              "check is done, Limber will not suggest exercises.");
  }
};

}  // namespace

std::unique_ptr<Screen> make_check_screen() { return std::make_unique<CheckScreen>(); }

}  // namespace limber::desktop
