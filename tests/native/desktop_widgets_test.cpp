// The desktop's widgets inside a real (headless) ImGui frame: a notice inside a card, as the
// confirmations in Settings draw it ("Delete all data", "Replace my journal"). Each panel
// splits the draw list to put its background behind its content; nesting them once ended
// the app with an ImGui assertion. And reveal_last_item, which scrolls the answer to a button
// (Settings' "Saved to ...", "Added 2 entries ...") into view when it appears below the bottom edge.
#include <gtest/gtest.h>

#include <imgui.h>

#include "journal_store.h"
#include "limber/app.h"
#include "sound.h"
#include "ui.h"
#include "widgets.h"

namespace limber::desktop {
namespace {

// An ImGui context with no window behind it: frames run, nothing is shown.
void start_headless_imgui() {
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.DisplaySize = ImVec2(800, 600);
  io.DeltaTime = 1.0f / 60;
  unsigned char* pixels = nullptr;
  int width = 0, height = 0;
  io.Fonts->AddFontDefault();
  io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
}

TEST(Widgets, NoticeInsideACard) {
  start_headless_imgui();

  JournalStore store;
  std::string error;
  auto app = App::open({embedded_assets(), ""}, &error);
  ASSERT_TRUE(app) << error;
  Sound sound([] {});
  SavedState saved;
  Fonts fonts;
  fonts.zoom = 1;
  Ui ui(app.get(), &store, Clock(1794816000000), sound, saved, UserDirs{}, fonts);
  ui.set_column_right(700);

  for (int frame = 0; frame < 2; ++frame) {
    ImGui::NewFrame();
    ImGui::Begin("test");
    const int before = ImGui::GetWindowDrawList()->CmdBuffer.Size;
    begin_card(ui);
    paragraph("Delete all data");
    begin_notice(ui);
    paragraph("Delete everything? This cannot be undone.");
    end_notice(ui);
    end_card(ui);
    begin_card(ui);  // a later card at the top level still works
    paragraph("About");
    end_card(ui);
    EXPECT_GE(ImGui::GetWindowDrawList()->CmdBuffer.Size, before);
    ImGui::End();
    ImGui::Render();
    // A new window shows from its second frame: then the panels are drawn.
    if (frame == 1) {
      EXPECT_GT(ImGui::GetDrawData()->TotalVtxCount, 0);
    }
  }
  ImGui::DestroyContext();
}


// Draws `lines` lines of text, then the "note", in a 300 px high window; returns the note's
// top and bottom in window coordinates (0 = the window's top edge), after `frames` frames.
struct NoteSpot {
  float top, bottom, height, scroll;
};
NoteSpot draw_note(int lines, bool reveal_on_first_frame, int frames) {
  bool pending = reveal_on_first_frame;
  NoteSpot spot{};
  for (int frame = 0; frame < frames; ++frame) {
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(400, 300));
    ImGui::Begin("scrolling", nullptr, ImGuiWindowFlags_NoSavedSettings);
    for (int i = 0; i < lines; ++i) paragraph("A line of the page.");
    paragraph("The note that answers the button.");
    // Asked for once, on the frame the note first appears (as Settings does).
    if (frame == 1) reveal_last_item(&pending);
    const float y = ImGui::GetWindowPos().y;
    spot = {ImGui::GetItemRectMin().y - y, ImGui::GetItemRectMax().y - y,
            ImGui::GetWindowHeight(), ImGui::GetScrollY()};
    ImGui::End();
    ImGui::Render();
  }
  EXPECT_FALSE(pending) << "the request is used up";
  return spot;
}

TEST(Widgets, RevealScrollsANoteBelowTheEdgeIntoView) {
  start_headless_imgui();
  const NoteSpot hidden = draw_note(40, false, 4);
  EXPECT_GT(hidden.top, hidden.height) << "without a reveal the note stays below the edge";
  ImGui::DestroyContext();

  start_headless_imgui();
  const NoteSpot shown = draw_note(40, true, 4);
  EXPECT_GT(shown.scroll, 0);
  EXPECT_GE(shown.top, 0);
  EXPECT_LE(shown.bottom, shown.height) << "the whole note is in view";
  ImGui::DestroyContext();
}

TEST(Widgets, RevealLeavesAVisibleNoteWhereItIs) {
  start_headless_imgui();
  const NoteSpot spot = draw_note(3, true, 4);
  EXPECT_EQ(spot.scroll, 0);
  EXPECT_LE(spot.bottom, spot.height);
  ImGui::DestroyContext();
}

}  // namespace
}  // namespace limber::desktop
