// The library screen: every exercise, searchable and filtered by the catalogue's own
// vocabulary (catalogue.vocabulary, catalogue.query), each with a small figure; and one
// exercise in full (exercise.get) with a large figure, steps, cues, how it should feel,
// when to stop, the dose and links to its easier and harder steps.
#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <iterator>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "figure_view.h"
#include "reply.h"
#include "screens.h"
#include "style.h"
#include "widgets.h"
#include "words.h"

namespace limber::desktop {
namespace {

// The filters offered, in the order shown; each is a catalogue.query argument.
constexpr const char* kFilters[] = {"region", "category", "position", "equipment"};
constexpr const char* kFilterNames[] = {"Body area", "Kind", "Position", "Equipment"};

class LibraryScreen final : public Screen {
 public:
  // The core's everyday words for a catalogue value (catalogue.vocabulary's labels).
  std::string named(const char* kind, const std::string& value) const {
    const std::string words = text(object(object(vocabulary_, "labels"), kind), value.c_str());
    return words.empty() ? label_words(value) : words;
  }

  void show(Ui& ui) override {
    if (vocabulary_.empty())
      vocabulary_ =
          ui.call({{"cmd", "catalogue.vocabulary"}}, "read the filters").value_or(json::object());
    if (const std::string link = ui.take_exercise_link(); !link.empty()) open(ui, link);
    if (results_.is_null()) query(ui);
  }

  void draw(Ui& ui) override {
    if (!detail_.is_null())
      draw_detail(ui);
    else
      draw_list(ui);
  }

 private:
  void query(Ui& ui) {
    json request = {{"cmd", "catalogue.query"}};
    for (const char* key : kFilters)
      if (!filters_[key].empty()) request[key] = filters_[key];
    if (level_ > 0) request["level"] = level_;
    if (!search_.empty()) request["search"] = search_;
    results_ = ui.call(request, "search the exercises").value_or(json::object());
  }

  const json& small_figure(Ui& ui, const std::string& id) {
    auto it = thumbnails_.find(id);
    if (it == thumbnails_.end()) {
      const auto shapes = ui.call({{"cmd", "figure.shapes"}, {"id", id}}, "draw the exercise");
      it = thumbnails_.emplace(id, shapes.value_or(json())).first;
    }
    return it->second;
  }

  void open(Ui& ui, const std::string& id) {
    const auto exercise = ui.call({{"cmd", "exercise.get"}, {"id", id}}, "open the exercise");
    if (!exercise) return;
    detail_ = *exercise;
    pose_.clear();
    load_pose(ui);
    ImGui::SetScrollY(0);
  }

  void load_pose(Ui& ui) {
    json request = {{"cmd", "figure.shapes"}, {"id", text(detail_, "id")}, {"aspect", 1.25}};
    if (!pose_.empty()) request["pose"] = pose_;
    large_figure_ = ui.call(request, "draw the exercise").value_or(json());
  }

  void draw_filters(Ui& ui) {
    ImGui::SetNextItemWidth(std::min(520 * ui.zoom(), ui.column_right() - ImGui::GetCursorPosX()));
    bool changed = ImGui::InputTextWithHint("##search", "Search by name, e.g. bridge", &search_);
    gap(ui, 2);
    const float combo = 170 * ui.zoom();
    // Placed by hand, not with SameLine (which would align each label with the previous
    // combo's frame): as many groups a row as fit, each row's groups level at the top.
    const float line_x = ImGui::GetCursorPosX();
    const float step = combo + ImGui::GetStyle().ItemSpacing.x;
    float row_y = ImGui::GetCursorPosY(), next_row_y = row_y, x = line_x;
    for (std::size_t f = 0; f < std::size(kFilters); ++f) {
      const char* key = kFilters[f];
      const std::string current = filters_[key];
      if (x > line_x && x + combo > ui.column_right()) {
        x = line_x;
        row_y = next_row_y;
      }
      ImGui::SetCursorPos(ImVec2(x, row_y));
      x += step;
      ImGui::BeginGroup();
      muted(kFilterNames[f]);
      ImGui::SetNextItemWidth(combo);
      ImGui::PushID(key);
      if (ImGui::BeginCombo("##filter", current.empty() ? "Any" : named(key, current).c_str())) {
        if (ImGui::Selectable("Any", current.empty())) {
          filters_[key].clear();
          changed = true;
        }
        for (const json& value : list(vocabulary_, key)) {
          const std::string v = as_text(value);
          if (ImGui::Selectable(named(key, v).c_str(), v == current)) {
            filters_[key] = v;
            changed = true;
          }
        }
        ImGui::EndCombo();
      }
      ImGui::PopID();
      ImGui::EndGroup();
      next_row_y = std::max(next_row_y, ImGui::GetCursorPosY());
    }
    ImGui::SetCursorPos(ImVec2(line_x, next_row_y));
    gap(ui, 4);
    muted("Level");
    static const char* const kLevels[] = {"Any", "1 Easy", "2 Medium", "3 Hard"};
    for (int l = 0; l <= 3; ++l) {
      if (l > 0) ImGui::SameLine();
      if (choice(ui, kLevels[l], level_ == l)) {
        changed |= level_ != l;
        level_ = l;
      }
    }
    if (changed) query(ui);
  }

