#include "targets/rollups.hpp"

#include <map>
#include <set>
#include <string>
#include <unordered_map>
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

// Each indicator's best entered figure of a unit (official, then preliminary, then estimate) in
// each of the periods: period → indicator → figure.
using BestFigures = std::unordered_map<std::string, std::unordered_map<std::string, EnteredFigure>>;

BestFigures best_entered(db::Connection& c, const std::string& unit, const std::set<std::string>& periods) {
  BestFigures best;
  auto rows = store::entered_figures(c, unit, *periods.begin(), *periods.rbegin());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    auto& r = rows[i];
    const bool superseded = i + 1 < rows.size() && rows[i + 1].period == r.period &&
                            rows[i + 1].indicator == r.indicator && rows[i + 1].vintage == r.vintage;
    if (superseded) continue;
    auto& figures = best[r.period];
    auto it = figures.find(r.indicator);
    if (it == figures.end() || vintage_rank(r.vintage) > vintage_rank(it->second.vintage)) {
      std::string indicator = r.indicator;
      figures.insert_or_assign(std::move(indicator), std::move(r));
    }
  }
  return best;
}

// Rewrites the roll-ups of one unit for some periods (of one year: few, near each other); the
// number written.
std::size_t refresh(db::Connection& c, const Indicators& indicators, std::int64_t version, const std::string& unit,
                    const std::set<std::string>& periods) {
  auto life = units::lifetime(c, unit);
  std::unordered_map<std::string, BestFigures> entered;  // by child, read once for all the periods
  std::size_t written = 0;
  for (const auto& period_code : periods) {
    auto period = Period::parse(period_code);
    std::vector<Rollup> rollups;
    if (period && life) {
      Date day = children_day(*life, *period);
      auto children = units::figure_children(c, unit, day);
      std::map<std::string, Rollup> sums;
      for (std::size_t i = 0; i < children.size(); ++i) {
        auto it = entered.find(children[i].code);
        if (it == entered.end()) {
          it = entered.emplace(children[i].code, best_entered(c, children[i].code, periods)).first;
        }
        for (const auto& [code, figure] : it->second[period_code]) {
          if (!indicators.count(code)) continue;
          auto& sum = sums.try_emplace(code, Rollup{unit, period_code, code, day, version}).first->second;
          if (sum.parts != static_cast<std::int64_t>(i)) continue;  // an earlier child entered none
          sum.total += figure.value;
          ++sum.parts;
          if (vintage_rank(figure.vintage) < vintage_rank(sum.vintage)) sum.vintage = figure.vintage;
          sum.illustrative = sum.illustrative || figure.illustrative;
        }
      }
      for (auto& [code, sum] : sums) {
        if (sum.parts == static_cast<std::int64_t>(children.size())) rollups.push_back(std::move(sum));
      }
    }
    store::replace_rollups(c, unit, period_code, rollups);
    written += rollups.size();
  }
  return written;
}

// Periods by unit and year.
using Stale = std::map<std::pair<std::string, int>, std::set<std::string>>;

void add(Stale& stale, const std::string& unit, const std::string& period) {
  auto parsed = Period::parse(period);
  stale[{unit, parsed ? parsed->year() : 0}].insert(period);
}

std::size_t refresh(db::Connection& c, const Stale& stale) {
  // One writer at a time, reading the values of those before it: two that rewrote the same
  // roll-ups at once would each miss the other's value, or insert the same key twice.
  c.lock(db::LockKey::rollups);
  auto indicators = rolled_up_indicators(c);
  auto version = units::hierarchy_version(c);
  std::size_t written = 0;
  for (const auto& [unit_year, periods] : stale) {
    written += refresh(c, indicators, version, unit_year.first, periods);
  }
  return written;
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
  Stale stale;
  for (const auto& [unit, period] : entered) {
    auto it = parents.find(unit);
    if (it == parents.end()) it = parents.emplace(unit, units::parents_ever(c, unit)).first;
    for (const auto& parent : it->second) add(stale, parent, period);
  }
  refresh(c, stale);
}

std::size_t refresh_all(db::Connection& c) {
  c.lock(db::LockKey::rollups);
  c.execute("DELETE FROM indicator_rollups");
  Stale stale;
  for (const auto& [parent, period] : store::parents_with_entries(c)) add(stale, parent, period);
  return refresh(c, stale);
}

}  // namespace sen::targets::rollups
