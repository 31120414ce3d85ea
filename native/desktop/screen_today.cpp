// The today screen: the plan for today from the core (plan.get), one primary action to
// start the session, the week at a glance, walking against its goal, the daily check-in
// and the habits checklist. While a session runs, the guided session (session_panel.*)
// takes the screen's place.
#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "reply.h"
#include "screens.h"
#include "session_panel.h"
#include "style.h"
#include "widgets.h"
#include "words.h"

namespace limber::desktop {
namespace {

// The core's words for the day's kind ("Strength and stretch"); a locked day says nothing.
std::string day_kind(const json& day) {
  return text(day, "kind") == "locked" ? "" : text(day, "kind_text");
}

std::string session_title(const json& today) {
  const std::string kind = text(today, "kind"), plan_day = text(today, "plan_day");
  if (kind == "strength") return "Strength session " + plan_day;
  if (kind == "stretch") return "Stretch session";
  if (kind == "gentle") return "Gentle session";
  return "Today's session";
}

// The day's check-in as the form edits it.
struct Checkin {
  std::string id;  // "" until saved
  int pain = -1;
  std::vector<std::pair<std::string, int>> activities;
  int walking = 0;
  bool new_symptom = false;
  std::string note;
};

class TodayScreen final : public Screen {
 public:
  void show(Ui& ui) override {
    today_ = ui.today();
    saved_note_ = false;
    session_.show(ui);
    plan_ = ui.call({{"cmd", "plan.get"}, {"date", today_}}, "plan today").value_or(json());
    load_checkin(ui);
    const Answer habits = ui.ask({{"cmd", "checklist.get"}, {"date", today_}},
                                 "read today's habits", {"unknown_command"});
    habits_available_ = habits.ok || habits.code != "unknown_command";
    habits_ = habits.ok ? habits.result : json();
    sciatica_cards_ = json::array();
    if (flag(object(plan_, "check"), "show_sciatica_guidance")) {
      const Answer cards =
          ui.ask({{"cmd", "education.cards"}}, "read the guidance", {"unknown_command"});
      for (const json& card : list(cards.result, "cards"))
        if (text(card, "show_when") == "sciatica") sciatica_cards_.push_back(card);
    }
  }

  void background(Ui& ui) override { session_.background(ui); }

  void draw(Ui& ui) override {
    if (session_.active()) {
      session_.draw(ui);
      if (session_.take_ended()) {
        show(ui);
        saved_note_ = session_.saved_last();
      }
      return;
    }
    heading(ui, "Today");
    muted(date_words(today_).c_str());
    gap(ui, 10);
    if (saved_note_) {
      begin_highlight(ui);
      section(ui, "Session saved");
      paragraph("It is in your journal. Well done.");
      end_highlight(ui);
      gap(ui, 10);
    }
    if (flag(plan_, "offer_check")) {
      begin_notice(ui);
      section(ui, "Please do the check again");
      paragraph(
          "Since your last check you noted a new symptom or strong pain. Please answer the "
          "questions again before your next session.");
      if (button(ui, "Do the check again")) ui.go(ScreenId::check);
      end_notice(ui);
      gap(ui, 10);
    }
    for (const json& card : sciatica_cards_) draw_guidance(ui, card);

    const std::string status = text(plan_, "status");
    if (status == "locked")
      draw_locked(ui);
    else if (status == "needs_acknowledgement")
      draw_acknowledge(ui);
    else if (status == "ready")
      draw_session(ui);
    gap(ui, 20);
    draw_week(ui);
    gap(ui, 20);
    draw_walking(ui);
    gap(ui, 20);
    draw_checkin(ui);
    gap(ui, 20);
    draw_habits(ui);
    draw_changes(ui);
  }

 private:
  void draw_locked(Ui& ui) {
    const bool checked = !is_null_or_missing(plan_, "check");
    // After an emergency or urgent result the advice must stand out, not sit in a card.
    const std::string level = text(object(plan_, "check"), "level");
    const bool alarming = level == "emergency" || level == "urgent";
    if (alarming) begin_notice(ui);
    else begin_card(ui);
    section(ui, checked ? "Exercises are paused" : "First, a short check");
    paragraph(text(plan_, "message").c_str());
    gap(ui, 4);
    if (primary_button(ui, checked ? "See my check" : "Do the check")) ui.go(ScreenId::check);
    if (alarming) end_notice(ui);
    else end_card(ui);
  }

