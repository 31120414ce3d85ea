// The desktop's widgets inside a real (headless) ImGui frame: a notice inside a card, as the
// confirmations in Settings draw it ("Delete all data", "Replace my journal"). Each panel
// splits the draw list to put its background behind its content; nesting them once ended
// the app with an ImGui assertion.
#include <gtest/gtest.h>

#include <imgui.h>

#include "journal_store.h"
#include "limber/app.h"
#include "sound.h"
#include "ui.h"
#include "widgets.h"

namespace limber::desktop {
namespace {

TEST(Widgets, NoticeInsideACard) {
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.DisplaySize = ImVec2(800, 600);
  io.DeltaTime = 1.0f / 60;
  unsigned char* pixels = nullptr;
  int width = 0, height = 0;
  io.Fonts->AddFontDefault();
  io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);

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

}  // namespace
}  // namespace limber::desktop
