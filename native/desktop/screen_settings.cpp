// The settings screen: display and sound choices (the shell's own, kept in imgui.ini), and
// "About": what the core reports about itself, where files live, and what Limber is not.
#include <memory>
#include <string>

#include "sound.h"
#include "widgets.h"

namespace limber::desktop {
namespace {

using nlohmann::json;

std::string string_or(const json& object, const char* key, const char* fallback) {
  const auto it = object.is_object() ? object.find(key) : object.end();
  return it != object.end() && it->is_string() ? it->get_ref<const std::string&>() : fallback;
}

long long number_or(const json& object, const char* key, long long fallback) {
  const auto it = object.is_object() ? object.find(key) : object.end();
  return it != object.end() && it->is_number_integer() ? it->get<long long>() : fallback;
}

std::string count_of(long long n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

class SettingsScreen final : public Screen {
 public:
  void show(Ui& ui) override {
    ui.sound().check();
    about_ = ui.call({{"cmd", "about"}}, "read what this version holds").value_or(json());
    commands_.clear();
    if (auto list = ui.call({{"cmd", "commands"}}, "list what the core can do");
        list && list->is_array())
      for (const json& name : *list)
        if (name.is_string())
          commands_ += (commands_.empty() ? "" : ", ") + name.get<std::string>();
  }

  void draw(Ui& ui) override {
    heading(ui, "Settings");
    lead(ui, "How Limber looks and sounds on this computer, and what this version holds.");
    gap(ui, 12);
    draw_appearance(ui);
    gap(ui, 16);
    draw_sound(ui);
    gap(ui, 16);
    draw_about(ui);
    gap(ui, 16);
    draw_files(ui);
  }

 private:
  void draw_appearance(Ui& ui) {
    Preferences prefs = ui.prefs();
    section(ui, "Colours");
    if (choice(ui, "Light", prefs.theme == Theme::light)) prefs.theme = Theme::light;
    ImGui::SameLine();
    if (choice(ui, "Dark", prefs.theme == Theme::dark)) prefs.theme = Theme::dark;
    gap(ui, 4);
    section(ui, "Text size");
    static const char* const kNames[kTextSizeCount] = {"Standard", "Large", "Largest"};
    for (int i = 0; i < kTextSizeCount; ++i) {
      if (i > 0) ImGui::SameLine();
      if (choice(ui, kNames[i], prefs.text_size == i)) prefs.text_size = i;
    }
    ui.set_prefs(prefs);
  }

  void draw_sound(Ui& ui) {
    section(ui, "Sound");
    Preferences prefs = ui.prefs();
    ImGui::Checkbox("Play a short tone at each cue", &prefs.sound);
    ui.set_prefs(prefs);
    const SoundStatus status = ui.sound().status();
    switch (status.state) {
      case SoundStatus::State::unknown:
      case SoundStatus::State::checking: muted("Looking for a sound device…"); break;
      case SoundStatus::State::ready: muted("Sound is working on this computer."); break;
      case SoundStatus::State::unavailable:
        paragraph("No sound on this computer, so cues stay silent. They still show on screen.");
        if (!status.detail.empty()) muted(("Why: " + status.detail + ".").c_str());
        break;
    }
    gap(ui, 4);
    if (primary_button(ui, "Play a test tone", prefs.sound)) ui.sound().play(Tone{});
  }

  void draw_about(Ui& ui) {
    section(ui, "About Limber");
    if (about_.is_object()) {
      fact(ui, "Version",
           string_or(about_, "name", "Limber") + " " + string_or(about_, "version", "?"));
      const long long kb = (number_or(about_, "asset_bytes", 0) + 1023) / 1024;
      fact(ui, "Content",
           count_of(number_or(about_, "asset_files", 0), "file", "files") + " (" +
               std::to_string(kb) + " KB) loaded by the core");
      fact(ui, "Core",
           "protocol " + std::to_string(number_or(about_, "protocol", 0)) +
               (commands_.empty() ? "" : "; commands: " + commands_));
      fact(ui, "Type", "DejaVu Sans");
      gap(ui, 4);
      paragraph(string_or(about_, "tagline", "").c_str());
    } else {
      muted("The core did not say what this version holds (see the message above).");
    }
    gap(ui, 8);
    begin_card(ui);
    section(ui, "Not medical advice");
    paragraph(
        "Limber is a self-care aid. It cannot examine you, it does not diagnose, and it "
        "does not replace a doctor or physiotherapist.");
    paragraph(
        "If your pain is severe, keeps getting worse, or worries you, or if something new "
        "appears, see a doctor. In an emergency, call your local emergency number.");
    end_card(ui);
  }

  void draw_files(Ui& ui) {
    section(ui, "Your files");
    const std::string ini = ui.ini_path();
    fact(ui, "Settings file", ini.empty() ? "not saved (no settings folder)" : ini);
    fact(ui, "Journal folder", ui.dirs().data.empty() ? "no folder known" : ui.dirs().data);
    muted("Everything stays on this computer. Limber sends nothing over the network.");
  }

  json about_;
  std::string commands_;
};

}  // namespace

std::unique_ptr<Screen> make_settings_screen() { return std::make_unique<SettingsScreen>(); }

}  // namespace limber::desktop
