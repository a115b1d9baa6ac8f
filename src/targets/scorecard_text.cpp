#include "targets/scorecard_text.hpp"

#include <fmt/format.h>

#include "base/text.hpp"
#include "base/vi_number.hpp"

namespace sen::targets {

namespace {

// `text` padded with spaces to `width` characters (never cut).
std::string pad(const std::string& text, std::size_t width, bool right = false) {
  std::size_t length = utf8_length(text);
  std::string fill(length < width ? width - length : 0, ' ');
  return right ? fill + text : text + fill;
}

}  // namespace

const char* status_vi(Status s) {
  switch (s) {
    case Status::exceeded: return "Vượt";
    case Status::met: return "Đạt";
    case Status::not_met: return "Không đạt";
    case Status::no_data: return "Chưa có số liệu";
  }
  return "";
}

const char* vintage_vi(const std::string& vintage) {
  if (vintage == "official") return "Chính thức";
  if (vintage == "preliminary") return "Sơ bộ";
  if (vintage == "estimate") return "Ước";
  if (vintage == "plan") return "Kế hoạch";
  return "";
}

std::string scorecard_text(const Scorecard& card) {
  std::string out = fmt::format("{} ({}) — kỳ {}\n{}\n", card.unit_name, card.unit, card.period.code(), summary_vi(card));
  auto target_text = [](const ScorecardItem& it) {
    return describe_target_vi(it.target, it.indicator.decimals) + " " + it.indicator.measure;
  };
  std::size_t name_width = 10, target_width = 12;
  for (const auto& it : card.items) {
    name_width = std::max(name_width, utf8_length(it.indicator.name));
    target_width = std::max(target_width, utf8_length(target_text(it)));
  }
  std::string area;
  for (const auto& it : card.items) {
    if (it.indicator.area != area) {
      area = it.indicator.area;
      out += fmt::format("\n{}\n  {}  {}  {}  {}  {}  {}\n", area_name_vi(area), pad("Chỉ tiêu", name_width),
                         pad("Chỉ tiêu KH", target_width, true), pad("Thực hiện", 14, true), pad("Số liệu", 10),
                         pad("% KH", 7, true), "Đánh giá");
    }
    int d = it.indicator.decimals;
    std::string actual = it.actual ? format_vi(it.actual->value, d) : "—";
    std::string vintage = it.actual ? vintage_vi(it.actual->vintage) : "";
    std::string pct = it.evaluation.achievement_pct ? format_vi(*it.evaluation.achievement_pct, 1) + "%" : "";
    out += fmt::format("  {}  {}  {}  {}  {}  {}\n", pad(it.indicator.name, name_width),
                       pad(target_text(it), target_width, true),
                       pad(actual, 14, true), pad(vintage, 10), pad(pct, 7, true), status_vi(it.evaluation.status));
  }
  return out;
}

}  // namespace sen::targets
