// The progress screen: what the core derives from the journal (stats.get: streaks, this
// week against the targets, pain trend, adherence, series for the two charts) and the
// journal itself (journal.list), newest first, where an entry's pain and note can be
// corrected (journal.edit) or the entry deleted (journal.delete, after a confirmation).
#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>

#include "charts.h"
#include "reply.h"
#include "screens.h"
#include "style.h"
#include "widgets.h"
#include "words.h"

namespace limber::desktop {
namespace {

constexpr int kHistoryPage = 20;

std::string one_decimal(double v) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", v);
  return text;
}

std::string entry_title(const json& e) {
  const std::string type = text(e, "type");
  if (type == "session") {
    const std::string day = text(e, "plan_day");
    return day == "A" || day == "B" ? "Strength session " + day
                                    : label_words(day.empty() ? "session" : day) + " session";
  }
  if (type == "checkin") return "Check-in";
  if (type == "habits") return "Habits";
  return label_words(type);
}

std::string entry_summary(const json& e) {
  const std::string type = text(e, "type");
  std::string out;
  auto add = [&out](const std::string& part) { out += (out.empty() ? "" : "  ·  ") + part; };
  if (type == "session") {
    const json& exercises = list(e, "exercises");
    long long done = 0, seconds = 0;
    for (const json& x : exercises) {
      done += text(x, "status") == "done";
      seconds += integer(x, "seconds");
    }
    add(std::to_string(done) + " of " + std::to_string(exercises.size()) + " exercises done");
    add(duration_words(seconds * 1000));
    const bool before = !is_null_or_missing(e, "pain_before"),
               after = !is_null_or_missing(e, "pain_after");
    if (before || after)
      add("pain " + (before ? std::to_string(integer(e, "pain_before")) : std::string("?")) +
          " \xE2\x86\x92 " + (after ? std::to_string(integer(e, "pain_after")) : std::string("?")));
  } else if (type == "checkin") {
    add("pain " + std::to_string(integer(e, "pain")));
    if (!is_null_or_missing(e, "walking_minutes"))
      add("walked " + std::to_string(integer(e, "walking_minutes")) + " min");
    if (flag(e, "new_symptom")) add("new symptom");
    for (const json& a : list(e, "activities"))
      add(text(a, "name") + " " + std::to_string(integer(a, "score")) + "/10");
  } else if (type == "habits") {
    add(count_words(static_cast<long long>(list(e, "ticked").size()), "habit ticked",
                    "habits ticked"));
  }
  return out;
}

class ProgressScreen final : public Screen {
 public:
  void show(Ui& ui) override {
    stats_ = ui.call({{"cmd", "stats.get"}, {"date", ui.today()}, {"weeks", 8}},
                     "work out your progress")
                 .value_or(json());
    entries_ = ui.call({{"cmd", "journal.list"}}, "read your journal").value_or(json());
    editing_.clear();
    deleting_.clear();
  }

  void draw(Ui& ui) override {
    heading(ui, "Your progress");
    lead(ui, "From your own journal, kept on this computer.");
    gap(ui, 10);
    draw_tiles(ui);
    gap(ui, 16);
    draw_pain(ui);
    gap(ui, 16);
    draw_minutes(ui);
    gap(ui, 16);
    draw_activities(ui);
    draw_history(ui);
  }

