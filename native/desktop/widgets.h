// widgets.h: the handful of building blocks every screen draws with, so screens look alike
// and stay short. Sizes are in pixels at zoom 1 and scale with ui.zoom().
//
//   heading(ui, "Settings");
//   lead(ui, "How Limber looks and sounds on this computer.");
//   if (primary_button(ui, "Play a test tone")) ui.cue();
//
// Text wraps at the content column's edge (the shell sets it); one primary button a screen.
#pragma once
#include <imgui.h>

#include <string>

#include <nlohmann/json.hpp>

#include "ui.h"

namespace limber::desktop {

void heading(Ui& ui, const char* text);  // the screen's title
void section(Ui& ui, const char* text);  // a bold label above a group
void paragraph(const char* text);        // body text, wrapped
void lead(Ui& ui, const char* text);     // the opening paragraph
void muted(const char* text);            // secondary text
void gap(Ui& ui, float pixels);          // vertical space
// Scrolls the window, once when *pending is set (then clears it), so the item just drawn is
// wholly in view: a message that answers a button (or a confirmation it opens) could
// otherwise appear below the bottom edge, where nobody sees it.
void reveal_last_item(bool* pending);

// The screen's main action: filled with the accent colour, large. Disabled when !enabled.
bool primary_button(Ui& ui, const char* label, bool enabled = true);
// Any other action: outlined. At least `min_width` wide (pixels at zoom 1) when given.
bool button(Ui& ui, const char* label, float min_width = 0);
// One option of a row of choices (theme, text size): looks pressed when selected.
bool choice(Ui& ui, const char* label, bool selected, float min_width = 0);

// "Not ready yet": a dashed box saying plainly that a screen is still being built.
void not_ready(Ui& ui, const char* text);

// A label and its value on one line, the label muted.
void fact(Ui& ui, const char* label, const std::string& value);

// A smaller outlined button for secondary actions inside lists (Edit, Delete, a link).
bool small_button(Ui& ui, const char* label);
float small_button_width(Ui& ui, const char* label);
// Text in the accent colour that acts like a link (an exercise name, "easier: ...").
bool link(Ui& ui, const char* label);
// Puts the next item on this line when `width` (pixels, already zoomed) still fits in the
// content column; otherwise it starts a new line. For rows of choices that wrap.
void same_line_if_fits(Ui& ui, float width);
float button_width(const char* label);

// Pain from 0 (none) to 10 (worst imaginable) as a row of eleven buttons; -1 = not chosen.
// Returns true when the person picked a value.
bool pain_scale(Ui& ui, const char* id, int* value);
// A horizontal bar, `fraction` filled (0..1), as wide as `width` (0 = to the column edge).
void progress_bar(Ui& ui, float fraction, float height, float width = 0);
// A small rounded label ("Warm-up", "Done").
void badge(Ui& ui, const char* text, const ImVec4& fill, const ImVec4& ink);
// A bullet or a number before wrapped text.
void bullet_line(Ui& ui, const char* text);
void numbered_line(Ui& ui, int number, const char* text);
// An exercise's numbered steps under "How to do it", then its cues under "Keep in mind"
// (JSON lists of strings, as the core sends them); the library and the session share it.
void steps_and_cues(Ui& ui, const nlohmann::json& steps, const nlohmann::json& cues, float spacing);
// Text input fields with the label above them (long labels read better than ImGui's
// label-on-the-right). Return true when the value changed.
bool text_field(Ui& ui, const char* label, std::string* value, float width = 0);
bool note_field(Ui& ui, const char* label, std::string* value);
bool number_field(Ui& ui, const char* label, int* value, int min, int max, float width = 0);
bool check_box(Ui& ui, const char* label, bool* value);

// A raised panel around whatever is drawn between begin_card and end_card.
void begin_card(Ui& ui);
void end_card(Ui& ui);
// The same panel in the problem colours (errors, warnings).
void begin_notice(Ui& ui);
void end_notice(Ui& ui);
// The exercise's "Stop if" warning in its notice panel; nothing when `text` is empty.
void stop_if_notice(Ui& ui, const std::string& text);
// The same panel in the accent colours (the one thing to notice on a screen).
void begin_highlight(Ui& ui);
void end_highlight(Ui& ui);

}  // namespace limber::desktop
