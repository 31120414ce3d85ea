// The check screen: the red-flag questionnaire, a few questions a page, then the result.
//
// Everything it shows comes from the core: the questions (screening.questions), which of
// them these answers hide and which still need an answer (screening.evaluate, asked again
// after every answer), and the verdict. The screen keeps only the answers typed so far.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "reply.h"
#include "screens.h"
#include "style.h"
#include "widgets.h"
#include "words.h"

namespace limber::desktop {
namespace {

constexpr std::size_t kQuestionsPerPage = 4;
constexpr float kOptionWidth = 110;  // Yes / No / Not sure: equal, easy targets

struct Page {
  std::string group_title, group_intro;
  bool first_of_group = false;
  std::vector<const json*> questions;
};

class CheckScreen final : public Screen {
 public:
  void show(Ui& ui) override {
    load_questions(ui);
    if (in_progress_) return;  // back to the page the person left
    const auto latest = ui.call({{"cmd", "screening.latest"}}, "read your last check");
    if (latest && latest->is_object()) {
      verdict_ = object(*latest, "verdict");
      result_date_ = text(*latest, "date");
      acknowledged_ = flag(*latest, "acknowledged");
      last_answers_ = object(*latest, "answers");
      showing_result_ = !verdict_.empty();
    } else {
      showing_result_ = false;
      start_over(ui, json::object());
    }
  }

  void draw(Ui& ui) override {
    if (showing_result_)
      draw_result(ui);
    else
      draw_questions(ui);
  }

 private:
  void load_questions(Ui& ui) {
    if (!list(questionnaire_, "questions").empty()) return;
    if (auto q = ui.call({{"cmd", "screening.questions"}}, "load the check's questions"))
      questionnaire_ = std::move(*q);
  }

  void start_over(Ui& ui, const json& answers) {
    answers_ = answers.is_object() ? answers : json::object();
    number_text_.clear();
    for (auto it = answers_.begin(); it != answers_.end(); ++it)
      if (it->is_number()) number_text_[it.key()] = std::to_string(it->get<long long>());
    page_ = 0;
    in_progress_ = true;
    showing_result_ = false;
    refresh(ui);
  }

  // Asks the core which questions these answers hide and which still need an answer.
  void refresh(Ui& ui) {
    const auto verdict =
        ui.call({{"cmd", "screening.evaluate"}, {"answers", answers_}}, "check your answers");
    if (!verdict) return;
    hidden_.clear();
    for (const json& id : list(*verdict, "hidden")) hidden_.insert(as_text(id));
    unanswered_.clear();
    for (const json& id : list(*verdict, "unanswered")) unanswered_.push_back(as_text(id));
  }

  std::vector<Page> pages() const {
    std::vector<Page> out;
    for (const json& group : list(questionnaire_, "groups")) {
      const std::string id = text(group, "id");
      std::vector<const json*> shown;
      for (const json& q : list(questionnaire_, "questions"))
        if (text(q, "group") == id && !hidden_.count(text(q, "id"))) shown.push_back(&q);
      if (shown.empty()) continue;
      // Even pages: 4 questions make 2 + 2, not 3 + 1.
      const std::size_t count = (shown.size() + kQuestionsPerPage - 1) / kQuestionsPerPage;
      std::size_t from = 0;
      for (std::size_t i = 0; i < count; ++i) {
        const std::size_t size = (shown.size() - from) / (count - i);
        Page page;
        page.group_title = text(group, "title");
        page.group_intro = text(group, "intro");
        page.first_of_group = i == 0;
        page.questions.assign(shown.begin() + static_cast<long>(from),
                              shown.begin() + static_cast<long>(from + size));
        out.push_back(std::move(page));
        from += size;
      }
    }
    return out;
  }

  int page_of(const std::vector<Page>& all, const std::string& question) const {
    for (std::size_t i = 0; i < all.size(); ++i)
      for (const json* q : all[i].questions)
        if (text(*q, "id") == question) return static_cast<int>(i);
    return 0;
  }

