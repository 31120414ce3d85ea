// The settings screen: display choices (the shell's own, kept in imgui.ini); the person's
// settings kept in the journal (tones, voice, the activities they rate); their data
// (backup to a file, import from one, delete everything); and "About": what the core
// reports about itself, where files live, and what Limber is not.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <array>
#include <memory>
#include <string>

#include "file_io.h"
#include "reply.h"
#include "sound.h"
#include "style.h"
#include "widgets.h"
#include "words.h"

namespace limber::desktop {
namespace {

using nlohmann::json;

class SettingsScreen final : public Screen {
 public:
  void show(Ui& ui) override {
    ui.sound().check();
    load_settings(ui);
    if (export_path_.empty() || export_path_ == default_export_path_) refresh_export_path(ui);
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
    lead(ui,
         "How Limber looks and sounds, the activities you rate, your data, and what this version "
         "holds.");
    gap(ui, 12);
    draw_appearance(ui);
    gap(ui, 16);
    draw_sound(ui);
    gap(ui, 16);
    draw_activities(ui);
    gap(ui, 16);
    draw_data(ui);
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
    gap(ui, 4);
    section(ui, "Motion");
    check_box(ui, "Keep pictures still during a session (reduce motion)", &prefs.reduce_motion);
    ui.set_prefs(prefs);
  }

  void load_settings(Ui& ui) {
    const auto settings = ui.call({{"cmd", "settings.get"}}, "read your settings");
    if (!settings) return;
    tones_ = flag(*settings, "tones", true);
    voice_ = flag(*settings, "voice", true);
    ui.set_tones(tones_);
    activities_ = {};
    const json& names = list(*settings, "activities");
    for (std::size_t i = 0; i < names.size() && i < activities_.size(); ++i)
      activities_[i] = as_text(names[i]);
    activities_changed_ = false;
  }

  void set(Ui& ui, const char* key, bool value) {
    if (ui.call({{"cmd", "settings.set"}, {key, value}}, "change the setting")) load_settings(ui);
  }

  void draw_sound(Ui& ui) {
    section(ui, "Sound");
    if (check_box(ui, "Play a short tone at each cue", &tones_)) set(ui, "tones", tones_);
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
    if (primary_button(ui, "Play a test tone", tones_)) ui.sound().play(Tone{});
    gap(ui, 8);
    section(ui, "Spoken cues");
    paragraph(
        "The desktop app plays tones only; it does not speak. The web app can read each cue "
        "aloud.");
    if (check_box(ui, "Read cues aloud in the web app", &voice_)) set(ui, "voice", voice_);
    muted("This choice is kept in your journal, so a backup carries it to the web app.");
  }

  void draw_activities(Ui& ui) {
    section(ui, "Activities you rate");
    paragraph(
        "Up to three everyday things that your pain makes hard, such as \"sitting at work\" or "
        "\"walking the dog\". The daily check-in asks how well you managed each one.");
    const float width = std::min(420 * ui.zoom(), ui.column_right() - ImGui::GetCursorPosX());
    for (std::size_t i = 0; i < activities_.size(); ++i) {
      ImGui::PushID(static_cast<int>(i));
      ImGui::SetNextItemWidth(width);
      if (ImGui::InputTextWithHint("##activity", "An activity (optional)", &activities_[i]))
        activities_changed_ = true;
      ImGui::PopID();
    }
    if (button(ui, "Save activities")) {
      json names = json::array();
      for (const std::string& a : activities_) {
        const std::string name = expand_spaces(a);
        if (!name.empty()) names.push_back(name);
      }
      if (ui.call({{"cmd", "settings.set"}, {"activities", names}}, "save your activities")) {
        load_settings(ui);
        activities_note_ = "Saved.";
      }
    }
    if (activities_changed_) {
      ImGui::SameLine();
      muted("Not saved yet.");
    } else if (!activities_note_.empty()) {
      ImGui::SameLine();
      muted(activities_note_.c_str());
    }
  }