  void draw_list(Ui& ui) {
    heading(ui, "Exercise library");
    lead(ui, "Every exercise Limber knows, with a picture, the steps and when to stop.");
    gap(ui, 6);
    draw_filters(ui);
    gap(ui, 10);
    const json& exercises = list(results_, "exercises");
    muted(count_words(static_cast<long long>(exercises.size()), "exercise", "exercises").c_str());
    if (exercises.empty()) {
      paragraph("Nothing matches. Try fewer filters or another word.");
      return;
    }
    const float zoom = ui.zoom();
    const ImVec2 thumb(120 * zoom, 96 * zoom);
    const float pad = 10 * zoom;
    for (const json& e : exercises) {
      const std::string id = text(e, "id");
      const std::string name = text(e, "name"), summary = text(e, "summary");
      const std::string meta = named("category", text(e, "category")) + "  ·  " +
                               named("position", text(e, "position")) + "  ·  " +
                               named("level", std::to_string(integer(e, "level", 1)));
      ImGui::PushID(id.c_str());
      const ImVec2 top = ImGui::GetCursorScreenPos();
      const float width = ImGui::GetWindowPos().x + ui.column_right() - top.x;
      const float text_x = top.x + thumb.x + 2 * pad + 14 * zoom;
      const float wrap = top.x + width - pad - text_x;
      // The row is as tall as its words need on this window, at least the picture's height.
      const float line = ImGui::GetTextLineHeightWithSpacing();
      const float words = line + ImGui::CalcTextSize(summary.c_str(), nullptr, false, wrap).y +
                          ImGui::GetStyle().ItemSpacing.y + line;
      const float height = std::max(thumb.y, words) + 2 * pad;
      // The whole row is one target; the picture and words are drawn over it.
      const bool pressed = ImGui::InvisibleButton("row", ImVec2(width, height));
      const bool hovered = ImGui::IsItemHovered();
      const ImVec2 bottom_right(top.x + width, top.y + height);
      ImDrawList* d = ImGui::GetWindowDrawList();
      d->AddRectFilled(top, bottom_right,
                       to_u32(hovered ? palette().accent_soft : palette().surface), 12 * zoom);
      d->AddRect(top, bottom_right, to_u32(palette().line), 12 * zoom, 0, zoom);
      ImGui::RenderNavHighlight(ImRect(top, bottom_right), ImGui::GetItemID());
      const float thumb_y = top.y + (height - thumb.y) / 2;
      paint_figure(d, small_figure(ui, id), ImVec2(top.x + pad, thumb_y),
                   ImVec2(top.x + pad + thumb.x, thumb_y + thumb.y));
      ImGui::SetCursorScreenPos(ImVec2(text_x, top.y + pad));
      ImGui::BeginGroup();
      ImGui::PushTextWrapPos(text_x - ImGui::GetWindowPos().x + wrap);
      ImGui::PushFont(ui.fonts().bold);
      ImGui::TextUnformatted(name.c_str());
      ImGui::PopFont();
      ImGui::TextUnformatted(summary.c_str());
      muted(meta.c_str());
      ImGui::PopTextWrapPos();
      ImGui::EndGroup();
      ImGui::SetCursorScreenPos(ImVec2(top.x, bottom_right.y + 10 * zoom));
      ImGui::Dummy(ImVec2(0, 0));
      ImGui::PopID();
      if (pressed) {
        open(ui, id);
        break;
      }
    }
  }

