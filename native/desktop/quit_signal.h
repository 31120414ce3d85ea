// quit_signal.h: SIGTERM, SIGINT and SIGHUP close the app like its window's close button,
// so a logout, Ctrl+C in a terminal or a test's `kill` still saves the window and settings.
//
//   block_quit_signals();                 // first thing in main, before any thread starts
//   QuitSignals quit([] { ...; glfwPostEmptyEvent(); });   // runs on a watcher thread
//
// On platforms without POSIX signals both do nothing.
#pragma once
#include <functional>
#include <memory>

namespace limber::desktop {

void block_quit_signals();

class QuitSignals {
 public:
  explicit QuitSignals(std::function<void()> on_quit);
  ~QuitSignals();  // stops the watcher
  QuitSignals(const QuitSignals&) = delete;
  QuitSignals& operator=(const QuitSignals&) = delete;

  struct Watcher;

 private:
  std::unique_ptr<Watcher> watcher_;
};

}  // namespace limber::desktop
