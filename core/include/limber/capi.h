/* limber/capi.h: Limber's core as a C99 API over UTF-8 JSON strings.
 *
 * For hosts that cannot take C++ types across their boundary: Swift, Kotlin/JNI, and our
 * own shells. One request/response protocol (the same as limber::App::call; reference in
 * core/README.md):
 *
 *   char* error = NULL;
 *   limber_app* app = limber_app_open("{\"document\":\"\"}", &error);
 *   if (!app) { fprintf(stderr, "%s\n", error); limber_string_free(error); return 1; }
 *   char* reply = limber_app_call(app, "{\"cmd\":\"about\"}");
 *   // {"protocol":1,"ok":true,"result":{...}}  or  {"protocol":1,"ok":false,"error":{...}}
 *   limber_string_free(reply);
 *   limber_app_close(app);
 *
 * options_json (all optional): {"assets": {"path/in/assets.json": "file text", ...}} replaces
 * the built-in content; {"document": "..."} is the stored journal document ("" or absent for
 * a new one). Today's date and the time are passed in each request that needs them.
 *
 * Rules: every returned char* is owned by the caller and freed with limber_string_free.
 * limber_app_call never returns NULL and never aborts: malformed JSON, unknown commands,
 * wrong types, huge inputs and NULL pointers all come back as {"ok":false,...}.
 * One limber_app is not thread-safe; use it from one thread at a time.
 */
#ifndef LIMBER_CAPI_H
#define LIMBER_CAPI_H

#ifdef __cplusplus
extern "C" {
#endif

typedef struct limber_app limber_app;

/* The core's version, e.g. "0.1.0". Static storage: do not free. */
const char* limber_version(void);

/* Opens the app. On failure returns NULL and, when error_out is not NULL, sets *error_out
 * to a message the caller frees with limber_string_free. */
limber_app* limber_app_open(const char* options_json, char** error_out);

/* Runs one request; returns the JSON response (never NULL). */
char* limber_app_call(limber_app* app, const char* request_json);

void limber_string_free(char* s);

/* Closes the app; NULL is allowed. */
void limber_app_close(limber_app* app);

#ifdef __cplusplus
}
#endif

#endif /* LIMBER_CAPI_H */
