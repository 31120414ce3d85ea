// The library screen: placeholder until the core's catalogue commands arrive.
#include <memory>

#include "screens.h"
#include "widgets.h"

namespace limber::desktop {
namespace {

class LibraryScreen final : public Screen {
 public:
  void draw(Ui& ui) override {
    heading(ui, "Exercise library");
    lead(ui, "Every exercise will be listed here, with a picture and a few short steps.");
    paragraph(
        "You will be able to choose by body position, by what you have at home, and by how hard it "
        "is.");
    gap(ui, 12);
    not_ready(ui,
              "This screen is still being built. A later version will list the exercises here.");
  }
};

}  // namespace

std::unique_ptr<Screen> make_library_screen() { return std::make_unique<LibraryScreen>(); }

}  // namespace limber::desktop
