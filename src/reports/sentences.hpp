// One sentence per indicator in the style of a year-end report, from its judged target:
// "Tổng thu ngân sách trên địa bàn ước đạt 1.172,5 tỷ đồng, bằng 152% kế hoạch".
#pragma once
#include <string>

#include "targets/targets.hpp"

namespace sen::reports {

std::string indicator_sentence(const targets::ScorecardItem& item);

// A value with its measure as reports write it: "1.172,5 tỷ đồng", "86,1%".
std::string with_measure(double value, const targets::Indicator& indicator);

}  // namespace sen::reports
