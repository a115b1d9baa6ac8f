#include "targets/rollups.hpp"

#include <map>
#include <set>
#include <string>
#include <utility>

#include "targets/evaluation.hpp"
#include "targets/store.hpp"
#include "units/units.hpp"

namespace sen::targets::rollups {

namespace {

using Indicators = std::map<std::string, Indicator>;

Indicators rolled_up_indicators(db::Connection& c) {
  Indicators out;
  for (auto& i : store::list_indicators(c)) {
    if (rolled_up(i)) out.emplace(i.code, std::move(i));
  }
  return out;
}

// Each indicator's best entered figure (official, then preliminary, then estimate) of a unit.
std::map<std::string, Value> best_entered(db::Connection& c, const std::string& unit, const std::string& period) {
  std::map<std::string, Value> best;
  for (auto& v : store::current_values(c, unit, period)) {
    if (vintage_rank(v.vintage) == 0) continue;
    auto it = best.find(v.indicator);
    if (it == best.end() || vintage_rank(v.vintage) > vintage_rank(it->second.vintage)) {
      best.insert_or_assign(v.indicator, std::move(v));
    }
  }
  return best;
}

// Rewrites the roll-ups of one unit and period; the number written.
std::size_t refresh(db::Connection& c, const Indicators& indicators, std::int64_t version, const std::string& unit,
                    const std::string& period_code) {
  auto period = Period::parse(period_code);
  auto life = units::lifetime(c, unit);
  std::vector<Rollup> rollups;
  if (period && life) {
    Date day = children_day(*life, *period);
    auto children = units::figure_children(c, unit, day);
    std::map<std::string, Rollup> sums;
    for (std::size_t i = 0; i < children.size(); ++i) {
      for (auto& [code, v] : best_entered(c, children[i].code, period_code)) {
        if (!indicators.count(code)) continue;
        auto& sum = sums.try_emplace(code, Rollup{unit, period_code, code, day, version}).first->second;
        if (sum.parts != static_cast<std::int64_t>(i)) continue;  // an earlier child entered none
        sum.total += v.value;
        ++sum.parts;
        if (vintage_rank(v.vintage) < vintage_rank(sum.vintage)) sum.vintage = v.vintage;
        sum.illustrative = sum.illustrative || v.illustrative;
      }
    }
    for (auto& [code, sum] : sums) {
      if (sum.parts == static_cast<std::int64_t>(children.size())) rollups.push_back(std::move(sum));
    }
  }
  store::replace_rollups(c, unit, period_code, rollups);
  return rollups.size();
}

}  // namespace

Date children_day(const units::Lifetime& life, const Period& period, const std::optional<Date>& map) {
  Date day = map.value_or(period.days().last);
  if (life.valid_to && *life.valid_to < day) day = *life.valid_to;
  return day;
}

bool rolled_up(const Indicator& indicator) {
  return indicator.unit_aggregation == UnitAggregation::sum || indicator.unit_aggregation == UnitAggregation::average;
}

void refresh_after(db::Connection& c, const std::vector<Value>& written) {
  std::set<std::pair<std::string, std::string>> entered;  // (unit, period)
  for (const auto& v : written) {
    if (vintage_rank(v.vintage) > 0) entered.emplace(v.unit, v.period);
  }
  if (entered.empty()) return;
  std::map<std::string, std::set<std::string>> parents;
  std::set<std::pair<std::string, std::string>> stale;  // (parent, period)
  for (const auto& [unit, period] : entered) {
    auto it = parents.find(unit);
    if (it == parents.end()) it = parents.emplace(unit, units::parents_ever(c, unit)).first;
    for (const auto& parent : it->second) stale.emplace(parent, period);
  }
  auto indicators = rolled_up_indicators(c);
  auto version = units::hierarchy_version(c);
  for (const auto& [parent, period] : stale) refresh(c, indicators, version, parent, period);
}

std::size_t refresh_all(db::Connection& c) {
  c.execute("DELETE FROM indicator_rollups");
  auto indicators = rolled_up_indicators(c);
  auto version = units::hierarchy_version(c);
  std::size_t written = 0;
  for (const auto& [parent, period] : store::parents_with_entries(c)) {
    written += refresh(c, indicators, version, parent, period);
  }
  return written;
}

}  // namespace sen::targets::rollups
