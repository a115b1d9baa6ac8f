#include "reports/sentences.hpp"

#include <fmt/format.h>

#include <cmath>

#include "base/text.hpp"
#include "base/vi_number.hpp"
#include "reports/header.hpp"
#include "reports/sections.hpp"
#include "targets/shares.hpp"

namespace sen::reports {

namespace {

using targets::Status;

bool lower_is_better(const targets::Indicator& i) {
  return i.direction == targets::Direction::lower;
}
bool is_rate(const targets::Indicator& i) {
  return i.measure == "%";
}
bool is_estimate(const targets::ScorecardItem& item) {
  return item.actual && item.actual->vintage == targets::Vintage::estimate;
}

// The illustrative mark that follows an invented figure, or nothing.
std::string mark(bool illustrative) {
  return illustrative ? kIllustrativeMark : "";
}

double round_to(double v, int decimals) {
  double scale = std::pow(10.0, decimals);
  return std::round(v * scale) / scale;
}

// "ước đạt", "đạt"; for a figure where less is better "xảy ra" (cases, as of accidents) or "còn"
// (what remains, as of a poverty rate), with "ước" for an estimate.
std::string verb(const targets::ScorecardItem& item) {
  std::string estimate = is_estimate(item) ? "ước " : "";
  if (!lower_is_better(item.indicator)) return estimate + "đạt";
  return estimate + (item.indicator.measure == "vụ" ? "xảy ra" : "còn");
}

// "năm 2021" for a year, "cùng kỳ năm 2022" for part of one.
std::string previous_words(const Period& period) {
  auto previous = period.same_period_previous_year();
  if (period.kind() == PeriodKind::year) return fmt::format("năm {}", previous.year());
  return fmt::format("cùng kỳ năm {}", previous.year());
}

std::string with_comparison(std::string sentence, const targets::ScorecardItem& item, const Period& period) {
  auto compared = comparison(item, period);
  if (!compared.empty()) sentence += ", " + compared;
  return sentence + ".";
}

}  // namespace

std::string with_measure(double value, const targets::Indicator& indicator) {
  std::string number = format_vi(value, indicator.decimals);
  return is_rate(indicator) ? number + "%" : number + " " + indicator.measure;
}

std::string target_words(const targets::Target& t, const targets::Indicator& i) {
  auto value = with_measure(t.value, i);
  const auto& c = t.comparator;
  if (c == ">=") return "từ " + value + " trở lên";
  if (c == ">") return "trên " + value;
  if (c == "<=") return "không quá " + value;
  if (c == "<") return "dưới " + value;
  if (c == "between")
    return "từ " + format_vi(t.value, i.decimals) + " đến " + with_measure(t.value_to.value_or(t.value), i);
  return value;
}

std::string comparison(const targets::ScorecardItem& item, const Period& period) {
  if (!item.actual || !item.previous) return "";
  auto before = previous_words(period);
  // The previous year's figure is not stated: an invented one marks the change.
  auto invented = mark(item.previous->illustrative);
  const auto& i = item.indicator;
  double change = 0;
  std::string unit;
  if (is_rate(i)) {
    change = round_to(item.actual->value - item.previous->value, i.decimals);
    unit = " điểm phần trăm";
    if (change == 0) return "bằng " + before + invented;
    return fmt::format("{} {}{}{} so với {}", change > 0 ? "tăng" : "giảm", format_vi(std::abs(change), i.decimals),
                       unit, invented, before);
  }
  if (item.previous->value == 0) return "";
  change = round_to((item.actual->value / item.previous->value - 1) * 100, 1);
  if (change == 0) return "bằng " + before + invented;
  return fmt::format("{} {}%{} so với {}", change > 0 ? "tăng" : "giảm", format_vi(std::abs(change), 1), invented,
                     before);
}

namespace {

// The figure with its measure, and where it comes from when the projects' records give it: they
// hold the projects the unit manages in Sen, which may be fewer than the indicator covers.
std::string figure_words(const targets::ScorecardItem& item) {
  std::string value = with_measure(item.actual->value, item.indicator) + mark(item.actual->illustrative);
  if (item.actual->derivation == "projects") value += " (theo hồ sơ các dự án trên Sen, mọi nguồn vốn)";
  return value;
}

}  // namespace

std::string indicator_sentence(const targets::ScorecardItem& item, const Period& period) {
  const auto& i = item.indicator;
  if (!item.actual) return fmt::format("{}: chưa có số liệu.", i.name);
  std::string value = figure_words(item);
  std::string target = target_words(item.target, i) + mark(item.target.illustrative);
  bool reached = item.evaluation.status == Status::exceeded || item.evaluation.status == Status::met;
  // A ceiling is kept or not: never "vượt", which would read as breaking it, nor a share of it.
  if (lower_is_better(i)) {
    auto said = reached ? fmt::format("{} {} {}, {} theo chỉ tiêu, đạt", i.name, verb(item), value, target)
                        : fmt::format("{} {} {}, không đạt chỉ tiêu ({})", i.name, verb(item), value, target);
    return with_comparison(said, item, period);
  }
  auto judged_against = [&](const std::string& what) {
    return (item.evaluation.status == Status::exceeded ? "vượt "
            : item.evaluation.status == Status::met    ? "đạt "
                                                       : "không đạt ") +
           what;
  };
  std::string judged = judged_against("kế hoạch");
  // A plan entered apart from the target (the year's capital plan beside the target to disburse):
  // the target judges ("vượt chỉ tiêu"), the share names the plan it is taken of.
  if (auto plan = targets::separate_plan(item)) {
    return with_comparison(
        fmt::format("{} {} {} (chỉ tiêu {}), {}; bằng {}% kế hoạch năm {}", i.name, verb(item), value, target,
                    judged_against("chỉ tiêu"), format_vi(round_to(*item.evaluation.achievement_pct, 1), 1),
                    with_measure(*plan, i)),
        item, period);
  }
  // An amount is a share of its plan, naming who set the plan when the target records it.
  if (!is_rate(i) && item.target.comparator != "between" && item.evaluation.achievement_pct) {
    double pct = round_to(*item.evaluation.achievement_pct, 1);
    std::string whose = item.target.assigned_by ? " " + *item.target.assigned_by : "";
    return with_comparison(fmt::format("{} {} {}, bằng {}% kế hoạch{}{}", i.name, verb(item), value, format_vi(pct, 1),
                                       whose, mark(item.target.illustrative)),
                           item, period);
  }
  return with_comparison(fmt::format("{} {} {} (kế hoạch {}), {}", i.name, verb(item), value, target, judged), item,
                         period);
}

std::optional<double> share_of_year_plan(const targets::ScorecardItem& item) {
  const auto& i = item.indicator;
  if (!item.actual || is_rate(i) || lower_is_better(i) || i.period_aggregation != targets::PeriodAggregation::sum)
    return std::nullopt;
  if (item.target.comparator == "between" || item.target.value == 0) return std::nullopt;
  return round_to(item.actual->value / item.target.value * 100, 1);
}

std::string part_of_year_sentence(const targets::ScorecardItem& item, const Period& period) {
  const auto& i = item.indicator;
  if (!item.actual) return fmt::format("{}: chưa có số liệu {}.", i.name, period.vietnamese());
  std::string value = figure_words(item);
  // The projects Sen holds may be fewer than the indicator covers: their payments are not a share
  // of the indicator's year plan; the plan is said in words beside them.
  auto share = item.actual->derivation == "projects" ? std::nullopt : share_of_year_plan(item);
  if (share) {
    std::string of_year = fmt::format("bằng {}% kế hoạch năm{}", format_vi(*share, 1), mark(item.target.illustrative));
    // A plan entered apart from the target (the year's capital plan): each share named, as the
    // annual report names them.
    if (auto plan = targets::plan_apart(item)) {
      of_year = fmt::format("bằng {}% chỉ tiêu năm{}; bằng {}% kế hoạch năm {}", format_vi(*share, 1),
                            mark(item.target.illustrative), format_vi(round_to(item.actual->value / *plan * 100, 1), 1),
                            with_measure(*plan, i));
    }
    return with_comparison(fmt::format("{} {} {}, {}", i.name, verb(item), value, of_year), item, period);
  }
  return with_comparison(fmt::format("{} {} {} (kế hoạch năm {}{})", i.name, verb(item), value,
                                     target_words(item.target, i), mark(item.target.illustrative)),
                         item, period);
}

std::string targets_summary(int met_or_exceeded, int not_met, int no_data, int not_comparable) {
  int total = met_or_exceeded + not_met + no_data + not_comparable;
  if (total == 0) return "";
  std::string out =
      met_or_exceeded > 0 ? fmt::format("{}/{} chỉ tiêu đạt và vượt kế hoạch", met_or_exceeded, total) : "";
  auto rest = nonzero_counts({{"{} chỉ tiêu không đạt", not_met},
                              {"{} chỉ tiêu chưa có số liệu", no_data},
                              {"{} chỉ tiêu không so sánh được qua sắp xếp đơn vị", not_comparable}},
                             ", ");
  if (!out.empty() && !rest.empty()) out += ", ";
  return out + rest;
}

std::string nonzero_counts(const std::vector<std::pair<std::string, int>>& counts, const std::string& separator) {
  std::string out;
  for (const auto& [words, n] : counts) {
    if (n == 0) continue;
    if (!out.empty()) out += separator;
    out += fmt::format(fmt::runtime(words), format_vi(static_cast<double>(n), 0));
  }
  return out;
}

std::string capitalized(const std::string& text) {
  if (text.empty()) return text;
  std::size_t first = 1;
  while (first < text.size() && (static_cast<unsigned char>(text[first]) & 0xC0) == 0x80) ++first;
  return upper_vi(text.substr(0, first)) + text.substr(first);
}

}  // namespace sen::reports
