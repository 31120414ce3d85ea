// app_commands.h (private): the command table, assembled from one list per domain.
#pragma once
#include <iterator>

#include "app_state.h"

namespace limber {

// Each domain lists its commands once, with their summaries, instantiated twice: with the
// summaries (S = true) for protocol_reference(), which only the CLI and the tests call, and
// without (S = false) for dispatch. The web module then carries none of the summary text,
// which would otherwise be a few kilobytes of its download.
struct CommandList {
  const CommandSpec* begin;
  const CommandSpec* end;
};

template <bool S>
constexpr const char* summary(const char* text) {
  return S ? text : "";
}

template <bool S> CommandList about_commands();      // app_about.cpp
template <bool S> CommandList content_commands();    // app_content.cpp
template <bool S> CommandList screening_commands();  // app_screening.cpp
template <bool S> CommandList plan_commands();       // app_plan.cpp
template <bool S> CommandList session_commands();    // app_session.cpp
template <bool S> CommandList journal_commands();    // app_journal.cpp
template <bool S> CommandList document_commands();   // app_document.cpp
template <bool S> CommandList learn_commands();      // app_learn.cpp

}  // namespace limber
