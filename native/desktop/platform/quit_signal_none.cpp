// Platforms without POSIX signals: the window's close button is the way out.
#include "quit_signal.h"

namespace limber::desktop {

struct QuitSignals::Watcher {};

void block_quit_signals() {}

QuitSignals::QuitSignals(std::function<void()>) {}
QuitSignals::~QuitSignals() = default;

}  // namespace limber::desktop
