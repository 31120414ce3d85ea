// app_state.h (private): what the facade owns, and the shape of a command handler.
#pragma once
#include <optional>
#include <string>

#include "limber/json.h"

#include "json_read.h"
#include "limber/assets.h"
#include "limber/catalogue.h"
#include "limber/checklist.h"
#include "limber/education.h"
#include "limber/figure.h"
#include "limber/journal.h"
#include "limber/labels.h"
#include "limber/plan.h"
#include "limber/screening.h"
#include "limber/session.h"

namespace limber {

// What happened to the stored document when the app opened.
enum class DocumentStatus {
  fresh,          // none was given: a new, empty journal
  ok,             // loaded as it was
  migrated,       // loaded from an older schema; saving writes the current one
  corrupt,        // unreadable: the app runs on an empty journal; the shell keeps the bytes aside
  newer_version,  // from a newer Limber: read-only, never overwritten
};
const char* to_string(DocumentStatus status);

// The guided session in progress, with what the journal entry will need.
struct RunningSession {
  SessionPlayer player;
  Date date;
  std::string plan_day;
  std::optional<int> pain_before;
};

struct AppState {
  Assets assets;
  Catalogue catalogue;
  std::optional<Screening> screening;
  PlanRules plan_rules;
  figure::Poses poses;
  std::vector<EducationTag> education_tags;
  Labels labels;
  std::vector<Card> education;
  std::vector<Habit> checklist;

  Journal journal;
  DocumentStatus document_status = DocumentStatus::fresh;
  Problems document_problems;  // why the stored document was not used as it was
  // Counts changes to the journal; shells save the document when it moves on.
  int revision = 0;

  std::optional<RunningSession> session;
};

// A command's failure: a stable machine-readable code and a sentence for people.
struct CommandError {
  const char* code = "";  // always a literal: no string is built for it at each failure
  std::string message;
};

// Handlers read their arguments through `args` (unknown fields are rejected after the
// handler returns) and either fill `result` or return an error.
using Handler = bool (*)(AppState& state, json_read::Fields& args, Json* result,
                         CommandError* error);

struct CommandSpec {
  const char* name;
  Handler handler;
  const char* summary;  // one line for the protocol reference
};

// Shared helpers for handlers.
bool fail(CommandError* error, const char* code, std::string message);
// The same for a literal message: it is copied in one place instead of built at each site.
bool fail(CommandError* error, const char* code, const char* message);
// not_found: 'there is no <what> "<id>"', the one wording every command uses.
bool not_found(CommandError* error, const char* what, const std::string& id);
// A required "date" argument (YYYY-MM-DD): today's date comes from the shell. Stored into
// `out` (true), or a problem recorded (false; also false, with no problem, when an optional
// one is absent). Out-parameters, like the getters: no optional is built at each handler.
bool date_arg(json_read::Fields& args, Date& out, const char* key = "date",
              json_read::Need need = json_read::Need::required);
// A required "now" argument: milliseconds since the Unix epoch, from the shell's clock.
bool now_arg(json_read::Fields& args, Millis& out);
// Whether a command may change the journal: every argument was accepted (unknown ones are
// refused here, not after the change) and the document is not from a newer Limber.
bool may_change(const AppState& state, json_read::Fields& args, CommandError* error);
// Marks the journal as changed (shells watch "revision" to know when to save).
void changed(AppState& state);
// The stored check, evaluated again with today's content (nullopt when there is none, or
// its answers no longer fit the questionnaire: then the person must redo the check).
std::optional<Verdict> latest_verdict(const AppState& state);
// The verdict as to_json() writes it, as a Json the facade puts straight into its reply
// (not written out and parsed back). In screening_json.cpp.
Json verdict_object(const Verdict& verdict);
// Today's plan from the latest check and the journal (app_plan.cpp).
PlanInput current_plan_input(const AppState& state, Date today);
Plan current_plan(const AppState& state, Date today);

}  // namespace limber
