// The today screen: placeholder until the core can plan a session; it says what will be
// here and nothing more.
#include <memory>

#include "screens.h"
#include "widgets.h"

namespace limber::desktop {
namespace {

class TodayScreen final : public Screen {
 public:
  void draw(Ui& ui) override {
    heading(ui, "Today");
    lead(ui,
         "Your session for today will be here: a short warm-up first, then your exercises, with a "
         "timer that guides you through each one.");
    paragraph(
        "Before and after, you will note how your pain feels, so the next sessions can go easier "
        "or harder.");
    gap(ui, 12);
    not_ready(ui,
              "This screen is still being built. A later version will plan your sessions here.");
  }
};

}  // namespace

std::unique_ptr<Screen> make_today_screen() { return std::make_unique<TodayScreen>(); }

}  // namespace limber::desktop
