/* The C API from plain C99: the journey a phone app would take, plus bad requests.
 * Compiled by the C compiler as C99 and linked with the core; runs under ASan/UBSan too. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "limber/capi.h"

static int failures = 0;
static int checks = 0;

#define CHECK(cond, what)                                               \
  do {                                                                  \
    ++checks;                                                           \
    if (!(cond)) {                                                      \
      ++failures;                                                       \
      fprintf(stderr, "FAIL %s:%d: %s\n", __FILE__, __LINE__, (what));  \
    }                                                                   \
  } while (0)

/* Calls `request` and checks the reply contains `expect` (a JSON fragment). */
static void expect_reply(limber_app* app, const char* request, const char* expect) {
  char* reply = limber_app_call(app, request);
  CHECK(reply != NULL, "a reply is never NULL");
  if (!reply) return;
  CHECK(strstr(reply, "\"protocol\":1") != NULL, "every reply carries the protocol version");
  if (!strstr(reply, expect)) {
    ++failures;
    fprintf(stderr, "FAIL: %s\n  expected %s\n  got %s\n", request, expect, reply);
  }
  ++checks;
  limber_string_free(reply);
}

/* Returns the reply to `request` (caller frees), checking it succeeded. */
static char* ok_reply(limber_app* app, const char* request) {
  char* reply = limber_app_call(app, request);
  CHECK(reply != NULL, "a reply is never NULL");
  if (reply && !strstr(reply, "\"ok\":true")) {
    ++failures;
    fprintf(stderr, "FAIL: %s\n  got %.400s\n", request, reply);
  }
  ++checks;
  return reply;
}

/* The red-flag ids are a contract (shared/clinical/red-flags.md): a phone app may name them. */
static const char* const kRedFlags[] = {
    "saddle_numbness", "bladder_change", "bowel_change", "sexual_change", "both_legs_symptoms",
    "progressive_weakness", "major_trauma", "chest_pain", "aortic_signs",
    "fall_cannot_bear_weight", "hot_swollen_hip", "fever", "infection_risk", "cancer_history",
    "weight_loss", "night_pain", "fragility_trauma", "back_deformity", "kidney_signs",
    "shingles_signs", "runner_groin_pain", "child_limp", "cannot_walk", "avn_risk",
    "inflammatory_pattern", "not_improving_6w"};

/* Reads the number after "key": in a reply (good enough for the integers this test needs). */
static long long number_after(const char* reply, const char* key) {
  const char* at = reply ? strstr(reply, key) : NULL;
  return at ? atoll(at + strlen(key)) : -1;
}

static void journey(void) {
  char* error = NULL;
  limber_app* app = limber_app_open("{\"document\":\"\"}", &error);
  CHECK(app != NULL, "the app opens with an empty document");
  CHECK(error == NULL, "no error on success");
  if (!app) return;
  expect_reply(app, "{\"cmd\":\"about\"}", "\"ok\":true");
  expect_reply(app, "{\"cmd\":\"commands\"}", "\"session.start\"");

  /* The check: every warning sign answered no, saved as the latest check. */
  char request[4096];
  size_t used = (size_t)snprintf(request, sizeof request,
                                 "{\"cmd\":\"screening.evaluate\",\"date\":\"2026-11-16\","
                                 "\"save\":true,\"answers\":{\"age\":40");
  for (size_t i = 0; i < sizeof kRedFlags / sizeof kRedFlags[0]; ++i)
    used += (size_t)snprintf(request + used, sizeof request - used, ",\"%s\":\"no\"", kRedFlags[i]);
  snprintf(request + used, sizeof request - used, "}}");
  expect_reply(app, request, "\"level\":\"self_care\"");

  /* The plan for a Monday: ready, strength half A. */
  expect_reply(app, "{\"cmd\":\"plan.get\",\"date\":\"2026-11-16\"}", "\"status\":\"ready\"");

  /* A guided session driven by timestamps: start, pause, resume, then past the end. */
  char* reply = ok_reply(app,
                         "{\"cmd\":\"session.start\",\"date\":\"2026-11-16\",\"now\":1763712000000,"
                         "\"pain_before\":3}");
  const long long remaining = number_after(reply, "\"remaining_ms\":");
  CHECK(remaining > 60000, "the session has a planned length");
  limber_string_free(reply);
  expect_reply(app, "{\"cmd\":\"session.pause\",\"now\":1763712020000}", "\"state\":\"paused\"");
  expect_reply(app, "{\"cmd\":\"session.resume\",\"now\":1763712080000}", "\"state\":\"running\"");
  snprintf(request, sizeof request, "{\"cmd\":\"session.tick\",\"now\":%lld}",
           1763712080000LL + remaining);
  expect_reply(app, request, "\"state\":\"finished\"");
  expect_reply(app, "{\"cmd\":\"session.save\",\"pain_after\":3}", "\"id\":\"session-2026-11-16");

  /* A check-in, then the statistics see both. */
  expect_reply(app,
               "{\"cmd\":\"journal.add\",\"entry\":{\"type\":\"checkin\",\"date\":\"2026-11-16\","
               "\"pain\":4,\"note\":\"felt stiff\"}}",
               "\"id\":\"checkin-2026-11-16");
  reply = ok_reply(app, "{\"cmd\":\"stats.get\",\"date\":\"2026-11-16\"}");
  CHECK(number_after(reply, "\"sessions_this_week\":") == 1, "stats count the session");
  CHECK(number_after(reply, "\"current_streak\":") == 1, "stats count the day");
  limber_string_free(reply);

  /* Export as CSV for a clinician and as JSON for a backup. */
  expect_reply(app, "{\"cmd\":\"document.export\",\"format\":\"csv\"}", "felt stiff");
  expect_reply(app, "{\"cmd\":\"document.export\",\"format\":\"json\"}", "schema_version");
  limber_app_close(app);
}

