// limber-cli screen: the red-flag check from the command line.
//   screen --answers FILE|-   prints the verdict as JSON (exit 2 on invalid answers)
//   screen --questions        prints the questionnaire as JSON (what shells render)
#include <iostream>

#include "cli.h"
#include "commands.h"
#include "limber/screening.h"

namespace limber::cli {

int cmd_screen(int argc, char** argv) {
  Args args;
  if (!parse_args(argc, argv, 1, {"questions"}, &args) ||
      !only_options(args, {"assets", "answers", "questions"}))
    return kUsage;
  const auto answers_path = args.option("answers");
  if (!args.positional.empty() || answers_path.has_value() == args.flag("questions")) {
    std::cerr << "limber-cli screen: give either --answers FILE (- for stdin) or --questions\n";
    return kUsage;
  }
  Assets assets;
  if (!load_assets(args, &assets)) return kUsage;
  Problems problems;
  const auto screening = Screening::load(assets, problems);
  if (!screening) {
    std::cerr << "limber-cli screen: the screening content is invalid:\n" << to_string(problems);
    return kInvalid;
  }
  if (args.flag("questions")) {
    std::cout << screening->questionnaire_json(2) << "\n";
    return kOk;
  }
  std::string text;
  if (!read_input(*answers_path, &text)) return kUsage;
  const auto answers = screening->parse_answers(text, problems);
  if (!answers) {
    const std::string name = *answers_path == "-" ? "stdin" : *answers_path;
    for (const Problem& p : problems) std::cerr << "limber-cli screen: " << name << ": " << p.to_string() << "\n";
    return kUsage;
  }
  std::cout << to_json(screening->evaluate(*answers), 2) << "\n";
  return kOk;
}

}  // namespace limber::cli
