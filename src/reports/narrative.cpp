#include "reports/narrative.hpp"

#include <fmt/format.h>

#include "base/text.hpp"

namespace sen::reports {

std::string next_period_phrase(const Period& period) {
  int y = period.year();
  switch (period.kind()) {
    case PeriodKind::year:
      return Period::year_of(y + 1).vietnamese();
    case PeriodKind::six_months:
      return fmt::format("6 tháng cuối năm {}", y);
    case PeriodKind::nine_months:
      return fmt::format("3 tháng cuối năm {}", y);
    case PeriodKind::quarter:
      return (period.index() < 4 ? Period::parse(fmt::format("{}-Q{}", y, period.index() + 1))
                                 : Period::parse(fmt::format("{}-Q1", y + 1)))
          ->vietnamese();
    case PeriodKind::month:
      return (period.index() < 12 ? Period::parse(fmt::format("{}-{:02}", y, period.index() + 1))
                                  : Period::parse(fmt::format("{}-01", y + 1)))
          ->vietnamese();
  }
  return "";
}

std::vector<NarrativePart> narrative_parts(const Period& period) {
  if (period.kind() == PeriodKind::year) {
    return {{"overall", "Đánh giá khái quát (mở đầu)"},
            {"strengths", "Ưu điểm"},
            {"limitations", "Hạn chế, khuyết điểm và nguyên nhân"},
            {"lessons", "Bài học kinh nghiệm"},
            {"theme", fmt::format("Chủ đề năm {}", period.year() + 1)},
            {"measures", "Nhiệm vụ, giải pháp trọng tâm"},
            {kRecipientsKey, "Nơi nhận"}};
  }
  return {{"overall", "Đánh giá khái quát (mở đầu)"},
          {"strengths", "Ưu điểm"},
          {"limitations", "Hạn chế, khuyết điểm và nguyên nhân"},
          {"measures", "Nhiệm vụ trọng tâm " + next_period_phrase(period)},
          {kRecipientsKey, "Nơi nhận"}};
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    auto end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    auto line = trim(std::string_view(text).substr(start, end - start));
    if (!line.empty()) out.push_back(line);
    start = end + 1;
  }
  return out;
}

}  // namespace sen::reports
