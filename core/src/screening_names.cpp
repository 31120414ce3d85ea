// The fixed vocabulary of the screening schema (level, programme, answer type and role
// names); none of it is clinical content.
#include <array>

#include "limber/screening.h"
#include "content_text.h"
#include "screening_data.h"

namespace limber {
namespace {

constexpr std::array<const char*, 5> kLevels = {"self_care", "routine", "soon", "urgent",
                                                "emergency"};
constexpr std::array<const char*, 3> kProgrammes = {"full", "gentle_after_ack", "locked"};
constexpr std::array<const char*, 5> kTypes = {"yes_no_unsure", "yes_no", "number", "choice",
                                               "multi_choice"};
constexpr std::array<const char*, 4> kRoles = {"red_flag", "context", "precaution",
                                               "pain_history"};

template <typename Enum, std::size_t N>
std::optional<Enum> from_names(const std::array<const char*, N>& names, std::string_view text) {
  for (std::size_t i = 0; i < N; ++i)
    if (text == names[i]) return static_cast<Enum>(i);
  return std::nullopt;
}

}  // namespace

const char* to_string(Level level) { return kLevels[static_cast<std::size_t>(level)]; }
std::optional<Level> level_from_string(std::string_view text) {
  return from_names<Level>(kLevels, text);
}

const char* to_string(Programme programme) {
  return kProgrammes[static_cast<std::size_t>(programme)];
}
std::optional<Programme> programme_from_string(std::string_view text) {
  return from_names<Programme>(kProgrammes, text);
}

const char* to_string(AnswerType type) { return kTypes[static_cast<std::size_t>(type)]; }
const char* to_string(Role role) { return kRoles[static_cast<std::size_t>(role)]; }

namespace detail {

std::vector<std::string> allowed_values(const Question& q) {
  switch (q.type) {
    case AnswerType::yes_no_unsure: return content_text::string_list({"yes", "no", "unsure"});
    case AnswerType::yes_no: return content_text::string_list({"yes", "no"});
    case AnswerType::choice:
    case AnswerType::multi_choice: {
      std::vector<std::string> out;
      for (const Option& o : q.options) out.push_back(o.value);
      return out;
    }
    case AnswerType::number: break;
  }
  return {};
}

bool allows(const Question& q, std::string_view value) {
  switch (q.type) {
    case AnswerType::yes_no_unsure:
      if (value == "unsure") return true;
      [[fallthrough]];
    case AnswerType::yes_no: return value == "yes" || value == "no";
    case AnswerType::choice:
    case AnswerType::multi_choice:
      for (const Option& o : q.options)
        if (o.value == value) return true;
      return false;
    case AnswerType::number: break;
  }
  return false;
}

}  // namespace detail
}  // namespace limber
