// The scorecard as a plain-text table in Vietnamese, as `sen scorecard` prints it:
// numbers as 1.172,5, percentages as 152%, vintages and statuses in the offices' words.
#pragma once
#include <string>

#include "targets/targets.hpp"

namespace sen::targets {

std::string scorecard_text(const Scorecard& card);

const char* status_vi(Status s);
const char* vintage_vi(const std::string& vintage);

}  // namespace sen::targets
