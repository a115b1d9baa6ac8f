// What a report says about time: "năm 2023", "6 tháng đầu năm", "quý I", "tháng 3/2026",
// "cả năm", "cùng kỳ", "lũy kế", "từ năm 2020 đến nay"; and the words that make what follows a
// target rather than a result ("phấn đấu", "mục tiêu", "dự kiến", "phương hướng").
#pragma once
#include <cstddef>
#include <optional>
#include <vector>

#include "base/period.hpp"
#include "extraction/tokens.hpp"

namespace sen::extraction {

struct TimeMention {
  enum class Kind {
    period,        // a period Sen knows: "năm 2023", "quý I", "9 tháng đầu năm"
    this_period,   // "trong năm", "trong kỳ", "năm nay"
    year_to_date,  // "lũy kế", "từ đầu năm"
    previous,      // "cùng kỳ", "năm trước"
    other,         // a span or a part Sen has no period for: "từ năm 2020", "3 tháng cuối năm"
  };
  std::size_t begin = 0, end = 0;  // tokens
  Kind kind = Kind::other;
  std::optional<Period> period;
  // Said in a comparison ("so với cùng kỳ năm 2022", "thấp hơn năm 2021"): it holds only to the
  // next comma.
  bool comparison = false;

  // Whether the words speak of the report's own period.
  bool covers(const Period& report) const;
};

// Mentions in text order; a year left out ("quý I") is `report_year`.
std::vector<TimeMention> time_mentions(const std::vector<Token>& tokens, int report_year);

// Tokens where a target's wording begins: "phấn đấu", "mục tiêu", "dự kiến", "phương hướng".
std::vector<std::size_t> intent_mentions(const std::vector<Token>& tokens);

}  // namespace sen::extraction