  void draw_questions(Ui& ui) {
    heading(ui, "Check for warning signs");
    const std::vector<Page> all = pages();
    if (all.empty()) {
      muted("The questions could not be loaded (see the message above).");
      return;
    }
    page_ = std::clamp(page_, 0, static_cast<int>(all.size()) - 1);
    if (page_ == 0) {
      lead(ui,
           "A few questions look for signs that a doctor should see you before you exercise. "
           "Answer for how things are now.");
      paragraph(
          "If you feel very unwell right now, do not wait for an app: call your local "
          "emergency number.");
      gap(ui, 4);
    }
    muted(("Page " + std::to_string(page_ + 1) + " of " + std::to_string(all.size())).c_str());
    progress_bar(ui, static_cast<float>(page_ + 1) / all.size(), 8);
    gap(ui, 10);

    const Page& page = all[static_cast<std::size_t>(page_)];
    section(ui, page.group_title.c_str());
    if (page.first_of_group && !page.group_intro.empty()) muted(page.group_intro.c_str());
    gap(ui, 6);
    bool changed = false;
    for (const json* q : page.questions) {
      ImGui::PushID(text(*q, "id").c_str());
      begin_card(ui);
      changed |= draw_question(ui, *q);
      end_card(ui);
      ImGui::PopID();
      gap(ui, 6);
    }
    if (changed) refresh(ui);

    gap(ui, 8);
    const bool last = page_ + 1 == static_cast<int>(all.size());
    if (page_ > 0) {
      if (button(ui, "Back")) --page_;
      ImGui::SameLine();
    }
    if (!last) {
      if (primary_button(ui, "Next")) ++page_;
    } else if (unanswered_.empty()) {
      if (primary_button(ui, "See my result")) submit(ui);
    } else {
      if (primary_button(ui, "See my result")) tried_to_finish_ = true;
      gap(ui, 4);
      paragraph(
          (count_words(static_cast<long long>(unanswered_.size()),
                       "warning-sign question still needs", "warning-sign questions still need") +
           " an answer. \"Not sure\" is a fine answer.")
              .c_str());
      if (button(ui, "Go to the first one")) {
        tried_to_finish_ = true;
        page_ = page_of(all, unanswered_.front());
      }
    }
    if (!list(questionnaire_, "questions").empty() && page_ == 0 && !result_date_.empty()) {
      gap(ui, 8);
      if (button(ui, "Back to my last result")) {
        in_progress_ = false;
        showing_result_ = true;
      }
    }
  }

  // One question: its text, hint and answer controls. True when the answer changed.
  bool draw_question(Ui& ui, const json& q) {
    const std::string id = text(q, "id");
    const std::string type = text(q, "type");
    ImGui::PushFont(ui.fonts().bold);
    paragraph(text(q, "text").c_str());
    ImGui::PopFont();
    if (const std::string hint = text(q, "hint"); !hint.empty()) muted(hint.c_str());
    const bool needs_answer =
        std::find(unanswered_.begin(), unanswered_.end(), id) != unanswered_.end();
    gap(ui, 2);
    bool changed = false;
    if (type == "number") {
      std::string& typed = number_text_[id];
      ImGui::SetNextItemWidth(140 * ui.zoom());
      if (ImGui::InputText("##number", &typed, ImGuiInputTextFlags_CharsDecimal)) {
        changed = true;
        const long long min = integer(q, "min", 0), max = integer(q, "max", 1000);
        char* end = nullptr;
        const long long value = std::strtoll(typed.c_str(), &end, 10);
        if (!typed.empty() && end && *end == '\0' && value >= min && value <= max)
          answers_[id] = value;
        else
          answers_.erase(id);
      }
      ImGui::SameLine();
      muted(text(q, "unit").c_str());
      if (!number_text_[id].empty() && !answers_.contains(id))
        muted(("Please give a whole number from " + std::to_string(integer(q, "min", 0)) + " to " +
               std::to_string(integer(q, "max", 1000)) + ".")
                  .c_str());
    } else {
      const bool many = type == "multi_choice";
      bool first = true;
      for (const json& option : list(q, "options")) {
        const std::string value = text(option, "value");
        const std::string label = text(option, "text", value);
        bool selected = false;
        if (const json* a = member(answers_, id.c_str())) {
          if (many && a->is_array())
            selected = std::find(a->begin(), a->end(), json(value)) != a->end();
          else
            selected = a->is_string() && a->get_ref<const std::string&>() == value;
        }
        if (!first)
          same_line_if_fits(ui, std::max(button_width(label.c_str()), kOptionWidth * ui.zoom()));
        first = false;
        ImGui::PushID(value.c_str());
        if (choice(ui, label.c_str(), selected, kOptionWidth)) {
          changed = true;
          if (!many) {
            if (selected)
              answers_.erase(id);  // a second press takes the answer back
            else
              answers_[id] = value;
          } else {
            json chosen = json::array();
            if (const json* a = member(answers_, id.c_str()); a && a->is_array()) chosen = *a;
            if (selected)
              chosen.erase(std::remove(chosen.begin(), chosen.end(), json(value)), chosen.end());
            else
              chosen.push_back(value);
            if (chosen.empty())
              answers_.erase(id);
            else
              answers_[id] = chosen;
          }
        }
        ImGui::PopID();
      }
      if (many) muted("Choose any that apply.");
    }
    if (needs_answer && tried_to_finish_) {
      ImGui::PushStyleColor(ImGuiCol_Text, palette().problem);
      ImGui::TextUnformatted("Needs an answer");
      ImGui::PopStyleColor();
    }
    return changed;
  }

