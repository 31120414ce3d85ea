// The learn screen: short education cards from the core (education.cards): a summary each,
// the full text on request, something to try and where the advice comes from.
#include <memory>
#include <set>
#include <string>

#include "reply.h"
#include "screens.h"
#include "widgets.h"

namespace limber::desktop {
namespace {

class LearnScreen final : public Screen {
 public:
  void show(Ui& ui) override {
    const Answer answer =
        ui.ask({{"cmd", "education.cards"}}, "read the cards", {"unknown_command"});
    available_ = answer.ok || answer.code != "unknown_command";
    cards_ = answer.ok ? answer.result : json();
  }

  void draw(Ui& ui) override {
    heading(ui, "Learn");
    lead(ui,
         "Short cards about back and hip pain: what helps, what to go easy on, and when to see a "
         "doctor.");
    gap(ui, 10);
    if (!available_) {
      muted("The cards are not available in this build.");
      return;
    }
    const json& cards = list(cards_, "cards");
    if (cards.empty()) {
      muted("No cards to show.");
      return;
    }
    for (const json& card : cards) {
      const std::string id = text(card, "id");
      ImGui::PushID(id.c_str());
      begin_card(ui);
      section(ui, text(card, "title").c_str());
      paragraph(text(card, "summary").c_str());
      const bool open = open_.count(id) > 0;
      if (open) {
        gap(ui, 4);
        for (const json& para : list(card, "body")) paragraph(as_text(para).c_str());
        if (const std::string t = text(card, "try_this"); !t.empty()) {
          ImGui::PushFont(ui.fonts().bold);
          paragraph("Try this");
          ImGui::PopFont();
          paragraph(t.c_str());
        }
        std::string sources;
        for (const json& s : list(card, "sources"))
          sources += (sources.empty() ? "" : "; ") + as_text(s);
        if (!sources.empty()) muted(("Sources: " + sources + ".").c_str());
      }
      if (!list(card, "body").empty() || !text(card, "try_this").empty()) {
        if (small_button(ui, open ? "Show less" : "Read more")) {
          if (open)
            open_.erase(id);
          else
            open_.insert(id);
        }
      }
      end_card(ui);
      gap(ui, 8);
      ImGui::PopID();
    }
  }

 private:
  json cards_;
  bool available_ = true;
  std::set<std::string> open_;
};

}  // namespace

std::unique_ptr<Screen> make_learn_screen() { return std::make_unique<LearnScreen>(); }

}  // namespace limber::desktop
