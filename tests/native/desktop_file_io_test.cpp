// Backups written and read in Settings: atomic writes, size limits, typed paths.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "file_io.h"

namespace limber::desktop {
namespace {

namespace fs = std::filesystem;

class FileIo : public ::testing::Test {
 protected:
  void SetUp() override {
    char pattern[] = "/tmp/limber-file-io-XXXXXX";
    ASSERT_NE(mkdtemp(pattern), nullptr);
    dir_ = pattern;
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string dir_;
};

TEST_F(FileIo, WritesReplacesAndReadsBack) {
  const std::string path = dir_ + "/backup.json";
  std::string error, text;
  ASSERT_TRUE(write_file_atomically(path, "first", &error)) << error;
  ASSERT_TRUE(write_file_atomically(path, "second, longer", &error)) << error;
  ASSERT_TRUE(read_text_file(path, 1000, &text, &error)) << error;
  EXPECT_EQ(text, "second, longer");
  EXPECT_FALSE(fs::exists(path + ".tmp")) << "no temporary file is left behind";
  EXPECT_EQ(fs::status(path).permissions() & fs::perms::others_read, fs::perms::none)
      << "a backup of health data is the owner's only";
}

TEST_F(FileIo, FailuresSayWhyAndLeaveNothing) {
  std::string error, text;
  EXPECT_FALSE(write_file_atomically(dir_ + "/no/such/folder/x.json", "x", &error));
  EXPECT_NE(error.find("no/such/folder"), std::string::npos) << error;
  EXPECT_FALSE(write_file_atomically("", "x", &error));
  EXPECT_FALSE(read_text_file(dir_ + "/missing.json", 1000, &text, &error));
  EXPECT_NE(error.find("no file"), std::string::npos) << error;
  EXPECT_FALSE(read_text_file(dir_, 1000, &text, &error)) << "a folder is not a backup";
  std::ofstream(dir_ + "/big.json") << std::string(2000, 'x');
  EXPECT_FALSE(read_text_file(dir_ + "/big.json", 1000, &text, &error));
  EXPECT_NE(error.find("too large"), std::string::npos) << error;
}

TEST_F(FileIo, TypedPathsExpandTheHomeFolder) {
  const char* old = std::getenv("HOME");
  const std::string saved = old ? old : "";
  setenv("HOME", "/home/ann", 1);
  EXPECT_EQ(expand_path("  ~/limber.json \n"), "/home/ann/limber.json");
  EXPECT_EQ(expand_path("~"), "/home/ann");
  EXPECT_EQ(expand_path("/tmp/x~y"), "/tmp/x~y");
  EXPECT_EQ(expand_path("   "), "");
  EXPECT_EQ(home_dir(), "/home/ann");
  if (old)
    setenv("HOME", saved.c_str(), 1);
  else
    unsetenv("HOME");
}

}  // namespace
}  // namespace limber::desktop
