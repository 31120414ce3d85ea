// widgets.h: the handful of building blocks every screen draws with, so screens look alike
// and stay short. Sizes are in pixels at zoom 1 and scale with ui.zoom().
//
//   heading(ui, "Settings");
//   lead(ui, "How Limber looks and sounds on this computer.");
//   if (primary_button(ui, "Play a test tone")) ui.cue();
//
// Text wraps at the content column's edge (the shell sets it); one primary button a screen.
#pragma once
#include <string>

#include <imgui.h>

#include "ui.h"

namespace limber::desktop {

void heading(Ui& ui, const char* text);  // the screen's title
void section(Ui& ui, const char* text);  // a bold label above a group
void paragraph(const char* text);        // body text, wrapped
void lead(Ui& ui, const char* text);     // the opening paragraph
void muted(const char* text);            // secondary text
void gap(Ui& ui, float pixels);          // vertical space

// The screen's main action: filled with the accent colour, large. Disabled when !enabled.
bool primary_button(Ui& ui, const char* label, bool enabled = true);
// Any other action: outlined.
bool button(Ui& ui, const char* label);
// One option of a row of choices (theme, text size): looks pressed when selected.
bool choice(Ui& ui, const char* label, bool selected);

// "Not ready yet": a dashed box saying plainly that a screen is still being built.
void not_ready(Ui& ui, const char* text);

// A label and its value on one line, the label muted.
void fact(Ui& ui, const char* label, const std::string& value);

// A raised panel around whatever is drawn between begin_card and end_card.
void begin_card(Ui& ui);
void end_card(Ui& ui);
// The same panel in the problem colours (errors, warnings).
void begin_notice(Ui& ui);
void end_notice(Ui& ui);

}  // namespace limber::desktop
