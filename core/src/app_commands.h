// app_commands.h (private): the command table, assembled from one list per domain.
#pragma once
#include <vector>

#include "app_state.h"

namespace limber {

std::vector<CommandSpec> about_commands();

}  // namespace limber
