// limber-cli plan: today's session and the week, from a red-flag check's answers and, with
// --data-dir, the journal there (past sessions drive progression, rest days and swaps).
//   plan --answers FILE|- [--date YYYY-MM-DD] [--data-dir DIR] [--acknowledge] [--assets DIR]
// --acknowledge stands for the person confirming the advice of a `soon` result.
#include <ctime>
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli.h"
#include "commands.h"
#include "journal_cli.h"
#include "limber/catalogue.h"
#include "limber/plan.h"
#include "limber/plan_input.h"
#include "limber/screening.h"

namespace limber::cli {

// The shell owns the clock: the local calendar date, unless --date says otherwise.
std::optional<Date> today_or_option(const Args& args) {
  if (auto text = args.option("date")) {
    auto date = Date::parse(*text);
    if (!date) std::cerr << "limber-cli: --date must be YYYY-MM-DD, not '" << *text << "'\n";
    return date;
  }
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return Date::from_ymd(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
}

int cmd_plan(int argc, char** argv) {
  Args args;
  if (!parse_args(argc, argv, 1, {"acknowledge"}, &args) ||
      !only_options(args, {"assets", "answers", "date", "acknowledge", "data-dir"}) ||
      !args.positional.empty())
    return kUsage;
  const auto answers_path = args.option("answers");
  if (!answers_path) {
    std::cerr << "limber-cli plan: --answers FILE (- for stdin) is required\n";
    return kUsage;
  }
  const auto today = today_or_option(args);
  if (!today) return kUsage;
  Assets assets;
  if (!load_assets(args, &assets)) return kUsage;

  Problems problems;
  const auto screening = Screening::load(assets, problems);
  const Catalogue catalogue = Catalogue::load(assets, problems);
  const PlanRules rules = PlanRules::load(assets, catalogue, problems);
  if (!screening || !problems.empty()) {
    std::cerr << "limber-cli plan: the content is invalid:\n" << to_string(problems);
    return kInvalid;
  }
  std::string text;
  if (!read_input(*answers_path, &text)) return kUsage;
  const auto answers = screening->parse_answers(text, problems);
  if (!answers) {
    for (const Problem& p : problems) std::cerr << "limber-cli plan: " << p.to_string() << "\n";
    return kUsage;
  }
  const Verdict verdict = screening->evaluate(*answers);
  PlanInput input =
      plan_input_from_check(*screening, verdict, *today, *today, args.flag("acknowledge"));
  if (args.option("data-dir")) {
    // Read-only: planning never changes the journal.
    auto journal = open_journal(args, native::JournalFile::Mode::read_only);
    if (!journal) return kInvalid;
    add_journal_history(journal->journal(), input);
  }
  Json out = to_json(build_plan(catalogue, rules, input));
  out["check"] = {{"level", to_string(verdict.level)},
                  {"programme", to_string(verdict.programme)},
                  {"complete", verdict.complete}};
  std::cout << out.dump(2) << "\n";
  return kOk;
}

}  // namespace limber::cli