  void alternatives(Ui& ui, const char* title, const json& items) {
    if (items.empty()) return;
    ImGui::PushFont(ui.fonts().bold);
    ImGui::TextUnformatted(title);
    ImGui::PopFont();
    for (const json& a : items) {
      ImGui::SameLine();
      ImGui::PushID(text(a, "id").c_str());
      const bool go = link(ui, text(a, "name").c_str());
      ImGui::PopID();
      if (go) {
        open(ui, text(a, "id"));
        return;
      }
    }
  }

  void draw_detail(Ui& ui) {
    if (button(ui, "\xE2\x86\x90 All exercises")) {
      detail_ = json();
      return;
    }
    gap(ui, 6);
    heading(ui, text(detail_, "name").c_str());
    lead(ui, text(detail_, "summary").c_str());
    gap(ui, 6);
    const float zoom = ui.zoom();
    const float width = std::min(560 * zoom, ui.column_right() - ImGui::GetCursorPosX());
    figure(ui, large_figure_, ImVec2(width, width / 1.25f));
    // The key poses the core has for it: start and end of a movement, or the hold.
    const json& poses = list(large_figure_, "poses");
    if (poses.size() > 1) {
      const float y = ImGui::GetCursorPosY();
      ImGui::SetCursorPosY(y + (54 * zoom - ImGui::GetFontSize()) / 2);  // beside the buttons
      muted("Picture shows the");
      for (const char* name : {"start", "end"}) {
        ImGui::SameLine();
        ImGui::SetCursorPosY(y);
        if (choice(ui, name[0] == 's' ? "Start" : "End",
                   pose_ == name || (pose_.empty() && name[0] == 'e'))) {
          pose_ = name;
          load_pose(ui);
        }
      }
    }
    gap(ui, 8);
    fact(ui, "Dose", dose_words(object(detail_, "dosage")));
    fact(ui, "Position", named("position", text(detail_, "position")));
    std::string equipment, regions;
    for (const json& q : list(detail_, "equipment"))
      equipment += (equipment.empty() ? "" : ", ") + named("equipment", as_text(q));
    for (const json& r : list(detail_, "regions"))
      regions += (regions.empty() ? "" : ", ") + named("region", as_text(r));
    fact(ui, "You need", equipment.empty() ? "Nothing" : equipment);
    fact(ui, "Works on", regions);
    const std::string level = std::to_string(integer(detail_, "level", 1));
    fact(ui, "Level", named("level", level) + " (" + level + " of 3)");
    gap(ui, 10);

    steps_and_cues(ui, list(detail_, "steps"), list(detail_, "cues"), 8);
    if (const std::string feel = text(detail_, "feel"); !feel.empty()) {
      gap(ui, 8);
      section(ui, "What you should feel");
      paragraph(feel.c_str());
    }
    gap(ui, 8);
    stop_if_notice(ui, text(detail_, "stop_if"));
    gap(ui, 10);
    alternatives(ui, "Easier:", list(detail_, "easier_exercises"));
    alternatives(ui, "Harder:", list(detail_, "harder_exercises"));
    std::string sources;
    for (const json& s : list(detail_, "sources"))
      sources += (sources.empty() ? "" : "; ") + as_text(s);
    if (!sources.empty()) {
      gap(ui, 8);
      muted(("Sources: " + sources + ".").c_str());
    }
  }

  json vocabulary_;
  json results_;
  std::map<std::string, std::string> filters_;
  int level_ = 0;
  std::string search_;
  std::map<std::string, json> thumbnails_;
  json detail_;
  std::string pose_;
  json large_figure_;
};

}  // namespace

std::unique_ptr<Screen> make_library_screen() { return std::make_unique<LibraryScreen>(); }

}  // namespace limber::desktop