  void draw_acknowledge(Ui& ui) {
    const json& check = object(plan_, "check");
    begin_highlight(ui);
    section(ui, text(check, "title").c_str());
    paragraph(text(plan_, "message").c_str());
    gap(ui, 4);
    paragraph(text(check, "acknowledgement").c_str());
    gap(ui, 4);
    if (primary_button(ui, "I understand and agree")) {
      if (ui.call({{"cmd", "screening.acknowledge"}}, "record your confirmation")) show(ui);
    }
    ImGui::SameLine();
    if (button(ui, "See my check")) ui.go(ScreenId::check);
    end_highlight(ui);
  }

  void draw_session(Ui& ui) {
    const json& today = object(plan_, "today");
    const bool done = flag(today, "done");
    if (const std::string message = text(plan_, "message"); !message.empty()) {
      paragraph(message.c_str());
      gap(ui, 6);
    }
    begin_card(ui);
    section(ui, session_title(today).c_str());
    if (done) {
      ImGui::SameLine();
      badge(ui, "\xE2\x9C\x93 Done today", palette().good_soft, palette().good);
    }
    const json& exercises = list(today, "exercises");
    muted((count_words(static_cast<long long>(exercises.size()), "exercise", "exercises") +
           ". Press a name to see how it is done.")
              .c_str());
    // Warm-up first, then the rest: two short lists read easier than one long one.
    for (const bool warm_up : {true, false}) {
      bool first = true;
      for (const json& e : exercises) {
        if (flag(e, "warm_up") != warm_up) continue;
        if (first) {
          gap(ui, 6);
          ImGui::PushFont(ui.fonts().bold);
          ImGui::TextUnformatted(warm_up ? "Warm-up" : "Exercises");
          ImGui::PopFont();
          first = false;
        }
        draw_exercise_row(ui, e);
      }
    }
    for (const json& note : list(plan_, "notes")) {
      gap(ui, 4);
      bullet_line(ui, as_text(note).c_str());
    }
    gap(ui, 8);
    if (exercises.empty()) {
      muted("Nothing to do today but walk and rest.");
    } else if (!done) {
      if (primary_button(ui, "Start today's session")) session_.begin();
    } else {
      paragraph("Today's session is done. You can do it again if you feel like it.");
      if (button(ui, "Start it again")) session_.begin();
    }
    end_card(ui);
  }

  void draw_exercise_row(Ui& ui, const json& e) {
    ImGui::PushID(text(e, "id").c_str());
    const float dose_x = ImGui::GetCursorPosX() + 310 * ui.zoom();
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(14 * ui.zoom(), 2 * ui.zoom()));
    if (link(ui, text(e, "name").c_str())) ui.open_exercise(text(e, "id"));
    const std::string dose = dose_words(object(e, "dosage"), false);
    const float after_name = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x + 12 * ui.zoom();
    const float x = std::max(after_name, dose_x);
    // The dose beside the name when it fits, else under it.
    const bool beside =
        x + ImGui::CalcTextSize(dose.c_str()).x < ui.column_right() - 22 * ui.zoom();
    if (beside) {
      ImGui::SameLine();
      ImGui::SetCursorPosX(x);  // window-local, like x (SameLine(x) counts from the card)
      ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 4 * ui.zoom());  // the link's padding
    }
    muted(dose.c_str());
    ImGui::PopStyleVar();
    if (const std::string reason = text(e, "reason"); !reason.empty()) {
      ImGui::Indent(4 * ui.zoom());
      paragraph(reason.c_str());
      ImGui::Unindent(4 * ui.zoom());
    }
    ImGui::PopID();
  }

