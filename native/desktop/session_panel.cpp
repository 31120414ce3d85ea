#include "session_panel.h"

#include <algorithm>
#include <cstdio>

#include "figure_view.h"
#include "reply.h"
#include "style.h"
#include "widgets.h"
#include "words.h"

namespace limber::desktop {
namespace {

constexpr long long kCueShowMs = 3000;
// A cue that fell due longer ago than this (the person was on another screen) is shown but
// not sounded: a beep for something already past would only confuse.
constexpr long long kCueSoundWindowMs = 2500;

// Every session command carries the time and whether the person wants still pictures.
json session_request(Ui& ui, const char* command) {
  return {{"cmd", command}, {"now", ui.now_ms()}, {"reduced_motion", ui.prefs().reduce_motion}};
}

}  // namespace

void SessionPanel::show(Ui& ui) {
  if (stage_ == Stage::before) return;
  const Answer answer =
      ui.ask(session_request(ui, "session.view"), "show the running session", {"no_session"});
  if (answer.ok) {
    stage_ = Stage::live;
    take_view(ui, answer.result);
  } else {
    stage_ = Stage::none;
  }
}

bool SessionPanel::take_ended() {
  const bool was = ended_;
  ended_ = false;
  return was;
}

void SessionPanel::end(bool saved) {
  stage_ = Stage::none;
  view_ = json();
  pain_before_ = pain_after_ = -1;
  note_.clear();
  confirm_discard_ = false;
  shapes_key_.clear();
  ended_ = true;
  saved_last_ = saved;
}

bool SessionPanel::follow(Ui& ui) {
  // The core advances by timestamps, so a slow frame never drifts the timer.
  auto view = ui.call(session_request(ui, "session.view"), "follow the session");
  if (view) take_view(ui, std::move(*view));
  return view.has_value();
}

void SessionPanel::wake_for_next_second(Ui& ui) {
  long long next = integer(view_, "step_remaining_ms") % 1000;
  if (next == 0) next = 1000;
  const long long cue_left = kCueShowMs - (ui.now_ms() - cue_shown_at_);
  if (cue_left > 0) next = std::min(next, cue_left);
  ui.wake_in(next + 5);
}

void SessionPanel::background(Ui& ui) {
  // Cues fall on whole seconds of the countdown, so following it second by second sounds
  // each one on time at almost no cost.
  if (stage_ != Stage::live || text(view_, "state") != "running") return;
  if (follow(ui) && text(view_, "state") == "running") wake_for_next_second(ui);
}

void SessionPanel::take_view(Ui& ui, json view) {
  view_ = std::move(view);
  const long long now = ui.now_ms();
  for (const json& cue : list(view_, "cues")) {
    // The next exercise's name is the heading already; other cues show for a moment.
    if (text(cue, "kind") != "next_exercise") {
      cue_text_ = text(cue, "text");
      cue_shown_at_ = now;
    }
    if (now - integer(cue, "due", now) <= kCueSoundWindowMs) ui.cue();
  }
}

bool SessionPanel::act(Ui& ui, const char* command, const std::string& doing) {
  const auto view = ui.call(session_request(ui, command), doing);
  if (!view) return false;
  take_view(ui, *view);
  return true;
}

void SessionPanel::draw(Ui& ui) {
  switch (stage_) {
    case Stage::none: return;
    case Stage::before: draw_before(ui); return;
    case Stage::live:
      if (text(view_, "state") == "finished")
        draw_after(ui);
      else
        draw_live(ui);
      return;
  }
}

void SessionPanel::draw_before(Ui& ui) {
  heading(ui, "Before you start");
  lead(ui, "How is your pain right now? This helps the next sessions go easier or harder.");
  gap(ui, 6);
  pain_scale(ui, "pain-before", &pain_before_);
  gap(ui, 16);
  paragraph("Clear a space, and have a chair or a wall near you for balance.");
  gap(ui, 6);
  if (primary_button(ui, "Start")) {
    json request = session_request(ui, "session.start");
    request["date"] = ui.today();
    if (pain_before_ >= 0) request["pain_before"] = pain_before_;
    if (auto view = ui.call(request, "start the session")) {
      stage_ = Stage::live;
      take_view(ui, *view);
    }
  }
  ImGui::SameLine();
  if (button(ui, "Not now")) {
    stage_ = Stage::none;
    pain_before_ = -1;
  }
}

void SessionPanel::draw_live(Ui& ui) {
  const bool running = text(view_, "state") == "running";
  if (running) {
    if (!follow(ui)) return;
    if (text(view_, "state") == "finished") {
      draw_after(ui);
      return;
    }
    // A moving figure redraws at the animation rate; a still one only when the countdown
    // shows its next second (or the cue line goes), which keeps a long hold nearly free.
    const json& frame = object(view_, "figure_frame");
    if (text(frame, "from") != text(frame, "to")) {
      ui.animate();
    } else {
      wake_for_next_second(ui);
    }
  }
  // After "this hurts" the screen is about the exercise that hurt and the choice; the next
  // exercise's countdown, picture and buttons wait until the person goes on.
  const json& hurt = object(view_, "hurt");
  if (!hurt.empty()) {
    draw_hurt(ui, hurt);
    return;
  }
  const float zoom = ui.zoom();
  const long long item = integer(view_, "item"), count = integer(view_, "item_count");
  const long long elapsed = integer(view_, "elapsed_ms"),
                  remaining = integer(view_, "remaining_ms");
  muted(("Exercise " + std::to_string(item + 1) + " of " + std::to_string(count) + "  ·  " +
         time_left_words(remaining))
            .c_str());
  progress_bar(
      ui, elapsed + remaining > 0 ? static_cast<float>(elapsed) / (elapsed + remaining) : 0, 6);
  gap(ui, 6);
  heading(ui, text(view_, "name").c_str());
  gap(ui, 4);

  // The picture on the left, the countdown and counters on the right.
  const float column = ui.column_right() - ImGui::GetCursorPosX();
  const float picture = std::min(column * 0.55f, 420 * zoom);
  draw_picture(ui, picture);
  ImGui::SameLine(0, 28 * zoom);
  ImGui::BeginGroup();
  const std::string step = text(view_, "step");
  ImGui::PushFont(ui.fonts().section);
  ImGui::TextUnformatted(running ? text(view_, "step_text").c_str() : "Paused");
  ImGui::PopFont();
  ImGui::PushFont(ui.fonts().display);
  ImGui::PushStyleColor(ImGuiCol_Text, running ? palette().text : palette().muted);
  ImGui::TextUnformatted(clock_words(integer(view_, "step_remaining_ms")).c_str());
  ImGui::PopStyleColor();
  ImGui::PopFont();
  const long long step_elapsed = integer(view_, "step_elapsed_ms");
  const long long step_total = step_elapsed + integer(view_, "step_remaining_ms");
  progress_bar(ui, step_total > 0 ? static_cast<float>(step_elapsed) / step_total : 0, 10,
               column - picture - 28 * zoom);
  gap(ui, 6);
  const std::string side_label = text(view_, "side_text");  // "" when the step has no side
  if (!side_label.empty()) badge(ui, side_label.c_str(), palette().accent, palette().on_accent);
  const long long set = integer(view_, "set"), sets = integer(view_, "sets");
  const long long rep = integer(view_, "rep"), reps = integer(view_, "reps");
  ImGui::PushFont(ui.fonts().bold);
  if (sets > 0)
    ImGui::TextUnformatted(
        ("Set " + std::to_string(std::max(1LL, set)) + " of " + std::to_string(sets)).c_str());
  if (reps > 0 && step == "work")
    ImGui::TextUnformatted(
        ("Repetition " + std::to_string(std::max(1LL, rep)) + " of " + std::to_string(reps))
            .c_str());
  ImGui::PopFont();
  // The latest cue for a moment, unless the side badge already says it.
  if (!cue_text_.empty() && cue_text_ != side_label && ui.now_ms() - cue_shown_at_ < kCueShowMs) {
    ImGui::PushFont(ui.fonts().section);
    ImGui::PushStyleColor(ImGuiCol_Text, palette().accent);
    ImGui::TextUnformatted(cue_text_.c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
  }
  ImGui::EndGroup();
  gap(ui, 10);

  draw_controls(ui, running);
  gap(ui, 16);

  steps_and_cues(ui, list(view_, "steps"), list(view_, "cue_lines"), 6);
  gap(ui, 6);
  stop_if_notice(ui, text(view_, "stop_if"));
}

void SessionPanel::draw_picture(Ui& ui, float width) {
  const json& frame = object(view_, "figure_frame");
  const std::string id = text(view_, "exercise_id");
  if (!frame.empty() && !id.empty()) {
    char phase[32];
    std::snprintf(phase, sizeof phase, "%.3f", number(frame, "phase"));
    const std::string key = id + "/" + text(frame, "from") + "/" + text(frame, "to") + "/" + phase;
    if (key != shapes_key_) {
      shapes_key_ = key;
      const auto shapes = ui.call({{"cmd", "figure.shapes"},
                                   {"id", id},
                                   {"from", text(frame, "from")},
                                   {"to", text(frame, "to")},
                                   {"phase", number(frame, "phase")}},
                                  "draw the exercise");
      shapes_ = shapes ? *shapes : json();
    }
  } else {
    shapes_ = json();
  }
  figure(ui, shapes_, ImVec2(width, width / 1.25f));
}

void SessionPanel::draw_hurt(Ui& ui, const json& hurt) {
  muted(("Exercise " + std::to_string(integer(hurt, "item") + 1) + " of " +
         std::to_string(integer(view_, "item_count")))
            .c_str());
  gap(ui, 6);
  heading(ui, text(hurt, "name").c_str());
  gap(ui, 4);
  begin_highlight(ui);
  section(ui, "Stopped. That is OK.");
  paragraph("We stopped it and noted that it hurt.");
  paragraph(text(hurt, "text").c_str());
  gap(ui, 4);
  const json& easier = object(hurt, "easier");
  // No next exercise after the last one: going on ends the session (and is the only way to).
  const bool last = text(hurt, "next_name").empty();
  const std::string go_on = last ? "Finish the session" : "Go on to " + text(hurt, "next_name");
  if (!easier.empty()) {
    if (primary_button(ui, ("Try " + text(easier, "name")).c_str()) &&
        act(ui, "session.easier", "switch to the easier exercise"))
      act(ui, "session.resume", "start it");
    same_line_if_fits(ui, button_width(go_on.c_str()));
    if (button(ui, go_on.c_str())) act(ui, "session.resume", "go on");
  } else if (primary_button(ui, go_on.c_str())) {
    act(ui, "session.resume", "go on");
  }
  gap(ui, 4);
  ImGui::PushStyleColor(ImGuiCol_Text, palette().muted);
  paragraph("If the pain is severe or something new worries you, stop and contact a doctor.");
  ImGui::PopStyleColor();
  end_highlight(ui);
  gap(ui, 8);
  if (!last && button(ui, "End session")) act(ui, "session.finish", "end the session");
}

void SessionPanel::draw_controls(Ui& ui, bool running) {
  if (running) {
    if (primary_button(ui, "Pause")) act(ui, "session.pause", "pause the session");
  } else if (primary_button(ui, "Resume")) {
    act(ui, "session.resume", "resume the session");
  }
  ImGui::SameLine();
  if (button(ui, "Back")) act(ui, "session.back", "go back");
  ImGui::SameLine();
  if (button(ui, "Skip")) act(ui, "session.skip", "skip the exercise");
  ImGui::SameLine();
  ImGui::PushStyleColor(ImGuiCol_Text, palette().problem);
  if (button(ui, "This hurts")) act(ui, "session.hurts", "stop the exercise");
  ImGui::PopStyleColor();
  same_line_if_fits(ui, button_width("End session"));
  if (button(ui, "End session")) act(ui, "session.finish", "end the session");
}

void SessionPanel::draw_after(Ui& ui) {
  heading(ui, "Session finished");
  lead(ui,
       "Well done for making time for it. Two quick questions, then it is saved in your journal.");
  gap(ui, 6);
  section(ui, "How is your pain now?");
  pain_scale(ui, "pain-after", &pain_after_);
  gap(ui, 10);
  note_field(ui, "A note for yourself (optional)", &note_);
  gap(ui, 10);
  if (primary_button(ui, "Save session")) {
    json request = {{"cmd", "session.save"}};
    if (pain_after_ >= 0) request["pain_after"] = pain_after_;
    if (!note_.empty()) request["note"] = note_;
    if (ui.call(request, "save the session")) end(true);
    return;
  }
  ImGui::SameLine();
  if (!confirm_discard_) {
    if (button(ui, "Don't save")) confirm_discard_ = true;
  } else {
    gap(ui, 6);
    begin_notice(ui);
    paragraph("Leave this session out of your journal? Your plan will not count it.");
    if (button(ui, "Yes, don't save it")) {
      if (ui.call({{"cmd", "session.cancel"}}, "drop the session")) end(false);
    }
    ImGui::SameLine();
    if (button(ui, "Keep it")) confirm_discard_ = false;
    end_notice(ui);
  }
}

}  // namespace limber::desktop
