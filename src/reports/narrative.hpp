// The officer's own text of a report: the parts Sen cannot compute, in the order of the year-end
// report of 27/12/2022 — the overall assessment, strengths, limitations and their causes, lessons,
// the next year's theme, tasks and measures — and the recipients, which each unit writes its way.
#pragma once
#include <string>
#include <vector>

#include "base/period.hpp"

namespace sen::reports {

struct NarrativePart {
  std::string key;    // overall, strengths, limitations, lessons, theme, measures, recipients
  std::string title;  // as the editor shows it: "Hạn chế, khuyết điểm và nguyên nhân"
};

inline constexpr const char* kRecipientsKey = "recipients";

// The parts of a report of this period, in the order they print: a year has all six and the
// recipients; part of a year has no lessons and no theme, and its measures are those of the next
// period ("Nhiệm vụ trọng tâm 6 tháng cuối năm 2023").
std::vector<NarrativePart> narrative_parts(const Period& period);

// The period after part of a year, as the next tasks name it: "6 tháng cuối năm 2023", "quý II năm
// 2023", "tháng 1 năm 2024". For a year: "năm 2023".
std::string next_period_phrase(const Period& period);

// The paragraphs of a text: one per line, trimmed, blank lines left out.
std::vector<std::string> lines_of(const std::string& text);

}  // namespace sen::reports
