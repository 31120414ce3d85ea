// figure.shapes (the picture as primitives, for shells that paint them) and session.view's
// figure_frame (which moment of the picture the session shows).
#include <gtest/gtest.h>

#include "json_read.h"
#include "limber/app.h"

namespace limber {
namespace {

using json = limber::Json;

class ShapesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string error;
    app_ = App::open({embedded_assets(), ""}, &error);
    ASSERT_TRUE(app_) << error;
  }
  json call(const json& request) { return app_->call(request); }
  std::unique_ptr<App> app_;
};

#ifdef LIMBER_NO_FIGURE_SHAPES
// The web core (LIMBER_FIGURE_SHAPES=OFF, see CMakeLists.txt) leaves the command out: asking
// for it is an ordinary unknown command, and the command list does not offer it.
TEST_F(ShapesTest, LeftOutOfThisBuild) {
  const json reply = call({{"cmd", "figure.shapes"}, {"id", "glute_bridge"}});
  EXPECT_EQ(reply["error"]["code"], "unknown_command") << reply.dump();
  for (const std::string& name : App::commands()) EXPECT_NE(name, "figure.shapes");
  EXPECT_EQ(call({{"cmd", "figure.svg"}, {"id", "glute_bridge"}})["ok"], true);
}
#else
TEST_F(ShapesTest, KeyPoseAsPrimitivesInTheUnitBox) {
  const json reply = call({{"cmd", "figure.shapes"}, {"id", "glute_bridge"}, {"pose", "end"}});
  ASSERT_EQ(reply["ok"], true) << reply.dump();
  const json& r = reply["result"];
  EXPECT_DOUBLE_EQ(r["aspect"].get<double>(), 1.25);
  EXPECT_EQ(r["poses"], json::array({"end", "start"}));
  ASSERT_GT(r["items"].size(), 5u);
  bool has_head = false;
  for (const json& item : r["items"]) {
    const std::string shape = item["shape"].get<std::string>();
    const std::size_t points = item["points"].size();
    if (shape == "capsule") {
      EXPECT_EQ(points, 2u);
    } else if (shape == "circle") {
      EXPECT_EQ(points, 1u);
    } else {
      EXPECT_EQ(shape, "polygon");
      EXPECT_GE(points, 3u);
    }
    for (const json& p : item["points"]) {
      EXPECT_GE(p[0].get<double>(), -0.01);
      EXPECT_LE(p[0].get<double>(), 1.01);
      EXPECT_GE(p[1].get<double>(), -0.01);
      EXPECT_LE(p[1].get<double>(), 1.01);
    }
    has_head |= item["part"] == "head";
  }
  EXPECT_TRUE(has_head);
}

TEST_F(ShapesTest, PhaseMovesTheFigureAndPoseNamesAreChecked) {
  const json start = call({{"cmd", "figure.shapes"}, {"id", "glute_bridge"}, {"pose", "start"}});
  const json between =
      call({{"cmd", "figure.shapes"}, {"id", "glute_bridge"}, {"from", "start"}, {"to", "end"}, {"phase", 0.5}});
  ASSERT_EQ(between["ok"], true) << between.dump();
  EXPECT_NE(start["result"]["items"], between["result"]["items"]);
  const json same = call({{"cmd", "figure.shapes"}, {"id", "glute_bridge"}, {"from", "start"}, {"to", "start"}});
  EXPECT_EQ(same["result"]["items"], start["result"]["items"]);
  EXPECT_EQ(call({{"cmd", "figure.shapes"}, {"id", "glute_bridge"}, {"pose", "hold"}})["error"]["code"],
            "not_found");
  EXPECT_EQ(call({{"cmd", "figure.shapes"}, {"id", "moonwalk"}})["error"]["code"], "not_found");
  EXPECT_EQ(call({{"cmd", "figure.shapes"}, {"id", "glute_bridge"}, {"pose", "middle"}})["error"]["code"],
            "invalid_argument");
}

#endif

TEST_F(ShapesTest, SessionViewNamesTheFrameItDraws) {
  json answers = json::object();
  const json questions = call({{"cmd", "screening.questions"}});
  for (const json& q : questions["result"]["questions"])
    if (q["role"] == "red_flag") answers[q["id"].get<std::string>()] = "no";
  answers["age"] = 40;
  answers["weeks_since_onset"] = 30;
  ASSERT_EQ(call({{"cmd", "screening.evaluate"}, {"answers", answers}, {"date", "2026-11-16"}, {"save", true}})["ok"],
            true);
  constexpr long long t0 = 1763712000000;
  const json started = call({{"cmd", "session.start"}, {"date", "2026-11-16"}, {"now", t0}});
  ASSERT_EQ(started["ok"], true) << started.dump();
  json view = started["result"];
  ASSERT_TRUE(view["figure_frame"].is_object()) << view.dump();
  EXPECT_EQ(view["figure_frame"]["from"], view["figure_frame"]["to"]) << "still while getting ready";
  // Into the work of a repeated exercise: the picture moves between two poses.
  json moving;
  for (long long now = t0 + 1000; now < t0 + 200000 && moving.is_null(); now += 1000) {
    view = call({{"cmd", "session.view"}, {"now", now}})["result"];
    if (view["step"] == "work" && view["figure_frame"]["from"] != view["figure_frame"]["to"])
      moving = view["figure_frame"];
  }
  ASSERT_TRUE(moving.is_object());
#ifndef LIMBER_NO_FIGURE_SHAPES
  const json shapes = call({{"cmd", "figure.shapes"},
                            {"id", view["exercise_id"]},
                            {"from", moving["from"]},
                            {"to", moving["to"]},
                            {"phase", moving["phase"]}});
  EXPECT_EQ(shapes["ok"], true) << shapes.dump();
#endif
}

}  // namespace
}  // namespace limber
