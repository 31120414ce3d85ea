// libFuzzer: random requests through the C API. Nothing may crash, abort, leak or trip a
// sanitizer, and every reply must be a JSON object with "ok" (the C API's promise).
//
// An input is one or more requests separated by newlines, sent in order to one app, so the
// fuzzer can reach states (a saved check, a running session) that need several commands.
// The app is reopened every so often so the journal does not grow without bound.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "json_read.h"
#include "limber/capi.h"
#include "fuzz_assert.h"

namespace {

limber_app* g_app = nullptr;
int g_inputs = 0;

void check_reply(char* reply) {
  FUZZ_ASSERT(reply, "every call answers");
  auto parsed = limber::json_read::parse(reply, nullptr);
  FUZZ_ASSERT(parsed && parsed->is_object() && parsed->contains("ok"),
              "every reply is a JSON object with ok");
  limber_string_free(reply);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (!g_app || ++g_inputs % 500 == 0) {
    limber_app_close(g_app);
    g_app = limber_app_open(nullptr, nullptr);
    FUZZ_ASSERT(g_app, "the app opens on the shipped content");
  }
  const std::string input(reinterpret_cast<const char*>(data), size);
  std::string_view rest(input);
  while (true) {
    const auto end = rest.find('\n');
    // The C API takes NUL-terminated text: a NUL inside ends the request early, as it would
    // for any C caller.
    check_reply(limber_app_call(g_app, std::string(rest.substr(0, end)).c_str()));
    if (end == std::string_view::npos) break;
    rest.remove_prefix(end + 1);
  }
  return 0;
}
