// The desktop's journal round trip: the file opens as the core's document, every change the
// core reports (revision) is saved before call() returns, failures reach the banner, and a
// command this core lacks can be handled calmly by the screen that asked.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "journal_store.h"
#include "limber/app.h"
#include "limber/store.h"
#include "sound.h"
#include "ui.h"

namespace limber::desktop {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::string read(const std::string& path) {
  std::ifstream in(path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

class DesktopJournal : public ::testing::Test {
 protected:
  void SetUp() override {
    char pattern[] = "/tmp/limber-desktop-journal-XXXXXX";
    ASSERT_NE(mkdtemp(pattern), nullptr);
    dir_ = pattern;
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Opens the folder the way main() does and hands back a Ui over it.
  void open() {
    ui_.reset();
    app_.reset();
    store_ = std::make_unique<JournalStore>();
    opened_ = store_->open(dir_);
    std::string error;
    app_ = App::open({embedded_assets(), opened_.document}, &error);
    ASSERT_TRUE(app_) << error;
    ui_ = std::make_unique<Ui>(app_.get(), store_.get(), Clock(1794816000000), sound_, saved_,
                               UserDirs{}, fonts_);
    for (const auto& m : opened_.messages) ui_->show_notice(m);
    ui_->start();
  }

  std::string dir_;
  Sound sound_{[] {}};
  SavedState saved_;
  Fonts fonts_;
  std::unique_ptr<JournalStore> store_;
  JournalStore::Opened opened_;
  std::unique_ptr<App> app_;
  std::unique_ptr<Ui> ui_;
};

TEST_F(DesktopJournal, ChangesAreOnDiskWhenCallReturnsAndComeBack) {
  open();
  EXPECT_EQ(opened_.document, "") << "no file yet: a new journal";
  ASSERT_TRUE(ui_->call(
      {{"cmd", "journal.add"},
       {"entry", {{"type", "checkin"}, {"date", ui_->today()}, {"pain", 3}, {"note", "ok"}}}},
      "save"));
  const Loaded on_disk = load_journal(read(dir_ + "/journal.json"));
  ASSERT_TRUE(on_disk.ok());
  EXPECT_EQ(on_disk.journal.size(), 1u);
  EXPECT_TRUE(ui_->errors().empty());

  open();  // a new run of the app
  const auto list = ui_->call({{"cmd", "journal.list"}}, "list");
  ASSERT_TRUE(list);
  EXPECT_EQ((*list)["entries"][0]["note"], "ok");
  EXPECT_EQ(ui_->today(), "2026-11-16") << "the frozen test clock (08:00 UTC)";
}

TEST_F(DesktopJournal, RefusalsGoToTheBannerUnlessTheScreenExpectsThem) {
  open();
  EXPECT_FALSE(ui_->call({{"cmd", "session.view"}, {"now", 1}}, "follow the session"));
  ASSERT_EQ(ui_->errors().size(), 1u);
  EXPECT_NE(ui_->errors()[0].find("Limber could not follow the session"), std::string::npos);
  EXPECT_NE(ui_->errors()[0].find("[no_session]"), std::string::npos);
  const Answer quiet = ui_->ask({{"cmd", "no.such.command"}}, "ask", {"unknown_command"});
  EXPECT_FALSE(quiet.ok);
  EXPECT_EQ(quiet.code, "unknown_command");
  EXPECT_EQ(ui_->errors().size(), 1u) << "an expected refusal is the screen's to show";
}

TEST_F(DesktopJournal, ACorruptFileIsMovedAsideAndSaid) {
  fs::create_directories(dir_);
  std::ofstream(dir_ + "/journal.json") << "{not json";
  open();
  EXPECT_EQ(opened_.document, "");
  ASSERT_FALSE(ui_->notices().empty());
  EXPECT_NE(ui_->notices()[0].find("moved"), std::string::npos) << ui_->notices()[0];
  bool kept = false;
  for (const auto& f : fs::directory_iterator(dir_))
    kept |= f.path().filename().string().rfind("journal.json.corrupt-", 0) == 0;
  EXPECT_TRUE(kept);
}

// "Delete all data" must leave nothing of the old journal: not the backup of the last save,
// nor a copy kept aside when a damaged file was found.
TEST_F(DesktopJournal, DeletingAllDataLeavesNoOldCopyOnDisk) {
  fs::create_directories(dir_);
  std::ofstream(dir_ + "/journal.json") << "{not json";  // kept aside as .corrupt-<time>
  open();
  for (int pain : {4, 5})  // two saves: the second leaves the first as journal.json.bak
    ASSERT_TRUE(ui_->call({{"cmd", "journal.add"},
                           {"entry", {{"type", "checkin"}, {"date", ui_->today()}, {"pain", pain},
                                      {"note", "private note"}}}},
                          "save"));
  const auto copies = [&] {
    std::vector<std::string> names;
    for (const auto& f : fs::directory_iterator(dir_)) {
      const std::string name = f.path().filename().string();
      if (name.rfind("journal.json.", 0) == 0) names.push_back(name);
    }
    return names;
  };
  ASSERT_GE(copies().size(), 2u) << "a backup and the corrupt copy before the delete";

  ASSERT_TRUE(ui_->call({{"cmd", "document.reset"}, {"confirm", "delete everything"}}, "delete"));
  std::string error;
  ASSERT_TRUE(ui_->forget_old_copies(&error)) << error;
  EXPECT_EQ(copies(), std::vector<std::string>{});
  const Loaded on_disk = load_journal(read(dir_ + "/journal.json"));
  ASSERT_TRUE(on_disk.ok());
  EXPECT_EQ(on_disk.journal.size(), 0u) << "the emptied journal stays";
  EXPECT_TRUE(fs::exists(dir_ + "/journal.lock")) << "the lock is still held, not deleted";
}

TEST_F(DesktopJournal, ANewerFileIsShownReadOnlyAndNeverWritten) {
  fs::create_directories(dir_);
  const std::string newer = R"({"schema_version": 99, "entries": []})";
  std::ofstream(dir_ + "/journal.json") << newer;
  open();
  EXPECT_FALSE(store_->can_save());
  EXPECT_FALSE(ui_->notices().empty());
  const auto status = ui_->call({{"cmd", "document.status"}}, "status");
  ASSERT_TRUE(status);
  EXPECT_EQ((*status)["status"], "newer_version") << "the core sees the file as it is";
  EXPECT_FALSE(ui_->call({{"cmd", "journal.add"},
                          {"entry", {{"type", "checkin"}, {"date", "2026-11-16"}, {"pain", 2}}}},
                         "save"));
  EXPECT_EQ(read(dir_ + "/journal.json"), newer);
}

TEST_F(DesktopJournal, ASaveThatFailsIsShownAndTheDataStays) {
  open();
  // A folder where the temporary file must go makes the write fail, as a full disk would
  // (permissions would not stop root, which runs some test machines).
  fs::create_directories(dir_ + "/journal.json.tmp");
  ASSERT_TRUE(ui_->call({{"cmd", "journal.add"},
                         {"entry", {{"type", "checkin"}, {"date", "2026-11-16"}, {"pain", 2}}}},
                        "save"));
  fs::remove(dir_ + "/journal.json.tmp");
  ASSERT_FALSE(ui_->errors().empty());
  EXPECT_NE(ui_->errors()[0].find("could not be saved"), std::string::npos) << ui_->errors()[0];
  EXPECT_TRUE(ui_->unsaved_changes());
  EXPECT_EQ((*ui_->call({{"cmd", "journal.list"}}, "list"))["entries"].size(), 1u)
      << "kept in memory";
  // The next change saves everything.
  ASSERT_TRUE(ui_->call({{"cmd", "journal.add"},
                         {"entry", {{"type", "checkin"}, {"date", "2026-11-15"}, {"pain", 4}}}},
                        "save"));
  EXPECT_FALSE(ui_->unsaved_changes());
  EXPECT_EQ(load_journal(read(dir_ + "/journal.json")).journal.size(), 2u);
}

}  // namespace
}  // namespace limber::desktop
