// Where the desktop app keeps settings and data on each platform.
#include <gtest/gtest.h>

#include "user_dirs.h"

namespace limber::desktop {
namespace {

TEST(UserDirs, LinuxFollowsXdg) {
  const UserDirs d = linux_user_dirs("/x/config", "/x/data", "/home/ann");
  EXPECT_EQ(d.config, "/x/config/limber");
  EXPECT_EQ(d.data, "/x/data/limber");
}

TEST(UserDirs, LinuxFallsBackToHome) {
  const UserDirs d = linux_user_dirs(nullptr, "", "/home/ann");
  EXPECT_EQ(d.config, "/home/ann/.config/limber");
  EXPECT_EQ(d.data, "/home/ann/.local/share/limber");
}

TEST(UserDirs, LinuxIgnoresRelativeXdgValues) {
  // The XDG spec: relative paths are invalid and must be ignored.
  const UserDirs d = linux_user_dirs("config", "./data", "/home/ann");
  EXPECT_EQ(d.config, "/home/ann/.config/limber");
  EXPECT_EQ(d.data, "/home/ann/.local/share/limber");
}

TEST(UserDirs, NoHomeMeansNoFolder) {
  EXPECT_EQ(linux_user_dirs(nullptr, nullptr, nullptr).config, "");
  EXPECT_EQ(macos_user_dirs("").config, "");
  EXPECT_EQ(windows_user_dirs(nullptr).data, "");
}

TEST(UserDirs, MacosAndWindows) {
  EXPECT_EQ(macos_user_dirs("/Users/ann").config, "/Users/ann/Library/Application Support/Limber");
  EXPECT_EQ(windows_user_dirs("C:\\Users\\ann\\AppData\\Roaming").data,
            "C:\\Users\\ann\\AppData\\Roaming\\Limber");
}

TEST(UserDirs, MakeDirsCreatesNestedFoldersAndToleratesExisting) {
  const std::string root = ::testing::TempDir() + "limber-user-dirs-test";
  std::string error;
  ASSERT_TRUE(make_dirs(root + "/a/b", &error)) << error;
  EXPECT_TRUE(make_dirs(root + "/a/b", &error)) << error;
  EXPECT_FALSE(make_dirs("", &error));
  EXPECT_FALSE(error.empty());
}

}  // namespace
}  // namespace limber::desktop
