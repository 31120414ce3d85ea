#include "ui.h"

#include <algorithm>

#include "limber/app.h"
#include "sound.h"

namespace limber::desktop {
namespace {

using nlohmann::json;

// Reads a string member without nlohmann's throwing accessors (they abort in this build).
std::string string_member(const json& object, const char* key) {
  if (!object.is_object()) return "";
  const auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get_ref<const std::string&>() : "";
}

}  // namespace

Ui::Ui(App* app, Sound& sound, SavedState& saved, UserDirs dirs, const Fonts& fonts)
    : app_(app), sound_(sound), saved_(saved), dirs_(std::move(dirs)), fonts_(fonts) {}

std::optional<json> Ui::call(const json& request, const std::string& doing) {
  if (!app_) {
    show_error("Limber could not " + doing + ": its content did not load.");
    return std::nullopt;
  }
  const json reply = app_->call(request);
  const auto ok = reply.is_object() ? reply.find("ok") : reply.end();
  if (ok != reply.end() && ok->is_boolean() && ok->get<bool>()) {
    const auto result = reply.find("result");
    return result != reply.end() ? *result : json();
  }
  const auto found = reply.is_object() ? reply.find("error") : reply.end();
  const json error = found != reply.end() ? *found : json();
  std::string message = string_member(error, "message");
  const std::string code = string_member(error, "code");
  if (message.empty()) message = "the core gave no reason";
  show_error("Limber could not " + doing + ": " + message +
             (code.empty() ? "" : " [" + code + "]"));
  return std::nullopt;
}

void Ui::show_error(const std::string& message) {
  // The same failure every frame is one message, not a growing list.
  if (std::find(errors_.begin(), errors_.end(), message) == errors_.end())
    errors_.push_back(message);
}

void Ui::dismiss_error(std::size_t index) {
  if (index < errors_.size()) errors_.erase(errors_.begin() + static_cast<long>(index));
}

bool Ui::take_animating() {
  const bool was = animating_;
  animating_ = false;
  return was;
}

void Ui::cue() {
  if (saved_.prefs.sound) sound_.play(Tone{});
}

std::string Ui::ini_path() const { return dirs_.config.empty() ? "" : dirs_.config + "/imgui.ini"; }

void Ui::set_prefs(const Preferences& prefs) {
  const Preferences& old = saved_.prefs;
  if (prefs.theme == old.theme && prefs.text_size == old.text_size && prefs.sound == old.sound)
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
