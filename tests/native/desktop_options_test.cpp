// The desktop app's command line.
#include <gtest/gtest.h>

#include <vector>

#include "options.h"

namespace limber::desktop {
namespace {

bool parse(std::vector<const char*> args, Options* o, std::string* error) {
  args.insert(args.begin(), "limber");
  return parse_options(static_cast<int>(args.size()), args.data(), o, error);
}

TEST(Options, ScreenshotRun) {
  Options o;
  std::string error;
  ASSERT_TRUE(parse({"--screenshot", "a.png", "--frames", "5", "--screen", "settings", "--size",
                     "1280x800", "--config-dir", "/c", "--data-dir", "/d", "--dump-text", "--theme",
                     "dark", "--scale", "1.5"},
                    &o, &error))
      << error;
  EXPECT_EQ(o.screenshot, "a.png");
  EXPECT_EQ(o.frames, 5);
  EXPECT_EQ(o.screen, "settings");
  EXPECT_EQ(o.width, 1280);
  EXPECT_EQ(o.height, 800);
  EXPECT_EQ(o.config_dir, "/c");
  EXPECT_EQ(o.data_dir, "/d");
  EXPECT_TRUE(o.dump_text);
  EXPECT_EQ(o.theme, "dark");
  EXPECT_FLOAT_EQ(o.scale, 1.5f);
}

TEST(Options, Refusals) {
  const std::vector<std::vector<const char*>> bad = {
      {"--frames", "0"},    {"--frames", "x"},       {"--size", "1280"},
      {"--size", "10x10"},  {"--screen", "nowhere"}, {"--theme", "blue"},
      {"--screenshot"},     {"--dump-text"},         {"--bogus"},
      {"--config-dir", ""}, {"--scale", "9"},        {"--scale", "2x"},
      {"--clock", "17637"}, {"--clock", "now"},      {"--script", "s.jsonl"},
  };
  for (const auto& args : bad) {
    Options o;
    std::string error;
    EXPECT_FALSE(parse(args, &o, &error)) << args[0];
    EXPECT_FALSE(error.empty()) << args[0];
  }
}

TEST(Options, TestOnlyClockAndScript) {
  Options o;
  std::string error;
  ASSERT_TRUE(parse({"--clock", "1794816000000", "--script", "s.jsonl", "--data-dir", "/tmp/t"}, &o, &error))
      << error;
  EXPECT_EQ(o.clock_ms, 1794816000000LL);
  EXPECT_EQ(o.script, "s.jsonl");
  // A script without a test data folder would write to the person's own journal.
  EXPECT_FALSE(parse({"--script", "s.jsonl"}, &o, &error));
  EXPECT_NE(error.find("--data-dir"), std::string::npos);
}

TEST(Options, TestOnlyTrace) {
  Options o;
  std::string error;
  ASSERT_TRUE(parse({"--trace", "/tmp/t/text.txt"}, &o, &error)) << error;
  EXPECT_EQ(o.trace, "/tmp/t/text.txt");
  EXPECT_FALSE(parse({"--trace"}, &o, &error));
  EXPECT_FALSE(parse({"--trace", ""}, &o, &error));
}

TEST(Options, DefaultsAreAPlainRun) {
  Options o;
  std::string error;
  ASSERT_TRUE(parse({}, &o, &error));
  EXPECT_TRUE(o.screenshot.empty());
  EXPECT_TRUE(o.screen.empty());
  EXPECT_EQ(o.width, 0);
  EXPECT_EQ(o.clock_ms, -1);
  EXPECT_TRUE(o.script.empty());
  EXPECT_TRUE(o.trace.empty());
}

}  // namespace
}  // namespace limber::desktop
