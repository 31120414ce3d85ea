// app_commands.h (private): the command table, assembled from one list per domain.
#pragma once
#include <vector>

#include "app_state.h"

namespace limber {

std::vector<CommandSpec> about_commands();      // app_about.cpp
std::vector<CommandSpec> content_commands();    // app_content.cpp
std::vector<CommandSpec> screening_commands();  // app_screening.cpp
std::vector<CommandSpec> plan_commands();       // app_plan.cpp
std::vector<CommandSpec> session_commands();    // app_session.cpp
std::vector<CommandSpec> journal_commands();    // app_journal.cpp
std::vector<CommandSpec> document_commands();   // app_document.cpp
std::vector<CommandSpec> learn_commands();      // app_learn.cpp

}  // namespace limber