  static std::string expand_spaces(const std::string& typed) {
    const auto first = typed.find_first_not_of(" \t");
    if (first == std::string::npos) return "";
    return typed.substr(first, typed.find_last_not_of(" \t") - first + 1);
  }

  // The core names the backup (with today's date); it goes to the home folder unless the
  // person types another path.
  void refresh_export_path(Ui& ui) {
    const auto reply = ui.call({{"cmd", "document.export"},
                                {"format", export_csv_ ? "csv" : "json"},
                                {"date", ui.today()}},
                               "name the backup file");
    if (!reply) return;
    const std::string home = home_dir();
    default_export_path_ = (home.empty() ? "" : home + "/") + text(*reply, "filename");
    export_path_ = default_export_path_;
  }

  void draw_data(Ui& ui) {
    section(ui, "Your data");
    if (ui.unsaved_changes()) {
      begin_notice(ui);
      paragraph(
          "Your latest changes are not saved to disk yet (see the message at the top). "
          "A backup below keeps a copy of everything now.");
      end_notice(ui);
      gap(ui, 6);
    }
    begin_card(ui);
    ImGui::PushFont(ui.fonts().bold);
    paragraph("Back up your journal");
    ImGui::PopFont();
    muted(
        "JSON keeps everything and can be imported again. CSV opens in a spreadsheet, for you or a "
        "clinician.");
    const bool was_csv = export_csv_;
    if (choice(ui, "JSON (full backup)", !export_csv_)) export_csv_ = false;
    ImGui::SameLine();
    if (choice(ui, "CSV (spreadsheet)", export_csv_)) export_csv_ = true;
    if (was_csv != export_csv_ && export_path_ == default_export_path_) refresh_export_path(ui);
    text_field(ui, "Save to", &export_path_);
    if (button(ui, "Save the backup")) export_now(ui);
    if (!export_note_.empty()) {
      muted(export_note_.c_str());
      reveal_last_item(&reveal_);
    }
    end_card(ui);
    gap(ui, 10);

    begin_card(ui);
    ImGui::PushFont(ui.fonts().bold);
    paragraph("Bring in a backup");
    ImGui::PopFont();
    muted("A JSON backup from Limber on this or another computer, or from the web app.");
    text_field(ui, "File", &import_path_);
    if (choice(ui, "Add to my journal", !import_replace_)) import_replace_ = false;
    ImGui::SameLine();
    if (choice(ui, "Replace my journal", import_replace_)) import_replace_ = true;
    muted(import_replace_ ? "Everything here is replaced by the file's contents."
                          : "Entries you already have stay; new ones are added. Nothing is lost.");
    if (!confirm_import_) {
      if (button(ui, "Import")) {
        if (import_replace_)
          confirm_import_ = reveal_ = true;
        else
          import_now(ui);
      }
    } else {
      begin_notice(ui);
      paragraph(
          "Replace your whole journal with this file? What is here now will be gone, unless "
          "you saved a backup first.");
      if (button(ui, "Yes, replace it")) {
        confirm_import_ = false;
        import_now(ui);
      }
      ImGui::SameLine();
      if (button(ui, "Cancel")) confirm_import_ = false;
      end_notice(ui);
      if (confirm_import_) reveal_last_item(&reveal_);  // else the note below has the news
    }
    if (!import_note_.empty()) {
      paragraph(import_note_.c_str());
      reveal_last_item(&reveal_);
    }
    end_card(ui);
    gap(ui, 10);

    begin_card(ui);
    ImGui::PushFont(ui.fonts().bold);
    paragraph("Delete all data");
    ImGui::PopFont();
    muted(
        "Removes every session, check-in, habit, your check and your settings from this computer.");
    if (!confirm_delete_) {
      ImGui::PushStyleColor(ImGuiCol_Text, palette().problem);
      if (button(ui, "Delete all data…")) confirm_delete_ = reveal_ = true;
      ImGui::PopStyleColor();
    } else {
      begin_notice(ui);
      paragraph(
          "Delete everything? This cannot be undone. Save a backup first if you may want it "
          "later.");
      ImGui::PushStyleColor(ImGuiCol_Text, palette().problem);
      const bool yes = button(ui, "Yes, delete everything");
      ImGui::PopStyleColor();
      if (yes) {
        confirm_delete_ = false;
        if (ui.call({{"cmd", "document.reset"}, {"confirm", "delete everything"}},
                    "delete your data")) {
          import_note_.clear();  // about a journal that is gone
          // The core's journal is empty and saved; its earlier versions go too.
          std::string error;
          delete_note_ = ui.forget_old_copies(&error)
                             ? "Everything was deleted. Limber starts fresh."
                             : "Your data was deleted, but an older copy could not be: " +
                                   error + ". You can delete it by hand.";
          reveal_ = true;
          load_settings(ui);
        }
      }
      ImGui::SameLine();
      if (button(ui, "Keep my data")) confirm_delete_ = false;
      end_notice(ui);
      if (confirm_delete_) reveal_last_item(&reveal_);
    }
    if (!delete_note_.empty()) {
      paragraph(delete_note_.c_str());
      reveal_last_item(&reveal_);
    }
    end_card(ui);
  }

