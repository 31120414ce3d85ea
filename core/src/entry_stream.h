// entry_stream.h (private): parses a journal document without ever holding all of it as a
// tree. Each element of the top-level "entries" array is handed to `on_entry` as soon as it
// is complete and freed right after; everything else (schema_version, settings...) is built
// into `top` as usual, with an empty "entries" array standing in for the streamed one.
// A 10-year journal loads in a fraction of the memory this way.
//
// Same rules as json_read::parse: no exceptions, the same error text, nesting limited to
// json_read::kMaxDepth. On an error, entries already handed over are simply to be ignored.
#pragma once
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "json_read.h"

namespace limber::entry_stream {

struct Result {
  bool ok = false;
  std::string error;        // when !ok
  int entries_arrays = 0;   // top-level "entries" arrays seen (more than one is a problem)
};

Result parse(std::string_view text, json_read::json* top,
             const std::function<void(json_read::json& entry, std::size_t index)>& on_entry);

}  // namespace limber::entry_stream
