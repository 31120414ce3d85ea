// POSIX: the quit signals are blocked in every thread and taken by one watcher thread with
// sigwait(), which can safely wake the GLFW loop (a signal handler could not).
#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <thread>

#include "quit_signal.h"

namespace limber::desktop {
namespace {

sigset_t quit_set() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGHUP);
  return set;
}

}  // namespace

struct QuitSignals::Watcher {
  std::atomic<bool> stopping{false};
  std::thread thread;
};

void block_quit_signals() {
  const sigset_t set = quit_set();
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
}

QuitSignals::QuitSignals(std::function<void()> on_quit) : watcher_(std::make_unique<Watcher>()) {
  Watcher* w = watcher_.get();
  w->thread = std::thread([w, on_quit = std::move(on_quit)] {
    const sigset_t set = quit_set();
    int signal = 0;
    while (sigwait(&set, &signal) == 0 && !w->stopping.load()) on_quit();
  });
}

QuitSignals::~QuitSignals() {
  watcher_->stopping.store(true);
  // Wakes the watcher's sigwait(); the signal goes to that thread alone.
  pthread_kill(watcher_->thread.native_handle(), SIGTERM);
  watcher_->thread.join();
}

}  // namespace limber::desktop
