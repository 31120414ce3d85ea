// The facade end to end, as a shell drives it: check, plan, a guided session with a test
// clock, the journal, stats, export and import, and reopening from the saved document.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

#include "json_read.h"
#include "limber/app.h"
#include "limber/date.h"

namespace limber {
namespace {

using json = limber::Json;

constexpr Millis kT0 = 1763712000000;  // 2025-11-21T08:00:00Z; any instant would do

class Shell {
 public:
  explicit Shell(std::string document = "") {
    std::string error;
    app_ = App::open({embedded_assets(), std::move(document)}, &error);
    EXPECT_TRUE(app_) << error;
  }
  // Calls and expects success; returns the result.
  json ok(json request) {
    const json reply = app_->call(request);
    EXPECT_EQ(reply["ok"], true) << request.dump() << " -> " << reply.dump();
    revision_ = reply.value("revision", revision_);
    return reply.value("result", json());
  }
  // Calls and expects a failure with this code.
  json refused(json request, const char* code) {
    const json reply = app_->call(request);
    EXPECT_EQ(reply["ok"], false) << request.dump();
    EXPECT_EQ(reply["error"]["code"], code) << reply.dump();
    return reply;
  }
  int revision() const { return revision_; }

 private:
  std::unique_ptr<App> app_;
  int revision_ = 0;
};

json all_no_answers(Shell& shell) {
  const json questions = shell.ok({{"cmd", "screening.questions"}});
  json answers = json::object();
  for (const json& q : questions["questions"])
    if (q["role"] == "red_flag") answers[q["id"].get<std::string>()] = "no";
  answers["age"] = 42;
  answers["weeks_since_onset"] = 30;
  return answers;
}

TEST(AppJourney, CheckPlanSessionJournalStatsExportImport) {
  Shell shell;
  EXPECT_EQ(shell.ok({{"cmd", "document.status"}})["status"], "fresh");

  // No check yet: the plan is locked and says to do the check.
  json plan = shell.ok({{"cmd", "plan.get"}, {"date", "2026-11-16"}});
  EXPECT_EQ(plan["status"], "locked");
  EXPECT_EQ(plan["check"], nullptr);

  // The check, saved.
  const json verdict = shell.ok({{"cmd", "screening.evaluate"},
                                 {"answers", all_no_answers(shell)},
                                 {"date", "2026-11-16"},
                                 {"save", true}});
  EXPECT_EQ(verdict["level"], "self_care");
  EXPECT_EQ(shell.ok({{"cmd", "screening.latest"}})["level"], "self_care");

  plan = shell.ok({{"cmd", "plan.get"}, {"date", "2026-11-16"}});
  ASSERT_EQ(plan["status"], "ready");
  EXPECT_TRUE(plan["today"]["exercises"][0]["warm_up"].get<bool>());

  // A guided session: start, one late tick past the end, save.
  json view = shell.ok({{"cmd", "session.start"}, {"date", "2026-11-16"}, {"now", kT0}, {"pain_before", 3}});
  EXPECT_EQ(view["state"], "running");
  EXPECT_EQ(view["step"], "get_ready");
  EXPECT_EQ(view["cues"][0]["kind"], "next_exercise");
  EXPECT_NE(view["figure_svg"].get<std::string>().find("<svg"), std::string::npos);
  const Millis total = view["remaining_ms"].get<Millis>();
  shell.refused({{"cmd", "session.save"}}, "not_finished");
  view = shell.ok({{"cmd", "session.tick"}, {"now", kT0 + total + 1000}});
  EXPECT_EQ(view["state"], "finished");
  EXPECT_EQ(view["cues"].back()["kind"], "session_done");
  const int before_save = shell.revision();
  const std::string session_id =
      shell.ok({{"cmd", "session.save"}, {"pain_after", 3}, {"note", "<img src=x onerror=alert(1)>"}})["id"].get<std::string>();
  EXPECT_GT(shell.revision(), before_save) << "a saved session moves the revision on";

  // A check-in and a habit.
  shell.ok({{"cmd", "journal.add"},
            {"entry", {{"type", "checkin"}, {"date", "2026-11-16"}, {"pain", 3}, {"walking_minutes", 15}}}});
  json habits = shell.ok({{"cmd", "checklist.tick"}, {"date", "2026-11-16"}, {"habit", "move_hourly"}, {"ticked", true}});
  EXPECT_EQ(habits["ticked"], json::array({"move_hourly"}));

  const json entries = shell.ok({{"cmd", "journal.list"}})["entries"];
  ASSERT_EQ(entries.size(), 3u);
  const json session = shell.ok({{"cmd", "journal.get"}, {"id", session_id}});
  EXPECT_EQ(session["note"], "<img src=x onerror=alert(1)>") << "notes are kept as text";
  EXPECT_EQ(session["pain_before"], 3);
  EXPECT_EQ(session["plan_day"], "A");
  for (const json& e : session["exercises"]) EXPECT_EQ(e["status"], "done");

  const json stats = shell.ok({{"cmd", "stats.get"}, {"date", "2026-11-16"}});
  EXPECT_EQ(stats["sessions_this_week"], 1);
  EXPECT_EQ(stats["walking_minutes_this_week"], 15);
  EXPECT_EQ(stats["current_streak"], 1);
  EXPECT_EQ(stats["pain_series"].size(), 28u);
  EXPECT_EQ(stats["pain_series"].back()["pain"], 3);

  // Today is done; the plan knows.
  plan = shell.ok({{"cmd", "plan.get"}, {"date", "2026-11-16"}});
  EXPECT_TRUE(plan["today"]["done"].get<bool>());

  // Export, then import into a fresh app: identical export.
  const std::string exported = shell.ok({{"cmd", "document.export"}, {"format", "json"}})["text"].get<std::string>();
  Shell other;
  const json report = other.ok({{"cmd", "document.import"}, {"text", exported}, {"mode", "replace"}});
  EXPECT_EQ(other.ok({{"cmd", "document.export"}, {"format", "json"}})["text"], exported);
  (void)report;
  const std::string csv = shell.ok({{"cmd", "document.export"}, {"format", "csv"}})["text"].get<std::string>();
  EXPECT_NE(csv.find("2026-11-16"), std::string::npos);

  // The stored document reopens to the same journal.
  const std::string document = shell.ok({{"cmd", "document.get"}})["document"].get<std::string>();
  Shell reopened(document);
  EXPECT_EQ(reopened.ok({{"cmd", "document.status"}})["status"], "ok");
  EXPECT_EQ(reopened.ok({{"cmd", "journal.list"}})["entries"].size(), 3u);
  EXPECT_EQ(reopened.ok({{"cmd", "document.export"}, {"format", "json"}})["text"], exported);
}

TEST(AppJourney, BladderChangeLocksTheProgramme) {
  Shell shell;
  json answers = all_no_answers(shell);
  answers["bladder_change"] = "yes";
  const json verdict = shell.ok(
      {{"cmd", "screening.evaluate"}, {"answers", answers}, {"date", "2026-11-16"}, {"save", true}});
  EXPECT_EQ(verdict["level"], "emergency");
  EXPECT_EQ(verdict["programme"], "locked");
  EXPECT_EQ(shell.ok({{"cmd", "plan.get"}, {"date", "2026-11-16"}})["status"], "locked");
  shell.refused({{"cmd", "session.start"}, {"date", "2026-11-16"}, {"now", kT0}}, "locked");
}

TEST(AppJourney, SoonNeedsAcknowledgementThenGentle) {
  Shell shell;
  json answers = all_no_answers(shell);
  answers["shingles_signs"] = "yes";
  shell.ok({{"cmd", "screening.evaluate"}, {"answers", answers}, {"date", "2026-11-16"}, {"save", true}});
  EXPECT_EQ(shell.ok({{"cmd", "plan.get"}, {"date", "2026-11-16"}})["status"], "needs_acknowledgement");
  shell.ok({{"cmd", "screening.acknowledge"}});
  const json plan = shell.ok({{"cmd", "plan.get"}, {"date", "2026-11-16"}});
  EXPECT_EQ(plan["status"], "ready");
  EXPECT_EQ(plan["today"]["kind"], "gentle");
}

TEST(AppJourney, ThisHurtsOffersTheEasierStepAndLogsIt) {
  Shell shell;
  shell.ok({{"cmd", "screening.evaluate"}, {"answers", all_no_answers(shell)}, {"date", "2026-11-16"}, {"save", true}});
  json view = shell.ok({{"cmd", "session.start"}, {"date", "2026-11-16"}, {"now", kT0}});
  // Skip to the first exercise that has an easier step (the warm-ups have none).
  Millis now = kT0;
  json hurt, before;
  for (int guard = 0; guard < 30; ++guard) {
    const json exercise = shell.ok({{"cmd", "exercise.get"}, {"id", view["exercise_id"]}});
    if (!exercise["easier_exercises"].empty()) {
      now += 15000;  // into the work
      before = view;
      view = shell.ok({{"cmd", "session.hurts"}, {"now", now}});
      hurt = view["hurt"];
      break;
    }
    now += 1000;
    view = shell.ok({{"cmd", "session.skip"}, {"now", now}});
  }
  ASSERT_TRUE(hurt.is_object()) << view.dump();
  EXPECT_EQ(view["state"], "paused");
  // The choice is about the exercise that hurt; the view itself waits on the next one.
  EXPECT_EQ(hurt["item"], before["item"]);
  EXPECT_EQ(hurt["name"], before["name"]);
  EXPECT_EQ(hurt["next_name"], view["name"]);
  EXPECT_NE(hurt["next_name"], hurt["name"]);
  ASSERT_TRUE(hurt["easier"].is_object()) << hurt.dump();
  EXPECT_NE(hurt["text"].get<std::string>().find(hurt["easier"]["name"].get<std::string>()),
            std::string::npos) << hurt.dump();
  for (const json& cue : view["cues"])
    EXPECT_NE(cue["kind"], "next_exercise") << "the next exercise is announced too soon";
  EXPECT_TRUE(shell.ok({{"cmd", "session.view"}, {"now", now + 2000}})["hurt"].is_object())
      << "the choice stays open while paused";
  view = shell.ok({{"cmd", "session.easier"}, {"now", now + 5000}});
  EXPECT_EQ(view["exercise_id"], hurt["easier"]["id"]);
  EXPECT_TRUE(view["hurt"].is_null()) << "taken";
  shell.ok({{"cmd", "session.finish"}, {"now", now + 6000}});
  const std::string id = shell.ok({{"cmd", "session.save"}, {"pain_after", 4}})["id"].get<std::string>();
  const json entry = shell.ok({{"cmd", "journal.get"}, {"id", id}});
  bool logged_hurt = false;
  for (const json& e : entry["exercises"]) logged_hurt |= e["status"] == "stopped_hurts";
  EXPECT_TRUE(logged_hurt);
}

TEST(AppJourney, ThisHurtsWithNothingEasierSaysSoAndGoesOn) {
  Shell shell;
  shell.ok({{"cmd", "screening.evaluate"}, {"answers", all_no_answers(shell)}, {"date", "2026-11-16"}, {"save", true}});
  const json first = shell.ok({{"cmd", "session.start"}, {"date", "2026-11-16"}, {"now", kT0}});
  ASSERT_TRUE(shell.ok({{"cmd", "exercise.get"}, {"id", first["exercise_id"]}})["easier_exercises"].empty())
      << "the warm-up has no easier step";
  json view = shell.ok({{"cmd", "session.hurts"}, {"now", kT0 + 8000}});
  const json hurt = view["hurt"];
  ASSERT_TRUE(hurt.is_object()) << view.dump();
  EXPECT_EQ(hurt["name"], first["name"]);
  EXPECT_TRUE(hurt["easier"].is_null());
  EXPECT_EQ(hurt["text"], "There is no easier version of this one. Rest until the pain settles, "
                          "then go on when you are ready.");
  shell.refused({{"cmd", "session.easier"}, {"now", kT0 + 9000}}, "no_offer");
  view = shell.ok({{"cmd", "session.resume"}, {"now", kT0 + 10000}});
  EXPECT_EQ(view["state"], "running");
  EXPECT_EQ(view["name"], hurt["next_name"]);
  EXPECT_TRUE(view["hurt"].is_null());
  ASSERT_EQ(view["cues"].size(), 1u) << view.dump();
  EXPECT_EQ(view["cues"][0]["kind"], "next_exercise");
  EXPECT_EQ(view["cues"][0]["text"], hurt["next_name"]);
}

// The last exercise hurting: the session waits with the same choice instead of ending, with
// no next exercise to name, and ends when the person goes on.
// Hurts today's last exercise (after skipping to it, 15 s into its work) and returns the view.
json hurt_the_last_exercise(Shell& shell, const std::string& date, Millis* now) {
  json view = shell.ok({{"cmd", "session.start"}, {"date", date}, {"now", *now}});
  const int count = view["item_count"].get<int>();
  while (view["item"].get<int>() < count - 1) {
    *now += 1000;
    view = shell.ok({{"cmd", "session.skip"}, {"now", *now}});
  }
  *now += 15000;
  return shell.ok({{"cmd", "session.hurts"}, {"now", *now}});
}

TEST(AppJourney, ThisHurtsOnTheLastExerciseWithNothingEasierEndsOnlyWhenAsked) {
  Shell shell;
  shell.ok({{"cmd", "screening.evaluate"}, {"answers", all_no_answers(shell)}, {"date", "2026-11-16"}, {"save", true}});
  Millis now = kT0;
  json view = hurt_the_last_exercise(shell, "2026-11-16", &now);
  EXPECT_EQ(view["state"], "paused");
  const json hurt = view["hurt"];
  ASSERT_TRUE(hurt.is_object()) << view.dump();
  EXPECT_EQ(hurt["item"], view["item_count"].get<int>() - 1);
  EXPECT_TRUE(hurt["next_name"].is_null());
  ASSERT_TRUE(hurt["easier"].is_null()) << "this day ends with a stretch that has none";
  EXPECT_EQ(hurt["text"], "There is no easier version of this one. It was the last exercise "
                          "today: rest until the pain settles.");
  shell.refused({{"cmd", "session.easier"}, {"now", now + 1000}}, "no_offer");
  view = shell.ok({{"cmd", "session.resume"}, {"now", now + 2000}});
  EXPECT_EQ(view["state"], "finished");
  EXPECT_EQ(view["cues"].size(), 1u) << view.dump();
  EXPECT_EQ(view["cues"][0]["kind"], "session_done");
}

// With sciatica the session ends with the kneeling hip flexor stretch, which has an easier
// (standing) version: it can still follow the last exercise, and is logged after it.
TEST(AppJourney, TheEasierStepCanFollowTheLastExercise) {
  Shell shell;
  json answers = all_no_answers(shell);
  answers["sciatica"] = "yes";
  shell.ok({{"cmd", "screening.evaluate"}, {"answers", answers}, {"date", "2026-11-16"}, {"save", true}});
  Millis now = kT0;
  json view = hurt_the_last_exercise(shell, "2026-11-16", &now);
  const int count = view["item_count"].get<int>();
  const json hurt = view["hurt"];
  ASSERT_TRUE(hurt.is_object()) << view.dump();
  EXPECT_TRUE(hurt["next_name"].is_null());
  ASSERT_TRUE(hurt["easier"].is_object()) << hurt.dump();
  EXPECT_EQ(hurt["text"], "You could try an easier one instead: " +
                              hurt["easier"]["name"].get<std::string>() + ".");
  view = shell.ok({{"cmd", "session.easier"}, {"now", now + 5000}});
  EXPECT_EQ(view["exercise_id"], hurt["easier"]["id"]);
  EXPECT_EQ(view["item"], count) << "it comes after the one that hurt";
  EXPECT_EQ(view["item_count"], count + 1);
  EXPECT_TRUE(view["hurt"].is_null()) << "taken";
  view = shell.ok({{"cmd", "session.resume"}, {"now", now + 6000}});
  EXPECT_EQ(view["state"], "running");
  shell.ok({{"cmd", "session.finish"}, {"now", now + 400000}});
  const std::string id = shell.ok({{"cmd", "session.save"}})["id"].get<std::string>();
  const json entry = shell.ok({{"cmd", "journal.get"}, {"id", id}});
  ASSERT_EQ(entry["exercises"].size(), static_cast<std::size_t>(count + 1));
  EXPECT_EQ(entry["exercises"][count - 1]["status"], "stopped_hurts");
  EXPECT_EQ(entry["exercises"][count]["exercise_id"], hurt["easier"]["id"]);
}

TEST(AppJourney, TheSessionViewSaysItsStepAndSideInWords) {
  Shell shell;
  shell.ok({{"cmd", "screening.evaluate"}, {"answers", all_no_answers(shell)}, {"date", "2026-11-16"}, {"save", true}});
  json view = shell.ok({{"cmd", "session.start"}, {"date", "2026-11-16"}, {"now", kT0}});
  const std::map<std::string, std::string> steps = {
      {"get_ready", "Get ready"}, {"work", "Work"}, {"rest", "Rest"}};
  const std::map<std::string, std::string> sides = {
      {"none", ""}, {"left", "Left side"}, {"right", "Right side"}};
  std::set<std::string> seen;
  Millis now = kT0;
  for (int guard = 0; guard < 400 && view["state"] != "finished"; ++guard) {
    const std::string step = view["step"].get<std::string>(), side = view["side"].get<std::string>();
    EXPECT_EQ(view["step_text"], steps.at(step)) << step;
    EXPECT_EQ(view["side_text"], sides.at(side)) << side;
    seen.insert(step + "/" + side);
    now += view["step_remaining_ms"].get<Millis>() + 1;
    view = shell.ok({{"cmd", "session.view"}, {"now", now}});
  }
  for (const char* both : {"get_ready/none", "work/none", "work/left", "work/right"})
    EXPECT_EQ(seen.count(both), 1u) << both << " never came up in the session";
}

TEST(AppJourney, EvaluateNamesTheQuestionsTheAnswersHide) {
  Shell shell;
  auto hidden = [&](json answers) {
    return shell.ok({{"cmd", "screening.evaluate"}, {"answers", answers}})["hidden"];
  };
  const json adult = hidden({{"age", 42}});
  EXPECT_NE(std::find(adult.begin(), adult.end(), "child_limp"), adult.end()) << adult.dump();
  const json child = hidden({{"age", 12}});
  EXPECT_EQ(std::find(child.begin(), child.end(), "child_limp"), child.end()) << child.dump();
}

TEST(AppJourney, ArgumentsAreChecked) {
  Shell shell;
  shell.refused({{"cmd", "plan.get"}}, "invalid_argument");
  shell.refused({{"cmd", "plan.get"}, {"date", "2026-02-30"}}, "invalid_argument");
  shell.refused({{"cmd", "catalogue.query"}, {"region", "elbows"}}, "invalid_argument");
  shell.refused({{"cmd", "exercise.get"}, {"id", "moonwalk"}}, "not_found");
  shell.refused({{"cmd", "session.tick"}, {"now", kT0}}, "no_session");
  shell.refused({{"cmd", "journal.add"}, {"entry", {{"type", "checkin"}, {"date", "2026-11-16"}, {"pain", 11}}}},
                "invalid_entry");
  shell.refused({{"cmd", "screening.evaluate"}, {"answers", {{"no_such_item", "yes"}}}}, "invalid_answers");
  shell.refused({{"cmd", "document.import"}, {"text", "{\"schema_version\":2,\"entries\":[{}]}"}}, "invalid_import");
  shell.refused({{"cmd", "document.reset"}, {"confirm", "yes"}}, "not_confirmed");
}

TEST(AppJourney, CatalogueAndFigures) {
  Shell shell;
  const json found = shell.ok({{"cmd", "catalogue.query"}, {"search", "thread the needle"}});
  ASSERT_EQ(found["exercises"].size(), 1u);
  EXPECT_EQ(found["exercises"][0]["id"], "supine_figure_four");
  const json svg = shell.ok({{"cmd", "figure.svg"}, {"id", "glute_bridge"}, {"pose", "end"}});
  EXPECT_EQ(svg["svg"].get<std::string>().rfind("<svg", 0), 0u);
}

TEST(AppJourney, CorruptAndNewerDocuments) {
  Shell corrupt("{not json");
  EXPECT_EQ(corrupt.ok({{"cmd", "document.status"}})["status"], "corrupt");
  EXPECT_EQ(corrupt.ok({{"cmd", "journal.list"}})["entries"].size(), 0u);

  Shell newer(R"({"schema_version": 99, "entries": []})");
  const json status = newer.ok({{"cmd", "document.status"}});
  EXPECT_EQ(status["status"], "newer_version");
  EXPECT_TRUE(status["read_only"].get<bool>());
  newer.refused({{"cmd", "journal.add"}, {"entry", {{"type", "checkin"}, {"date", "2026-11-16"}, {"pain", 2}}}},
                "read_only");
  newer.refused({{"cmd", "document.get"}}, "read_only");
}

}  // namespace
}  // namespace limber

