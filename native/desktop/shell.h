// shell.h: the frame around the screens: the navigation rail on the left (big targets,
// Ctrl+1..6 as shortcuts), the error banner and the current screen in a readable column.
//
//   Shell shell(ui);
//   ImGui::NewFrame(); shell.draw(); ImGui::Render();
#pragma once
#include <array>
#include <memory>
#include <optional>
#include <string>

#include "screens.h"
#include "ui.h"

namespace limber::desktop {

class Shell {
 public:
  explicit Shell(Ui& ui);
  // One frame. With `text` (tests: --dump-text), also every piece of text the frame drew,
  // in reading order, from ImGui's log.
  void draw(std::string* text = nullptr);

 private:
  void draw_rail();
  void draw_banner();
  void draw_content();
  void handle_shortcuts();
  Screen& screen(ScreenId id);

  Ui& ui_;
  std::array<std::unique_ptr<Screen>, 6> screens_;  // made on first visit
  std::optional<ScreenId> shown_;                   // whose show() ran last
  std::size_t errors_shown_ = 0;                    // errors in the banner last frame
};

}  // namespace limber::desktop
