#include "reports/narrative.hpp"

#include <fmt/format.h>

#include "base/text.hpp"

namespace sen::reports {

namespace {

const char* roman(int n) {
  static const char* numerals[] = {"", "I", "II", "III", "IV"};
  return n >= 1 && n <= 4 ? numerals[n] : "";
}

}  // namespace

std::string next_period_phrase(const Period& period) {
  int y = period.year();
  switch (period.kind()) {
    case PeriodKind::year:
      return fmt::format("năm {}", y + 1);
    case PeriodKind::six_months:
      return fmt::format("6 tháng cuối năm {}", y);
    case PeriodKind::nine_months:
      return fmt::format("3 tháng cuối năm {}", y);
    case PeriodKind::quarter:
      return period.index() < 4 ? fmt::format("quý {} năm {}", roman(period.index() + 1), y)
                                : fmt::format("quý I năm {}", y + 1);
    case PeriodKind::month:
      return period.index() < 12 ? fmt::format("tháng {} năm {}", period.index() + 1, y)
                                 : fmt::format("tháng 1 năm {}", y + 1);
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
