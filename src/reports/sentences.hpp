// The sentences of a report in the offices' register (PRODUCT.md, "Wording of reports"): targets
// in words, never symbols ("trên 80%", "từ 90% trở lên", "không quá 20 vụ"); lower-is-better
// figures said against their ceiling ("xảy ra 14 vụ, không quá 20 vụ theo chỉ tiêu, đạt"); the
// change from the same period of the previous year ("tăng 16,6% so với năm 2021"); and no count
// of zero written as a sentence or a clause.
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/period.hpp"
#include "targets/targets.hpp"

namespace sen::reports {

// A value with its measure as reports write it: "1.172,5 tỷ đồng", "86,1%".
std::string with_measure(double value, const targets::Indicator& indicator);

// A target in words with its measure: "trên 80%", "từ 90% trở lên", "không quá 20 vụ", "dưới 1%",
// "100%", "từ 5 đến 7 khu".
std::string target_words(const targets::Target& target, const targets::Indicator& indicator);

// The change from the same period of the previous year: "tăng 16,6% so với năm 2021" (an amount,
// in percent), "tăng 1,47 điểm phần trăm so với năm 2021" (a rate, in points), "giảm …", "bằng
// năm 2021"; "so với cùng kỳ năm 2022" for part of a year. Empty without both figures.
std::string comparison(const targets::ScorecardItem& item, const Period& period);

// An indicator judged against its target for the same period: "Tổng thu ngân sách trên địa bàn
// ước đạt 1.172,5 tỷ đồng, bằng 152% kế hoạch tỉnh giao, tăng 16,6% so với năm 2021."
std::string indicator_sentence(const targets::ScorecardItem& item, const Period& period);

// The share of the year's plan reached in part of the year, for a figure that adds up over the
// year (an amount, higher is better); nullopt otherwise. `item` holds the year's target and the
// period's figures.
std::optional<double> share_of_year_plan(const targets::ScorecardItem& item);

// A figure of part of the year against the year's target, without a judgement (the year is not
// over): "… ước đạt 620 tỷ đồng, bằng 59,7% kế hoạch năm, tăng 8% so với cùng kỳ năm 2022";
// a rate or a level with the year's target in words: "(kế hoạch năm trên 80%)".
std::string part_of_year_sentence(const targets::ScorecardItem& item, const Period& period);

// "25/25 chỉ tiêu đạt và vượt kế hoạch", with the targets not met and without data when there are
// any; no clause for a count of zero. Empty when there is no target.
std::string targets_summary(int met_or_exceeded, int not_met, int no_data, int not_comparable = 0);

// The counts that are not zero, each written with its words ("{} tổ chức đảng"), joined by
// `separator`: {{"kiểm tra {} tổ chức đảng", 118}, {"{} đảng viên", 0}} → "kiểm tra 118 tổ chức
// đảng". Empty when every count is zero.
std::string nonzero_counts(const std::vector<std::pair<std::string, int>>& counts, const std::string& separator);

// The text with its first letter in capitals: "kiểm tra …" → "Kiểm tra …".
std::string capitalized(const std::string& text);

}  // namespace sen::reports
