#include "targets/lineage.hpp"

#include <fmt/format.h>

#include <cmath>
#include <map>

#include "targets/actuals.hpp"
#include "targets/evaluation.hpp"
#include "targets/store.hpp"
#include "units/lineage.hpp"
#include "units/units.hpp"

namespace sen::targets {

namespace {

// The units a unit takes its figures from for a period outside its lifetime.
struct Sources {
  bool backward = true;  // from predecessors (before it existed) or successors (after it closed)
  std::vector<std::string> units;
  bool one_to_one = false;  // one unit simply became the other: any indicator carries over
  std::optional<Refusal> refused;
};

// A figure or a target taken with a share, rounded to the indicator's decimals: the number the
// reports print (52,92 admissions are 53), so that a share computed from them is that of what is
// printed.
double shown(double value, int decimals) {
  double scale = std::pow(10.0, decimals);
  return std::round(value * scale) / scale;
}

Sources sources_of(db::Connection& c, const std::string& unit, const Period& period) {
  Sources out;
  auto life = units::lifetime(c, unit);
  if (!life) return out;
  auto days = period.days();
  if (days.last < life->valid_from) {
    for (const auto& r : units::root_predecessors(c, unit)) out.units.push_back(r.predecessor);
    out.one_to_one = out.units.size() == 1 && units::successors(c, out.units[0]).size() == 1;
  } else if (life->valid_to && days.first > *life->valid_to) {
    out.backward = false;
    for (const auto& s : units::successors(c, unit)) {
      auto roots = units::root_predecessors(c, s.successor);
      if (roots.size() != 1 || roots[0].predecessor != unit) {
        std::string name = units::name_at(c, s.successor, s.effective);
        out.refused = Refusal{fmt::format("{} ({}) không chỉ hình thành từ {}: không tách được phần của {} trong số "
                                          "liệu của {}",
                                          name, s.successor, unit, unit, s.successor),
                              fmt::format("{} ({}) was not formed from {} alone: the part of {} in its figures "
                                          "cannot be told apart",
                                          name, s.successor, unit, unit)};
        out.units.clear();
        return out;
      }
      out.units.push_back(s.successor);
    }
    out.one_to_one = out.units.size() == 1;
  }
  return out;
}

std::optional<LineageStep> step_of(db::Connection& c, const Sources& sources, const std::string& indicator,
                                   const std::string& source, const std::string& unit) {
  if (sources.backward) return lineage_share(c, indicator, source, unit);
  return LineageStep{source, unit, 1, "whole", false};
}

Refusal not_additive(const Indicator& ind) {
  return {fmt::format("Chỉ tiêu {} không cộng được theo phần chia (chưa có công thức tính từ tử số và mẫu số): "
                      "không so sánh được qua sắp xếp đơn vị",
                      ind.code),
          fmt::format("{} is not additive (unit aggregation '{}', no numerator/denominator formula): not comparable "
                      "across the reorganisation",
                      ind.code, model::enum_text(ind.unit_aggregation))};
}

Refusal no_share(const Indicator& ind, const std::string& from, const std::string& to) {
  return {fmt::format("Chưa ghi phần của {} chuyển sang {} (theo dân số hoặc theo chỉ tiêu {})", from, to, ind.code),
          fmt::format("No share of {} going to {} is recorded (on population or on {})", from, to, ind.code)};
}

}  // namespace

std::optional<LineageStep> lineage_share(db::Connection& c, const std::string& indicator,
                                         const std::string& predecessor, const std::string& successor) {
  if (units::successors(c, predecessor).size() == 1) return LineageStep{predecessor, successor, 1, "whole", false};
  for (const std::string& basis : {indicator, std::string("population")}) {
    if (auto s = units::share(c, predecessor, successor, basis)) {
      return LineageStep{predecessor, successor, s->share, s->basis, s->illustrative};
    }
  }
  return std::nullopt;
}

void ActualResolver::refuse(const Indicator& ind, const std::string& unit, const Period& period, Refusal why) {
  refusals_[{ind.code, unit, period.code()}] = std::move(why);
}

std::optional<Refusal> ActualResolver::refusal(const std::string& indicator, const std::string& unit,
                                               const Period& period) const {
  auto it = refusals_.find({indicator, unit, period.code()});
  if (it == refusals_.end()) return std::nullopt;
  return it->second;
}

std::optional<Actual> ActualResolver::from_lineage(const Indicator& ind, const std::string& unit, const Period& period,
                                                   int depth) {
  auto sources = sources_of(db_, unit, period);
  if (sources.refused) {
    refuse(ind, unit, period, *sources.refused);
    return std::nullopt;
  }
  if (sources.units.empty()) return std::nullopt;
  if (ind.unit_aggregation != UnitAggregation::sum && !sources.one_to_one) {
    // A formula indicator was recomputed from its inputs before; without its inputs it has no figure.
    if (!ind.formula) refuse(ind, unit, period, not_additive(ind));
    return std::nullopt;
  }
  std::vector<Actual> inputs;
  std::vector<LineageStep> steps;
  double total = 0;
  for (const auto& source : sources.units) {
    auto step = step_of(db_, sources, ind.code, source, unit);
    if (!step) {
      refuse(ind, unit, period, no_share(ind, source, unit));
      return std::nullopt;
    }
    auto a = resolve(ind, source, period, depth + 1);
    if (!a) {
      if (auto why = refusal(ind.code, source, period)) refuse(ind, unit, period, *why);
      return std::nullopt;
    }
    total += a->value * step->share;
    inputs.push_back(*a);
    steps.push_back(*step);
  }
  Actual out{shown(total, ind.decimals), Vintage::official, "lineage", false, std::nullopt, {}};
  for (const auto& in : inputs) {
    if (vintage_rank(in.vintage) < vintage_rank(out.vintage)) out.vintage = in.vintage;
    out.illustrative = out.illustrative || in.illustrative;
  }
  for (const auto& s : steps) add_step(out, s);
  for (const auto& in : inputs) {
    for (const auto& s : in.lineage) add_step(out, s);
  }
  return out;
}

std::vector<DerivedTarget> lineage_targets(db::Connection& c, const std::string& unit, const Period& period) {
  auto sources = sources_of(c, unit, period);
  if (sources.units.empty()) return {};
  // Indicator → the target of each source (in the order of sources), and the steps.
  std::map<std::string, std::vector<std::pair<Target, LineageStep>>> by_indicator;
  for (const auto& source : sources.units) {
    for (const auto& t : store::targets_of(c, source, period.code(), std::nullopt)) {
      auto step = step_of(c, sources, t.indicator, source, unit);
      if (step) by_indicator[t.indicator].emplace_back(t, *step);
    }
  }
  std::vector<DerivedTarget> out;
  for (const auto& [code, found] : by_indicator) {
    auto ind = store::find_indicator(c, code);
    if (!ind || found.size() != sources.units.size()) continue;  // every source must set one
    bool additive = ind->unit_aggregation == UnitAggregation::sum;
    DerivedTarget d{found.front().first, {}};
    d.target.id = 0;
    d.target.unit = unit;
    d.target.value = 0;
    if (d.target.value_to) d.target.value_to = 0;
    bool same = true;
    for (const auto& entry : found) {
      const Target& t = entry.first;
      const LineageStep& step = entry.second;
      same = same && t.comparator == found.front().first.comparator &&
             t.value_to.has_value() == d.target.value_to.has_value();
      if (!additive) same = same && t.value == found.front().first.value && t.value_to == found.front().first.value_to;
      d.target.value += additive ? t.value * step.share : 0;
      if (d.target.value_to && t.value_to) *d.target.value_to += additive ? *t.value_to * step.share : 0;
      d.target.illustrative = d.target.illustrative || t.illustrative || step.illustrative;
      d.path.push_back(step);
    }
    if (!same) continue;
    if (!additive) {
      d.target.value = found.front().first.value;
      d.target.value_to = found.front().first.value_to;
    } else {
      d.target.value = shown(d.target.value, ind->decimals);
      if (d.target.value_to) d.target.value_to = shown(*d.target.value_to, ind->decimals);
    }
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace sen::targets
