// The scorecard as a plain-text table in Vietnamese, as `sen scorecard` prints it:
// numbers as 1.172,5, percentages as 152%, vintages and statuses in the offices' words.
#pragma once
#include <functional>
#include <string>

#include "targets/targets.hpp"

namespace sen::targets {

// `name` gives a unit's name from its code, for the paths of figures derived through a lineage.
std::string scorecard_text(const Scorecard& card, const std::function<std::string(const std::string&)>& name);

const char* status_vi(Status s);
const char* vintage_vi(Vintage vintage);

// An item's status in the offices' words: a ceiling is kept ("Đạt") however far below it, never
// "Vượt"; a figure refused across a reorganisation is "Không so sánh được".
std::string item_status_vi(const ScorecardItem& item);
// Whether the item's actual or target was derived through a reorganisation's lineage.
bool derived_through_lineage(const ScorecardItem& item);
// One step of a derived figure's path: "Thành phố Hà Tĩnh (436) → Phường Thành Sen (18073), 42%
// theo dân số (phần chia minh họa)"; `name` gives a unit's name from its code.
std::string lineage_step_vi(const LineageStep& step, const std::function<std::string(const std::string&)>& name);
// The distinct steps of the items' derived figures, in the order met, as lineage_step_vi words them.
std::vector<std::string> lineage_paths_vi(const std::vector<ScorecardItem>& items,
                                          const std::function<std::string(const std::string&)>& name);

}  // namespace sen::targets
