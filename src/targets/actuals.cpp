#include "targets/actuals.hpp"

#include <algorithm>
#include <set>
#include <stdexcept>
#include <utility>

#include "targets/evaluation.hpp"
#include "targets/formula.hpp"
#include "targets/rollups.hpp"
#include "targets/store.hpp"
#include "units/units.hpp"

namespace sen::targets {

namespace {

constexpr int kMaxDepth = 12;

// Combines derived inputs: the weakest vintage, illustrative if any input is.
Actual combine(double value, const std::vector<Actual>& inputs, const char* derivation) {
  Actual a{value, Vintage::official, derivation, false, std::nullopt, {}};
  for (const auto& in : inputs) {
    if (vintage_rank(in.vintage) < vintage_rank(a.vintage)) a.vintage = in.vintage;
    a.illustrative = a.illustrative || in.illustrative;
    for (const auto& step : in.lineage) add_step(a, step);
  }
  return a;
}

double sum(const std::vector<Actual>& parts) {
  double total = 0;
  for (const auto& p : parts) total += p.value;
  return total;
}

double average(const std::vector<Actual>& parts) {
  return sum(parts) / static_cast<double>(parts.size());
}

// The figure of a period from those of its parts; nullopt when there are none.
std::optional<double> aggregate(PeriodAggregation how, const std::vector<Actual>& parts) {
  if (parts.empty()) return std::nullopt;
  switch (how) {
    case PeriodAggregation::sum:
      return sum(parts);
    case PeriodAggregation::last:
      return parts.back().value;
    case PeriodAggregation::average:
      return average(parts);
  }
  return std::nullopt;
}

// The figure of a unit from those of its children (with their weights for a weighted average);
// nullopt when there are none, the weights add up to zero, or the indicator is not rolled up.
std::optional<double> aggregate(UnitAggregation how, const std::vector<Actual>& parts,
                                const std::vector<double>& weights) {
  if (parts.empty()) return std::nullopt;
  switch (how) {
    case UnitAggregation::sum:
      return sum(parts);
    case UnitAggregation::average:
      return average(parts);
    case UnitAggregation::weighted_average: {
      double weighted = 0, weight_sum = 0;
      for (std::size_t i = 0; i < parts.size(); ++i) {
        weighted += parts[i].value * weights[i];
        weight_sum += weights[i];
      }
      return weight_sum == 0 ? std::nullopt : std::optional<double>(weighted / weight_sum);
    }
    case UnitAggregation::none:
      return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace

void add_step(Actual& a, const LineageStep& step) {
  for (const auto& s : a.lineage) {
    if (s.from == step.from && s.to == step.to && s.basis == step.basis) return;
  }
  a.lineage.push_back(step);
  a.illustrative = a.illustrative || step.illustrative;
}

ActualResolver::ActualResolver(db::Connection& c) : db_(c) {
  for (auto& i : store::list_indicators(c)) indicators_.emplace(i.code, std::move(i));
}

void ActualResolver::only(const std::string& code) {
  std::set<std::string> read;
  std::vector<std::string> todo{code};
  while (!todo.empty()) {
    std::string next = std::move(todo.back());
    todo.pop_back();
    const Indicator* ind = indicator(next);
    if (!read.insert(std::move(next)).second || !ind) continue;
    if (ind->formula) {
      auto refs = Formula::parse(*ind->formula).references();
      todo.insert(todo.end(), refs.begin(), refs.end());
    }
    if (ind->weight_indicator) todo.push_back(*ind->weight_indicator);
  }
  only_.assign(read.begin(), read.end());
}

void ActualResolver::require_read(const std::string& code) const {
  if (!only_.empty() && !std::binary_search(only_.begin(), only_.end(), code)) {
    throw std::logic_error("ActualResolver: " + code + " is not among the indicators read");
  }
}

const Indicator* ActualResolver::indicator(const std::string& code) const {
  auto it = indicators_.find(code);
  return it == indicators_.end() ? nullptr : &it->second;
}

namespace {

// A unit's code and a period's code as one key; short enough not to allocate ("X3320|2025-12").
std::string bucket_key(const std::string& unit, const std::string& period) {
  std::string key;
  key.reserve(unit.size() + 1 + period.size());
  return key.append(unit).append(1, '|').append(period);
}

}  // namespace

ActualResolver::Bucket& ActualResolver::bucket(const std::string& unit, const Period& period) {
  auto key = bucket_key(unit, period.code());
  if (auto it = buckets_.find(key); it != buckets_.end()) return it->second;
  if (loaded_years_.insert({unit, period.year()}).second) {
    for (auto& v : store::current_values_of_year(db_, unit, period.year(), only_)) {
      auto& slot = buckets_[bucket_key(unit, v.period)].values[v.indicator];
      slot.insert_or_assign(v.vintage, std::move(v));
    }
  }
  return buckets_[key];
}

const std::vector<units::Unit>& ActualResolver::children(const std::string& unit, const Period& period) {
  auto key = std::make_pair(unit, map_ ? period.code() + "@" + map_->iso() : period.code());
  auto it = children_.find(key);
  if (it != children_.end()) return it->second;
  std::vector<units::Unit> kids;
  if (const auto& life = lifetime(unit))
    kids = units::figure_children(db_, unit, rollups::children_day(*life, period, map_));
  return children_.emplace(key, std::move(kids)).first->second;
}

std::optional<Actual> ActualResolver::from_rollup(const Indicator& ind, const std::string& unit, const Period& period,
                                                  Date day) {
  Bucket& here = bucket(unit, period);  // the year's values first: a bucket that exists is not read again
  if (loaded_rollup_years_.insert({unit, period.year()}).second) {
    for (auto& r : store::rollups_of_year(db_, unit, period.year(), only_)) {
      std::string indicator = r.indicator;
      buckets_[bucket_key(unit, r.period)].rollups.insert_or_assign(std::move(indicator), std::move(r));
    }
  }
  auto it = here.rollups.find(ind.code);
  if (it == here.rollups.end() || it->second.children_day != day) return std::nullopt;
  const Rollup& r = it->second;
  double value = ind.unit_aggregation == UnitAggregation::average ? r.total / static_cast<double>(r.parts) : r.total;
  return Actual{value, r.vintage, "children", r.illustrative, std::nullopt, {}};
}

std::optional<double> ActualResolver::plan_figure(const std::string& indicator, const std::string& unit,
                                                  const Period& period) {
  require_read(indicator);
  const auto& vs = bucket(unit, period).values;
  if (auto it = vs.find(indicator); it != vs.end()) {
    if (auto plan = it->second.find(Vintage::plan); plan != it->second.end()) return plan->second.value;
  }
  const Indicator* ind = this->indicator(indicator);
  if (!ind || !ind->computed_from) return std::nullopt;
  const FigureSource* source = figure_source(*ind->computed_from);
  return source ? reader(*source).plan(*ind, unit, period) : std::nullopt;
}

void ActualResolver::use_reader(const std::string& module, std::unique_ptr<FigureReader> reader) {
  readers_[module] = std::move(reader);
}

FigureReader& ActualResolver::reader(const FigureSource& source) {
  auto& r = readers_[source.module];
  if (!r) r = source.open(db_);
  return *r;
}

std::optional<Actual> ActualResolver::from_records(const Indicator& ind, const std::string& unit,
                                                   const Period& period) {
  const FigureSource* source = figure_source(*ind.computed_from);
  if (!source) return std::nullopt;
  auto figure = reader(*source).actual(ind, unit, period);
  if (!figure) return std::nullopt;
  return Actual{figure->value, figure->vintage, source->module, figure->illustrative, std::nullopt, {}};
}

std::optional<Actual> ActualResolver::records_figure(const std::string& code, const std::string& unit,
                                                     const Period& period) {
  require_read(code);
  const Indicator* ind = indicator(code);
  if (!ind || !ind->computed_from) return std::nullopt;
  return from_records(*ind, unit, period);
}

std::optional<Actual> ActualResolver::actual(const std::string& code, const std::string& unit, const Period& period) {
  require_read(code);
  const Indicator* ind = indicator(code);
  if (!ind) return std::nullopt;
  return resolve(*ind, unit, period, 0);
}

std::optional<Actual> ActualResolver::resolve(const Indicator& ind, const std::string& unit, const Period& period,
                                              int depth) {
  if (depth > kMaxDepth) return std::nullopt;
  // A bucket stays where it is while others are added (the map's nodes do not move).
  Bucket& known = bucket(unit, period);
  if (auto it = known.resolved.find(ind.code); it != known.resolved.end()) return it->second;

  std::optional<Actual> found;
  if (auto entered = known.values.find(ind.code); entered != known.values.end()) {
    for (Vintage vintage : {Vintage::official, Vintage::preliminary, Vintage::estimate}) {
      auto it = entered->second.find(vintage);
      if (it != entered->second.end()) {
        const Value& v = it->second;
        found = Actual{v.value, v.vintage, "entered", v.illustrative, v.source, {}};
        break;
      }
    }
  }
  // A unit that did not exist in the period has no records, parts or children of its own then: it
  // takes the whole period's figure of the units it came from or went into (a sum of its parts, each
  // through the lineage, would pass over a figure they entered for the whole period).
  bool existed = existed_in(unit, period);
  if (!found && ind.computed_from && existed) found = from_records(ind, unit, period);
  if (!found && ind.formula) found = from_formula(ind, unit, period, depth);
  if (!found && existed) found = from_parts(ind, unit, period, depth);
  if (!found && existed) found = from_children(ind, unit, period, depth);
  if (!found && existed && map_) {
    // A unit's own total does not depend on the map: when its children on the map cannot give it
    // (a merged unit cannot be split back), its children in the period can.
    auto map = std::exchange(map_, std::nullopt);
    found = from_children(ind, unit, period, depth);
    map_ = map;
  }
  if (!found) found = from_lineage(ind, unit, period, depth);
  // An entered figure is found again as fast as a remembered one: only derived ones are kept.
  if (!found || found->derivation != "entered") known.resolved[ind.code] = found;
  return found;
}

const std::optional<units::Lifetime>& ActualResolver::lifetime(const std::string& unit) {
  auto it = lifetimes_.find(unit);
  if (it == lifetimes_.end()) it = lifetimes_.emplace(unit, units::lifetime(db_, unit)).first;
  return it->second;
}

bool ActualResolver::existed_in(const std::string& unit, const Period& period) {
  const auto& life = lifetime(unit);
  auto days = period.days();
  return !life || life->overlaps(days.first, days.last);
}

std::optional<Actual> ActualResolver::from_formula(const Indicator& ind, const std::string& unit, const Period& period,
                                                   int depth) {
  std::vector<Actual> inputs;
  auto value = Formula::parse(*ind.formula).evaluate([&](const std::string& ref) -> std::optional<double> {
    const Indicator* other = indicator(ref);
    if (!other) return std::nullopt;
    auto a = resolve(*other, unit, period, depth + 1);
    if (!a) return std::nullopt;
    inputs.push_back(*a);
    return a->value;
  });
  if (!value) return std::nullopt;
  return combine(*value, inputs, "formula");
}

std::optional<Actual> ActualResolver::from_parts(const Indicator& ind, const std::string& unit, const Period& period,
                                                 int depth) {
  auto parts = period.parts();
  if (parts.empty()) return std::nullopt;
  if (ind.period_aggregation == PeriodAggregation::last) parts = {parts.back()};
  std::vector<Actual> found;
  for (const auto& p : parts) {
    auto a = resolve(ind, unit, p, depth + 1);
    if (!a) return std::nullopt;
    found.push_back(*a);
  }
  auto value = aggregate(ind.period_aggregation, found);
  if (!value) return std::nullopt;
  return combine(*value, found, "periods");
}

std::optional<Actual> ActualResolver::from_children(const Indicator& ind, const std::string& unit, const Period& period,
                                                    int depth) {
  if (ind.unit_aggregation == UnitAggregation::none) return std::nullopt;
  // The children's own figures are resolved one level deeper, where the depth may run out. A
  // roll-up is kept only for children there are: it needs no list of them.
  const auto& life = lifetime(unit);
  if (life && rollups::rolled_up(ind) && depth < kMaxDepth) {
    if (auto kept = from_rollup(ind, unit, period, rollups::children_day(*life, period, map_))) return kept;
  }
  const auto& kids = children(unit, period);
  if (kids.empty()) return std::nullopt;
  const Indicator* weight = ind.weight_indicator ? indicator(*ind.weight_indicator) : nullptr;
  if (ind.unit_aggregation == UnitAggregation::weighted_average && !weight) return std::nullopt;
  std::vector<Actual> found;
  std::vector<double> weights;
  for (const auto& kid : kids) {
    auto a = resolve(ind, kid.code, period, depth + 1);
    if (!a) return std::nullopt;
    found.push_back(*a);
    if (weight) {
      auto w = resolve(*weight, kid.code, period, depth + 1);
      if (!w) return std::nullopt;
      weights.push_back(w->value);
    }
  }
  auto value = aggregate(ind.unit_aggregation, found, weights);
  if (!value) return std::nullopt;
  return combine(*value, found, "children");
}

}  // namespace sen::targets
