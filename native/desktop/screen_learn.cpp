// The learn screen: placeholder until the core serves the education cards.
#include <memory>

#include "screens.h"
#include "widgets.h"

namespace limber::desktop {
namespace {

class LearnScreen final : public Screen {
 public:
  void draw(Ui& ui) override {
    heading(ui, "Learn");
    lead(ui,
         "Short cards about back and hip pain will be here: what helps, what to go easy on, and "
         "when to see a doctor.");
    paragraph("Each card is a few plain sentences, with where the advice comes from.");
    gap(ui, 12);
    not_ready(ui, "This screen is still being built. A later version will show the cards here.");
  }
};

}  // namespace

std::unique_ptr<Screen> make_learn_screen() { return std::make_unique<LearnScreen>(); }

}  // namespace limber::desktop
