#include "entry_stream.h"

namespace limber::entry_stream {

Result parse(std::string_view text, json_read::json* top,
             const std::function<void(json_read::json&, std::size_t)>& on_entry) {
  Result result;
  result.ok = parse_streaming_entries(text, top, on_entry, &result.entries_arrays, &result.error);
  return result;
}

}  // namespace limber::entry_stream
