// The figures a report states for its unit and period, found by rules (no model): numbers with
// their units, the indicator named in the same clause by its words, the vintage from "ước",
// what the sentence says beside (% of plan, change on last year), and figures of other periods
// or targets left out. Pure: no database.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "base/period.hpp"
#include "extraction/model.hpp"

namespace sen::extraction {

// `vintage` is given to figures stated as done ("đạt", "thực hiện"); "ước …" gives estimate,
// "sơ bộ" preliminary, and a figure named as the plan ("kế hoạch 800 tỷ", "không quá 6 vụ theo
// chỉ tiêu") plan. Every quote is the text between start and end.
Proposals extract(std::string_view text, const std::vector<CatalogueEntry>& catalogue, const Period& period,
                  const std::string& vintage);

}  // namespace sen::extraction