static void bad_requests(void) {
  static const struct {
    const char* request;
    const char* code;
  } table[] = {
      {"", "\"bad_json\""},
      {"not json", "\"bad_json\""},
      {"{\"cmd\":\"about\"", "\"bad_json\""},
      {"[]", "\"bad_request\""},
      {"{}", "\"bad_request\""},
      {"{\"cmd\":null}", "\"bad_request\""},
      {"{\"cmd\":\"launch_rockets\"}", "\"unknown_command\""},
      {"{\"cmd\":\"about\",\"surprise\":[1]}", "\"invalid_argument\""},
  };
  char* error = NULL;
  limber_app* app = limber_app_open(NULL, &error);
  CHECK(app != NULL, "NULL options mean the defaults");
  if (!app) return;
  for (size_t i = 0; i < sizeof table / sizeof table[0]; ++i) {
    expect_reply(app, table[i].request, "\"ok\":false");
    expect_reply(app, table[i].request, table[i].code);
  }
  /* The same app still answers properly after all that. */
  expect_reply(app, "{\"cmd\":\"about\"}", "\"ok\":true");

  char* reply = limber_app_call(app, NULL);
  CHECK(reply && strstr(reply, "\"null_request\""), "a NULL request is an error reply");
  limber_string_free(reply);
  reply = limber_app_call(NULL, "{\"cmd\":\"about\"}");
  CHECK(reply && strstr(reply, "\"null_app\""), "a NULL app is an error reply");
  limber_string_free(reply);

  /* A large request of garbage: refused cleanly, not parsed into a crash. */
  size_t big = 4u * 1024u * 1024u;
  char* huge = malloc(big + 1);
  CHECK(huge != NULL, "test allocation");
  if (huge) {
    memset(huge, '[', big);
    huge[big] = '\0';
    expect_reply(app, huge, "\"bad_json\"");
    free(huge);
  }
  limber_app_close(app);
  limber_app_close(NULL);
}

static void bad_options(void) {
  char* error = NULL;
  limber_app* app = limber_app_open("{\"document\":3}", &error);
  CHECK(app == NULL, "wrong option types refuse to open");
  CHECK(error != NULL && strstr(error, "document") != NULL, "the error names the option");
  limber_string_free(error);
  error = NULL;
  app = limber_app_open("{\"colour\":\"blue\"}", &error);
  CHECK(app == NULL && error != NULL && strstr(error, "colour"), "unknown options are refused");
  limber_string_free(error);
  app = limber_app_open("{", NULL); /* error_out may be NULL */
  CHECK(app == NULL, "malformed options refuse to open");
  CHECK(strlen(limber_version()) > 0, "a version string");
}

int main(void) {
  journey();
  bad_requests();
  bad_options();
  printf("%d checks, %d failed\n", checks, failures);
  return failures == 0 ? 0 : 1;
}
