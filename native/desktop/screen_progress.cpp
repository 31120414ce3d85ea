// The progress screen: placeholder until the core's journal and stats commands arrive.
#include <memory>

#include "screens.h"
#include "widgets.h"

namespace limber::desktop {
namespace {

class ProgressScreen final : public Screen {
 public:
  void draw(Ui& ui) override {
    heading(ui, "Your progress");
    lead(ui,
         "Here you will see how many days in a row you exercised, your minutes each week, and how "
         "your pain changed over time.");
    paragraph("Everything will come from your own journal, kept on this computer.");
    gap(ui, 12);
    not_ready(ui,
              "This screen is still being built. A later version will show your progress here.");
  }
};

}  // namespace

std::unique_ptr<Screen> make_progress_screen() { return std::make_unique<ProgressScreen>(); }

}  // namespace limber::desktop
