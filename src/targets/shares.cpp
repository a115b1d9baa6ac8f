#include "targets/shares.hpp"

namespace sen::targets {

std::optional<double> plan_apart(const ScorecardItem& item) {
  const auto& i = item.indicator;
  if (i.measure == "%" || i.direction == Direction::lower || item.target.comparator == "between") return std::nullopt;
  if (!item.plan_figure || *item.plan_figure <= 0 || *item.plan_figure == item.target.value) return std::nullopt;
  return item.plan_figure;
}

std::optional<double> separate_plan(const ScorecardItem& item) {
  if (!item.evaluation.achievement_pct) return std::nullopt;
  return plan_apart(item);
}

std::optional<double> target_share(const ScorecardItem& item) {
  if (item.indicator.direction == Direction::lower) return std::nullopt;
  if (!separate_plan(item)) return item.evaluation.achievement_pct;
  if (!item.actual || item.target.value == 0) return std::nullopt;
  return item.actual->value / item.target.value * 100;
}

}  // namespace sen::targets