  void export_now(Ui& ui) {
    export_note_.clear();
    const auto reply = ui.call({{"cmd", "document.export"},
                                {"format", export_csv_ ? "csv" : "json"},
                                {"date", ui.today()}},
                               "make the backup");
    if (!reply) return;
    const std::string path = expand_path(export_path_);
    std::string error;
    if (!write_file_atomically(path, text(*reply, "text"), &error)) {
      ui.show_error("Limber could not save the backup: " + error + ".");
      return;
    }
    export_note_ = "Saved to " + path + ".";
    reveal_ = true;
  }

  void import_now(Ui& ui) {
    import_note_.clear();
    const std::string path = expand_path(import_path_);
    std::string contents, error;
    if (!read_text_file(path, kMaxImportBytes, &contents, &error)) {
      ui.show_error("Limber could not read the backup: " + error + ".");
      return;
    }
    const auto reply = ui.call({{"cmd", "document.import"},
                                {"text", contents},
                                {"mode", import_replace_ ? "replace" : "merge"}},
                               "import the backup");
    if (!reply) return;
    import_note_ = text(*reply, "summary", "Imported.");
    reveal_ = true;
    delete_note_.clear();  // "Limber starts fresh" is no longer true
    load_settings(ui);
  }

  void draw_about(Ui& ui) {
    section(ui, "About Limber");
    if (about_.is_object()) {
      fact(ui, "Version", text(about_, "name", "Limber") + " " + text(about_, "version", "?"));
      const long long kb = (integer(about_, "asset_bytes", 0) + 1023) / 1024;
      fact(ui, "Content",
           count_words(integer(about_, "asset_files", 0), "file", "files") + " (" +
               std::to_string(kb) + " KB) loaded by the core");
      fact(ui, "Core",
           "protocol " + std::to_string(integer(about_, "protocol", 0)) +
               (commands_.empty() ? "" : "; commands: " + commands_));
      fact(ui, "Type", "DejaVu Sans");
      gap(ui, 4);
      paragraph(text(about_, "tagline", "").c_str());
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
  bool tones_ = true, voice_ = true;
  std::array<std::string, 3> activities_;
  bool activities_changed_ = false;
  std::string activities_note_;
  bool export_csv_ = false;
  std::string export_path_, default_export_path_, export_note_;
  std::string import_path_, import_note_;
  bool import_replace_ = false, confirm_import_ = false;
  bool confirm_delete_ = false;
  // Set when an action's answer (a note, a confirmation) appears: it is scrolled into view.
  bool reveal_ = false;
  std::string delete_note_;
};

}  // namespace

std::unique_ptr<Screen> make_settings_screen() { return std::make_unique<SettingsScreen>(); }

}  // namespace limber::desktop
