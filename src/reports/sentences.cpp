#include "reports/sentences.hpp"

#include <fmt/format.h>

#include <cmath>

#include "base/vi_number.hpp"
#include "targets/evaluation.hpp"

namespace sen::reports {

std::string with_measure(double value, const targets::Indicator& indicator) {
  std::string number = format_vi(value, indicator.decimals);
  return indicator.measure == "%" ? number + "%" : number + " " + indicator.measure;
}

std::string indicator_sentence(const targets::ScorecardItem& item) {
  const auto& i = item.indicator;
  if (!item.actual) return fmt::format("{}: chưa có số liệu.", i.name);
  // An estimate is "ước đạt"; a preliminary or official figure "đạt".
  std::string verb = item.actual->vintage == "estimate" ? "ước đạt" : "đạt";
  std::string value = with_measure(item.actual->value, i);
  std::string plan = targets::describe_target_vi(item.target, i.decimals);
  plan += i.measure == "%" ? "%" : " " + i.measure;
  using targets::Status;
  std::string judged = item.evaluation.status == Status::exceeded ? "vượt kế hoạch"
                       : item.evaluation.status == Status::met    ? "đạt kế hoạch"
                                                                  : "không đạt kế hoạch";
  // A rate, or a figure where less is better, is compared with its target, not as a share of it.
  if (i.measure == "%" || i.direction == "lower" || !item.evaluation.achievement_pct) {
    return fmt::format("{} {} {} (kế hoạch {}), {}.", i.name, verb, value, plan, judged);
  }
  double pct = std::round(*item.evaluation.achievement_pct * 10) / 10;
  std::string whose = item.target.assigned_by ? " " + *item.target.assigned_by : "";
  return fmt::format("{} {} {}, bằng {}% kế hoạch{}.", i.name, verb, value, format_vi(pct, 1), whose);
}

}  // namespace sen::reports