  void draw_week(Ui& ui) {
    section(ui, "This week");
    const json& week = list(plan_, "week");
    if (week.empty()) return;
    const float zoom = ui.zoom();
    const float gap_x = 8 * zoom;
    const float left = ImGui::GetCursorPosX();
    const float tile = (ui.column_right() - left - gap_x * 6) / 7;
    const float height = 140 * zoom;  // room for a kind wrapped in three lines, and the part
    const Palette& p = palette();
    ImDrawList* d = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    for (std::size_t i = 0; i < week.size() && i < 7; ++i) {
      const json& day = week[i];
      const bool is_today = text(day, "date") == today_;
      const bool done = flag(day, "done");
      const ImVec2 min(origin.x + i * (tile + gap_x), origin.y);
      const ImVec2 max(min.x + tile, min.y + height);
      d->AddRectFilled(min, max, to_u32(done ? p.good_soft : p.surface), 10 * zoom);
      d->AddRect(min, max, to_u32(is_today ? p.accent : p.line), 10 * zoom, 0,
                 (is_today ? 2.5f : 1.0f) * zoom);
      const float x = min.x + 10 * zoom;
      ImGui::SetCursorScreenPos(ImVec2(x, min.y + 8 * zoom));
      ImGui::PushFont(ui.fonts().bold);
      if (is_today) ImGui::PushStyleColor(ImGuiCol_Text, p.accent);
      // "Mon 16": the weekday and the day of the month from "16 Nov".
      const std::string date = text(day, "date"), dm = day_month(date);
      const std::string label = weekday_short(date) + " " + dm.substr(0, dm.find(' '));
      ImGui::TextUnformatted(is_today ? "Today" : label.c_str());
      if (is_today) ImGui::PopStyleColor();
      ImGui::PopFont();
      ImGui::SetCursorScreenPos(ImVec2(x, min.y + 36 * zoom));
      // Wrapped inside the tile (the wrap position is window-local).
      ImGui::PushTextWrapPos(max.x - 8 * zoom - ImGui::GetWindowPos().x + ImGui::GetScrollX());
      ImGui::TextUnformatted(day_kind(day).c_str());
      ImGui::PopTextWrapPos();
      ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y + 2 * zoom));
      ImGui::PushStyleColor(ImGuiCol_Text, done ? p.good : p.muted);
      // Today is the tile with the accent border; a tick marks a day with a session.
      std::string status = text(day, "kind") == "strength" ? "Part " + text(day, "plan_day") : "";
      if (done) status += std::string(status.empty() ? "" : " ") + "\xE2\x9C\x93";
      ImGui::TextUnformatted(status.c_str());
      ImGui::PopStyleColor();
    }
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + height));
    ImGui::Dummy(ImVec2(0, 0));
  }

  void draw_walking(Ui& ui) {
    const json& walking = object(plan_, "walking");
    const long long target = integer(walking, "today_minutes");
    const long long goal = integer(walking, "goal_minutes"), days = integer(walking, "goal_days");
    section(ui, "Walking");
    const int walked = checkin_.id.empty() ? 0 : saved_walking_;
    if (target > 0) {
      paragraph(("Today: " + std::to_string(walked) + " of " + std::to_string(target) +
                 " minutes. Your goal builds up to " + std::to_string(goal) + " minutes on " +
                 std::to_string(days) + " days a week.")
                    .c_str());
      progress_bar(ui, static_cast<float>(walked) / static_cast<float>(target), 10);
    } else {
      paragraph("No walking planned today.");
    }
    muted("Note your minutes in the check-in below.");
  }

  void load_checkin(Ui& ui) {
    checkin_ = Checkin{};
    saved_walking_ = 0;
    // Replies are kept in locals: list() returns a reference into them.
    const json settings = ui.call({{"cmd", "settings.get"}}, "read your settings").value_or(json());
    for (const json& name : list(settings, "activities"))
      checkin_.activities.push_back({as_text(name), 5});
    const json entries =
        ui.call({{"cmd", "journal.list"}, {"type", "checkin"}, {"from", today_}, {"to", today_}},
                "read today's check-in")
            .value_or(json());
    const json& found = list(entries, "entries");
    if (found.empty()) return;
    const json& e = found[0];
    checkin_.id = text(e, "id");
    checkin_.pain = static_cast<int>(integer(e, "pain", -1));
    checkin_.walking = saved_walking_ = static_cast<int>(integer(e, "walking_minutes", 0));
    checkin_.new_symptom = flag(e, "new_symptom");
    checkin_.note = text(e, "note");
    for (const json& a : list(e, "activities")) {
      const std::string name = text(a, "name");
      auto it = std::find_if(checkin_.activities.begin(), checkin_.activities.end(),
                             [&](const auto& pair) { return pair.first == name; });
      if (it != checkin_.activities.end()) it->second = static_cast<int>(integer(a, "score", 5));
    }
  }

  void draw_checkin(Ui& ui) {
    begin_card(ui);
    section(ui, "Daily check-in");
    if (!checkin_.id.empty())
      muted("You checked in today. Change anything and save again.");
    else
      muted("A minute a day shows how you are doing over the weeks.");
    gap(ui, 6);
    ImGui::PushFont(ui.fonts().bold);
    paragraph("How bad is your pain today, on average?");
    ImGui::PopFont();
    pain_scale(ui, "pain-today", &checkin_.pain);
    gap(ui, 8);
    if (checkin_.activities.empty()) {
      muted(
          "To rate how well you manage things that matter to you, name up to three activities in "
          "Settings.");
    } else {
      ImGui::PushFont(ui.fonts().bold);
      paragraph("How well could you manage these today? (0 = not at all, 10 = as before)");
      ImGui::PopFont();
      for (auto& [name, score] : checkin_.activities) {
        ImGui::PushID(name.c_str());
        ImGui::SetNextItemWidth(320 * ui.zoom());
        ImGui::SliderInt("##score", &score, 0, 10);
        ImGui::SameLine();
        ImGui::TextUnformatted(name.c_str());
        ImGui::PopID();
      }
    }
    gap(ui, 8);
    number_field(ui, "Minutes walked today", &checkin_.walking, 0, 1440);
    gap(ui, 4);
    check_box(ui, "I have a new symptom I have not had before", &checkin_.new_symptom);
    gap(ui, 4);
    note_field(ui, "Note (optional)", &checkin_.note);
    gap(ui, 8);
    if (primary_button(ui, "Save check-in", checkin_.pain >= 0) && checkin_.pain >= 0)
      save_checkin(ui);
    if (checkin_.pain < 0) {
      ImGui::SameLine();
      muted("Choose a pain score to save.");
    }
    end_card(ui);
  }

  void save_checkin(Ui& ui) {
    json entry = {{"type", "checkin"},
                  {"date", today_},
                  {"pain", checkin_.pain},
                  {"walking_minutes", checkin_.walking},
                  {"new_symptom", checkin_.new_symptom},
                  {"note", checkin_.note}};
    json activities = json::array();
    for (const auto& [name, score] : checkin_.activities)
      activities.push_back({{"name", name}, {"score", score}});
    entry["activities"] = activities;
    if (!checkin_.id.empty()) {
      entry["id"] = checkin_.id;
      if (!ui.call({{"cmd", "journal.edit"}, {"entry", entry}}, "save your check-in")) return;
    } else if (!ui.call({{"cmd", "journal.add"}, {"entry", entry}}, "save your check-in")) {
      return;
    }
    show(ui);  // the plan may change (walking, an offer to re-check)
  }

  void draw_habits(Ui& ui) {
    section(ui, "Habits for a good day");
    if (!habits_available_) {
      muted("The habits checklist is not available in this build.");
      return;
    }
    const json& habits = list(habits_, "habits");
    if (habits.empty()) {
      muted("No habits to show.");
      return;
    }
    for (const json& h : habits) {
      const std::string id = text(h, "id");
      ImGui::PushID(id.c_str());
      bool ticked = flag(h, "ticked");
      if (check_box(ui, text(h, "label").c_str(), &ticked)) {
        if (auto reply = ui.call(
                {{"cmd", "checklist.tick"}, {"date", today_}, {"habit", id}, {"ticked", ticked}},
                "tick the habit")) {
          for (json& each : habits_["habits"]) {
            const std::string each_id = text(each, "id");
            const json& now_ticked = list(*reply, "ticked");
            each["ticked"] =
                std::find(now_ticked.begin(), now_ticked.end(), json(each_id)) != now_ticked.end();
          }
        }
      }
      if (const std::string why = text(h, "why"); !why.empty()) {
        ImGui::Indent(44 * ui.zoom());
        muted(why.c_str());
        ImGui::Unindent(44 * ui.zoom());
      }
      ImGui::PopID();
    }
  }

  void draw_changes(Ui& ui) {
    const json& changes = list(plan_, "progression");
    if (changes.empty()) return;
    gap(ui, 20);
    section(ui, "How your plan changed");
    for (const json& c : changes)
      bullet_line(ui, (day_month(text(c, "date")) + ": " + text(c, "change") +
                       (text(c, "reason").empty() ? "" : " (" + text(c, "reason") + ")"))
                          .c_str());
  }

  void draw_guidance(Ui& ui, const json& card) {
    begin_highlight(ui);
    section(ui, text(card, "title").c_str());
    paragraph(text(card, "summary").c_str());
    for (const json& para : list(card, "body")) paragraph(as_text(para).c_str());
    if (const std::string t = text(card, "try_this"); !t.empty()) {
      ImGui::PushFont(ui.fonts().bold);
      paragraph(("Try this: " + t).c_str());
      ImGui::PopFont();
    }
    end_highlight(ui);
    gap(ui, 10);
  }

  std::string today_;
  json plan_;
  json habits_;
  bool habits_available_ = true;
  json sciatica_cards_ = json::array();
  Checkin checkin_;
  int saved_walking_ = 0;
  bool saved_note_ = false;
  SessionPanel session_;
};

}  // namespace

std::unique_ptr<Screen> make_today_screen() { return std::make_unique<TodayScreen>(); }

}  // namespace limber::desktop