 private:
  // Three numbers side by side: streak, sessions this week, walking this week.
  void draw_tiles(Ui& ui) {
    struct Tile {
      std::string big, small;
    };
    const Tile tiles[] = {
        {std::to_string(integer(stats_, "current_streak")),
         count_words(integer(stats_, "current_streak"), "day", "days") + " in a row (best " +
             std::to_string(integer(stats_, "longest_streak")) + ")"},
        {std::to_string(integer(stats_, "sessions_this_week")) + " of " +
             std::to_string(integer(stats_, "sessions_target")),
         "sessions this week"},
        {std::to_string(integer(stats_, "walking_minutes_this_week")) + " of " +
             std::to_string(integer(stats_, "walking_minutes_target")),
         "minutes walked this week"},
    };
    const float zoom = ui.zoom();
    const float gap_x = 12 * zoom;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = (ImGui::GetWindowPos().x + ui.column_right() - origin.x - 2 * gap_x) / 3;
    const float height = 104 * zoom;
    ImDrawList* d = ImGui::GetWindowDrawList();
    for (int i = 0; i < 3; ++i) {
      const ImVec2 min(origin.x + i * (width + gap_x), origin.y);
      d->AddRectFilled(min, ImVec2(min.x + width, min.y + height), to_u32(palette().surface),
                       12 * zoom);
      d->AddRect(min, ImVec2(min.x + width, min.y + height), to_u32(palette().line), 12 * zoom, 0,
                 zoom);
      ImGui::SetCursorScreenPos(ImVec2(min.x + 16 * zoom, min.y + 12 * zoom));
      ImGui::PushFont(ui.fonts().heading);
      ImGui::TextUnformatted(tiles[i].big.c_str());
      ImGui::PopFont();
      ImGui::SetCursorScreenPos(ImVec2(min.x + 16 * zoom, min.y + 60 * zoom));
      ImGui::PushTextWrapPos(min.x - ImGui::GetWindowPos().x + width - 12 * zoom);
      muted(tiles[i].small.c_str());
      ImGui::PopTextWrapPos();
    }
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + height));
    ImGui::Dummy(ImVec2(0, 0));
    gap(ui, 4);
    const long long done = integer(stats_, "sessions_done_4w"),
                    planned = integer(stats_, "sessions_planned_4w");
    if (!is_null_or_missing(stats_, "adherence"))
      paragraph(("In the last four weeks you did " + std::to_string(done) + " of " +
                 std::to_string(planned) + " planned sessions (" +
                 std::to_string(static_cast<int>(number(stats_, "adherence") * 100 + 0.5)) + "%).")
                    .c_str());
  }

  float chart_width(Ui& ui) const {
    return ImGui::GetWindowPos().x + ui.column_right() - ImGui::GetCursorScreenPos().x;
  }

  void draw_pain(Ui& ui) {
    section(ui, "Pain over the last four weeks");
    if (!is_null_or_missing(stats_, "pain_average_7d"))
      paragraph(("Average over the last 7 days: " + one_decimal(number(stats_, "pain_average_7d")) +
                 " out of 10 (from " + count_words(integer(stats_, "pain_days_7d"), "day", "days") +
                 ").")
                    .c_str());
    else
      paragraph("No pain noted in the last 7 days. The daily check-in on Today adds it.");
    muted(text(object(stats_, "pain_trend"), "text").c_str());  // the core's sentence
    gap(ui, 4);
    pain_chart(ui, list(stats_, "pain_series"), ImVec2(chart_width(ui), 280 * ui.zoom()));
  }

  void draw_minutes(Ui& ui) {
    section(ui, "Minutes each week");
    muted("Guided sessions and walking, over the last eight weeks.");
    gap(ui, 4);
    minutes_chart(ui, list(stats_, "weekly"), ImVec2(chart_width(ui), 280 * ui.zoom()));
  }

  void draw_activities(Ui& ui) {
    const json& activities = list(stats_, "activities");
    if (activities.empty()) return;
    section(ui, "Activities you rate");
    for (const json& a : activities) {
      std::string line = text(a, "name") + ": ";
      line += is_null_or_missing(a, "latest")
                  ? "not rated yet"
                  : "last " + std::to_string(integer(a, "latest")) + " of 10";
      const std::string trend = text(object(a, "trend"), "text");  // the core's words
      if (!trend.empty()) line += ", " + trend;
      bullet_line(ui, line.c_str());
    }
    gap(ui, 16);
  }

  void draw_history(Ui& ui) {
    section(ui, "Your journal");
    const json& entries = list(entries_, "entries");
    if (entries.empty()) {
      paragraph("Nothing yet. Sessions and check-ins you save appear here.");
      return;
    }
    int shown = 0;
    for (const json& e : entries) {
      if (shown++ >= shown_limit_) break;
      const std::string id = text(e, "id");
      ImGui::PushID(id.c_str());
      const std::string type = text(e, "type");
      begin_card(ui);
      ImGui::PushFont(ui.fonts().bold);
      ImGui::TextUnformatted((date_words(text(e, "date")) + "  ·  " + entry_title(e)).c_str());
      ImGui::PopFont();
      if (editing_ != id && deleting_ != id) {
        // Edit and Delete sit at the right end of the title line.
        const float zoom = ui.zoom();
        const bool editable = type == "checkin" || type == "session";
        const float buttons =
            (editable ? small_button_width(ui, "Edit") + ImGui::GetStyle().ItemSpacing.x : 0) +
            small_button_width(ui, "Delete");
        // SameLine(x) would count from the card's group, not the window: place by hand.
        ImGui::SameLine();
        ImGui::SetCursorPosX(ui.column_right() - 22 * zoom - buttons);
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() - 6 * zoom);
        if (editable && small_button(ui, "Edit")) start_edit(e);
        if (editable) ImGui::SameLine();
        if (small_button(ui, "Delete")) deleting_ = id;
      }
      paragraph(entry_summary(e).c_str());
      if (const std::string note = text(e, "note"); !note.empty())
        muted(("\xE2\x80\x9C" + note + "\xE2\x80\x9D").c_str());
      if (editing_ == id)
        draw_editor(ui);
      else if (deleting_ == id)
        draw_delete(ui, id);
      end_card(ui);
      gap(ui, 6);
      ImGui::PopID();
      if (changed_) break;
    }
    if (changed_) {
      changed_ = false;
      show(ui);
      return;
    }
    if (static_cast<int>(entries.size()) > shown_limit_) {
      if (button(ui, "Show older entries")) shown_limit_ += kHistoryPage;
    }
  }

  void start_edit(const json& e) {
    editing_ = text(e, "id");
    deleting_.clear();
    edited_ = e;
    pain_key_ = text(e, "type") == "session" ? "pain_after" : "pain";
    edit_pain_ = static_cast<int>(integer(e, pain_key_.c_str(), -1));
    edit_note_ = text(e, "note");
  }

  void draw_editor(Ui& ui) {
    gap(ui, 4);
    paragraph(pain_key_ == "pain" ? "Pain that day" : "Pain after the session");
    pain_scale(ui, "edit-pain", &edit_pain_);
    note_field(ui, "Note", &edit_note_);
    if (primary_button(ui, "Save changes")) {
      json entry = edited_;
      if (edit_pain_ >= 0) entry[pain_key_] = edit_pain_;
      entry["note"] = edit_note_;
      if (ui.call({{"cmd", "journal.edit"}, {"entry", entry}}, "change the entry")) changed_ = true;
    }
    ImGui::SameLine();
    if (button(ui, "Cancel")) editing_.clear();
  }

  void draw_delete(Ui& ui, const std::string& id) {
    gap(ui, 4);
    ImGui::PushStyleColor(ImGuiCol_Text, palette().problem);
    paragraph("Delete this entry? It cannot be undone.");
    const bool yes = button(ui, "Yes, delete it");
    ImGui::PopStyleColor();
    if (yes && ui.call({{"cmd", "journal.delete"}, {"id", id}}, "delete the entry"))
      changed_ = true;
    ImGui::SameLine();
    if (button(ui, "Keep it")) deleting_.clear();
  }

  json stats_;
  json entries_;
  int shown_limit_ = kHistoryPage;
  std::string editing_, deleting_;
  json edited_;
  std::string pain_key_;
  int edit_pain_ = -1;
  std::string edit_note_;
  bool changed_ = false;
};

}  // namespace

std::unique_ptr<Screen> make_progress_screen() { return std::make_unique<ProgressScreen>(); }

}  // namespace limber::desktop