  void submit(Ui& ui) {
    // Answers to questions the other answers ruled out are not part of this check.
    json kept = json::object();
    for (auto it = answers_.begin(); it != answers_.end(); ++it)
      if (!hidden_.count(it.key())) kept[it.key()] = *it;
    const auto verdict = ui.call(
        {{"cmd", "screening.evaluate"}, {"answers", kept}, {"date", ui.today()}, {"save", true}},
        "save your check");
    if (!verdict) return;
    verdict_ = *verdict;
    result_date_ = ui.today();
    acknowledged_ = false;
    last_answers_ = answers_;
    in_progress_ = false;
    showing_result_ = true;
    ImGui::SetScrollY(0);
  }

  void draw_result(Ui& ui) {
    heading(ui, "Your check");
    if (!result_date_.empty()) muted(("Done on " + date_words(result_date_) + ".").c_str());
    gap(ui, 8);
    const std::string level = text(verdict_, "level");
    const std::string programme = text(verdict_, "programme");
    const bool alarming = level == "emergency" || level == "urgent";
    if (alarming)
      begin_notice(ui);
    else if (level == "soon")
      begin_highlight(ui);
    else
      begin_card(ui);
    if (alarming) ImGui::PushStyleColor(ImGuiCol_Text, palette().problem);
    ImGui::PushFont(ui.fonts().heading);
    paragraph(text(verdict_, "title").c_str());
    ImGui::PopFont();
    if (alarming) ImGui::PopStyleColor();
    gap(ui, 4);
    ImGui::PushFont(alarming ? ui.fonts().section : ui.fonts().bold);
    paragraph(text(verdict_, "action").c_str());
    ImGui::PopFont();
    const json& actions = list(verdict_, "actions");
    for (std::size_t i = 1; i < actions.size(); ++i) bullet_line(ui, as_text(actions[i]).c_str());
    if (alarming)
      end_notice(ui);
    else if (level == "soon")
      end_highlight(ui);
    else
      end_card(ui);
    gap(ui, 12);

    if (const json& reasons = list(verdict_, "reasons"); !reasons.empty()) {
      section(ui, "Why");
      for (const json& r : reasons) {
        std::string line = text(r, "text");
        if (flag(r, "unsure")) line += " (you answered \"Not sure\")";
        bullet_line(ui, line.c_str());
      }
      gap(ui, 8);
    }
    if (const json& precautions = list(verdict_, "precautions"); !precautions.empty()) {
      section(ui, "What this changes in your exercises");
      for (const json& p : precautions) bullet_line(ui, text(p, "reason").c_str());
      gap(ui, 8);
    }
    if (const std::string stage = text(object(verdict_, "pain_history"), "stage_text");
        !stage.empty()) {
      fact(ui, "Your pain", stage);
      gap(ui, 8);
    }

    if (programme == "locked") {
      paragraph(
          "The exercise programme stays closed after this result. Please follow the advice above "
          "first.");
    } else if (programme == "gentle_after_ack") {
      if (acknowledged_) {
        paragraph("You confirmed this advice. The gentle programme is open on Today.");
        if (primary_button(ui, "Go to Today")) ui.go(ScreenId::today);
      } else {
        begin_highlight(ui);
        section(ui, "Before the gentle programme");
        paragraph(text(verdict_, "acknowledgement").c_str());
        gap(ui, 4);
        if (primary_button(ui, "I understand and agree")) {
          if (ui.call({{"cmd", "screening.acknowledge"}}, "record your confirmation"))
            acknowledged_ = true;
        }
        end_highlight(ui);
      }
    } else if (primary_button(ui, "Go to today's plan")) {
      ui.go(ScreenId::today);
    }
    gap(ui, 12);

    begin_card(ui);
    section(ui, "Not a diagnosis");
    paragraph(text(verdict_, "not_a_diagnosis").c_str());
    end_card(ui);
    gap(ui, 8);
    std::string sources;
    for (const json& s : list(verdict_, "sources"))
      sources += (sources.empty() ? "" : "; ") + as_text(s);
    if (!sources.empty()) muted(("Sources: " + sources + ".").c_str());
    gap(ui, 12);
    paragraph("Do the check again whenever something changes. Your last answers are filled in.");
    if (button(ui, "Do the check again")) start_over(ui, last_answers_);
  }

  json questionnaire_;
  json answers_ = json::object();
  std::map<std::string, std::string> number_text_;
  std::set<std::string> hidden_;
  std::vector<std::string> unanswered_;
  int page_ = 0;
  bool in_progress_ = false;
  bool tried_to_finish_ = false;  // "Needs an answer" shows only after that
  bool showing_result_ = false;
  json verdict_;
  json last_answers_ = json::object();
  std::string result_date_;
  bool acknowledged_ = false;
};

}  // namespace

std::unique_ptr<Screen> make_check_screen() { return std::make_unique<CheckScreen>(); }

}  // namespace limber::desktop
