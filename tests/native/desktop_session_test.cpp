// A running session keeps its cues while the person looks at another screen: the Today
// screen follows it in the background, so each cue still sounds when it falls due.
#include <gtest/gtest.h>

#include "limber/app.h"
#include "screens.h"
#include "sound.h"
#include "ui.h"

namespace limber::desktop {
namespace {

using nlohmann::json;

constexpr long long T = 1794816000000;  // Monday 2026-11-16 08:00 UTC

class DesktopSession : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string error;
    app_ = App::open({embedded_assets(), ""}, &error);
    ASSERT_TRUE(app_) << error;
    ui_ = std::make_unique<Ui>(app_.get(), nullptr, Clock(T), sound_, saved_, UserDirs{}, fonts_);
    ui_->start();
    ui_->set_tones(false);  // count cues without playing them
    // A check with no warning signs, so today has a session to start.
    const auto questions = ui_->call({{"cmd", "screening.questions"}}, "read the check");
    ASSERT_TRUE(questions);
    json answers = json::object();
    for (const json& q : (*questions)["questions"])
      if (q["role"] == "red_flag") answers[q["id"].get<std::string>()] = "no";
    answers["age"] = 42;
    answers["weeks_since_onset"] = 30;
    ASSERT_TRUE(ui_->call({{"cmd", "screening.evaluate"}, {"answers", answers},
                           {"date", ui_->today()}, {"save", true}},
                          "save the check"));
  }

  Sound sound_{[] {}};
  SavedState saved_;
  Fonts fonts_;
  std::unique_ptr<App> app_;
  std::unique_ptr<Ui> ui_;
};

TEST_F(DesktopSession, CuesStillSoundWhileAnotherScreenShows) {
  ASSERT_TRUE(ui_->call({{"cmd", "session.start"}, {"date", ui_->today()}, {"now", T}},
                        "start the session"));
  auto today = make_today_screen();
  today->show(*ui_);  // Today picks up the running session
  const int at_start = ui_->cues();

  // The person opens the library; twenty seconds pass, one frame per second.
  ui_->go(ScreenId::library);
  for (long long s = 1; s <= 20; ++s) {
    ui_->set_clock(Clock(T + s * 1000));
    today->background(*ui_);
    EXPECT_GT(ui_->take_wake(), 0) << "the loop is asked to wake for the next second";
  }
  EXPECT_GT(ui_->cues(), at_start) << "get ready -> go fell due within 20 s and was sounded";

  // Once the session is over or gone, the background does nothing and asks for no wake-up.
  ASSERT_TRUE(ui_->call({{"cmd", "session.cancel"}}, "stop"));
  const int before = ui_->cues();
  today->background(*ui_);
  EXPECT_EQ(ui_->cues(), before);
}

}  // namespace
}  // namespace limber::desktop
