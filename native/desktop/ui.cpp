#include "ui.h"

#include <algorithm>

#include "journal_store.h"
#include "limber/app.h"
#include "reply.h"
#include "sound.h"

namespace limber::desktop {
namespace {

// The core speaks JSON text (its own JSON type is not nlohmann's); the desktop reads the
// replies with nlohmann, an independent parser. What the person typed is valid UTF-8 from
// ImGui, but a stray byte is replaced rather than allowed to abort.
json call_core(App& app, const json& request) {
  const std::string reply =
      app.call(std::string_view(request.dump(-1, ' ', false, json::error_handler_t::replace)));
  return json::parse(reply, nullptr, /*allow_exceptions=*/false);
}

}  // namespace

Ui::Ui(App* app, JournalStore* store, Clock clock, Sound& sound, SavedState& saved, UserDirs dirs,
       const Fonts& fonts)
    : app_(app),
      store_(store),
      clock_(clock),
      sound_(sound),
      saved_(saved),
      dirs_(std::move(dirs)),
      fonts_(fonts) {}

Answer Ui::ask(const json& request, const std::string& doing,
               std::initializer_list<const char*> expected) {
  Answer answer;
  if (!app_) {
    answer.code = "no_core";
    answer.message = "its content did not load";
    show_error("Limber could not " + doing + ": " + answer.message + ".");
    return answer;
  }
  const json reply = call_core(*app_, request);
  if (flag(reply, "ok")) {
    answer.ok = true;
    if (const json* result = member(reply, "result")) answer.result = *result;
    save_if_changed(reply);
    return answer;
  }
  const json& error = object(reply, "error");
  answer.code = text(error, "code");
  answer.message = text(error, "message", "the core gave no reason");
  for (const char* code : expected)
    if (answer.code == code) return answer;
  show_error("Limber could not " + doing + ": " + answer.message +
             (answer.code.empty() ? "" : " [" + answer.code + "]"));
  return answer;
}

std::optional<json> Ui::call(const json& request, const std::string& doing) {
  Answer answer = ask(request, doing);
  if (!answer.ok) return std::nullopt;
  return std::move(answer.result);
}

void Ui::save_if_changed(const json& reply) {
  const long long revision = integer(reply, "revision", saved_revision_);
  if (revision == saved_revision_) return;
  saved_revision_ = revision;
  if (!store_) return;
  std::string error;
  const json got = call_core(*app_, {{"cmd", "document.get"}});
  const json& result = object(got, "result");
  if (!flag(got, "ok")) {
    error = text(object(got, "error"), "message", "the core did not hand over the journal");
  } else if (!store_->can_save()) {
    error = "the journal is open read-only";
  } else {
    store_->save(text(result, "document"), &error);
  }
  if (error.empty()) {
    unsaved_ = false;
    return;
  }
  unsaved_ = true;
  show_error("Your last change could not be saved to disk: " + error +
             ". It is kept while Limber stays open, and Limber tries again at your next change.");
}

bool Ui::forget_old_copies(std::string* error) {
  error->clear();
  if (!store_) return true;  // nothing on disk (tests run the shell without a folder)
  if (unsaved_) {
    *error = "the emptied journal is not saved yet";
    return false;
  }
  return store_->forget_copies(error);
}

void Ui::start() {
  if (!app_) return;
  const json status = call_core(*app_, {{"cmd", "document.status"}});
  saved_revision_ = integer(status, "revision", 0);
  const json& s = object(status, "result");
  const std::string state = text(s, "status");
  // JournalStore's messages say what happened to the file; the core's sentence says what
  // that means for the person (an older format it updates, a newer one it will not touch).
  if (state == "migrated" || state == "newer_version" || state == "corrupt")
    show_notice(text(s, "message"));
  if (auto settings = ask(json{{"cmd", "settings.get"}}, "read your settings"); settings.ok)
    tones_ = flag(settings.result, "tones", true);
}

void Ui::show_error(const std::string& message) {
  // The same failure every frame is one message, not a growing list.
  if (std::find(errors_.begin(), errors_.end(), message) == errors_.end())
    errors_.push_back(message);
}

void Ui::dismiss_error(std::size_t index) {
  if (index < errors_.size()) errors_.erase(errors_.begin() + static_cast<long>(index));
}

void Ui::show_notice(const std::string& message) {
  if (!message.empty() && std::find(notices_.begin(), notices_.end(), message) == notices_.end())
    notices_.push_back(message);
}

void Ui::open_exercise(const std::string& id) {
  exercise_link_ = id;
  current_ = ScreenId::library;
}

std::string Ui::take_exercise_link() {
  std::string link;
  link.swap(exercise_link_);
  return link;
}

long long Ui::take_wake() {
  const long long ms = wake_ms_;
  wake_ms_ = -1;
  return ms;
}

bool Ui::take_animating() {
  const bool was = animating_;
  animating_ = false;
  return was;
}

void Ui::cue() {
  ++cues_;
  if (tones_) sound_.play(Tone{});
}

std::string Ui::ini_path() const { return dirs_.config.empty() ? "" : dirs_.config + "/imgui.ini"; }

void Ui::set_prefs(const Preferences& prefs) {
  const Preferences& old = saved_.prefs;
  if (prefs.theme == old.theme && prefs.text_size == old.text_size &&
      prefs.reduce_motion == old.reduce_motion)
    return;
  saved_.prefs = prefs;
  prefs_changed_ = true;
}

bool Ui::take_prefs_changed() {
  const bool was = prefs_changed_;
  prefs_changed_ = false;
  return was;
}

}  // namespace limber::desktop