namespace limber {
namespace {

TEST(AppLearn, CardsAndChecklist) {
  std::string error;
  auto app = App::open({embedded_assets(), ""}, &error);
  ASSERT_TRUE(app) << error;
  const json cards = app->call(json{{"cmd", "education.cards"}});
  ASSERT_EQ(cards["ok"], true);
  ASSERT_GE(cards["result"]["cards"].size(), 10u);
  for (const json& c : cards["result"]["cards"]) {
    EXPECT_FALSE(c["sources"].empty()) << c["id"];
    EXPECT_EQ(c["featured"], false) << "nothing is featured before a check";
  }
  json list = app->call(json{{"cmd", "checklist.get"}, {"date", "2026-11-21"}})["result"]["habits"];
  ASSERT_FALSE(list.empty());
  EXPECT_EQ(list[0]["ticked"], false);
  const std::string first = list[0]["id"].get<std::string>();
  app->call(json{{"cmd", "checklist.tick"}, {"date", "2026-11-21"}, {"habit", first}, {"ticked", true}});
  list = app->call(json{{"cmd", "checklist.get"}, {"date", "2026-11-21"}})["result"]["habits"];
  EXPECT_EQ(list[0]["ticked"], true);
  EXPECT_EQ(app->call(json{{"cmd", "checklist.get"}, {"date", "2026-11-22"}})["result"]["habits"][0]["ticked"],
            false);
}

TEST(AppLearn, SciaticaCardIsFeaturedAfterACheckThatFlagsIt) {
  std::string error;
  auto app = App::open({embedded_assets(), ""}, &error);
  ASSERT_TRUE(app) << error;
  const json questions = app->call(json{{"cmd", "screening.questions"}})["result"];
  json answers = json::object();
  for (const json& q : questions["questions"])
    if (q["role"] == "red_flag") answers[q["id"].get<std::string>()] = "no";
  answers["age"] = 40;
  answers["sciatica"] = "yes";
  ASSERT_EQ(app->call(json{{"cmd", "screening.evaluate"}, {"answers", answers}, {"date", "2026-11-21"}, {"save", true}})["ok"],
            true);
  const json cards = app->call(json{{"cmd", "education.cards"}})["result"]["cards"];
  ASSERT_FALSE(cards.empty());
  EXPECT_EQ(cards[0]["featured"], true);
  EXPECT_EQ(cards[0]["show_when"], "sciatica");
}

}  // namespace
}  // namespace limber
