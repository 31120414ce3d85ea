// case_name.h: names table-driven gtest cases after their `what` text ("too few steps" ->
// too_few_steps), so a failure names the row in words.
#pragma once
#include <gtest/gtest.h>

#include <cctype>
#include <string>

namespace limber::testing_support {

struct CaseName {
  template <typename Case>
  std::string operator()(const ::testing::TestParamInfo<Case>& info) const {
    std::string name;
    for (const char* c = info.param.what; *c; ++c)
      name += std::isalnum(static_cast<unsigned char>(*c)) ? *c : '_';
    return name;
  }
};

}  // namespace limber::testing_support
