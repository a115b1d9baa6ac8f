#include "targets/checks.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "base/json.hpp"
#include "base/period.hpp"
#include "base/vi_number.hpp"
#include "targets/messages.hpp"
#include "targets/store.hpp"
#include "units/messages.hpp"
#include "units/units.hpp"

namespace sen::targets {

namespace {

bool one_of(const std::vector<std::string>& list, const std::string& v) {
  return std::find(list.begin(), list.end(), v) != list.end();
}

// A value within Sen's bound of ±10^15 and the indicator's declared range.
void check_range(const Indicator& i, double value, const char* field, int line, std::vector<ErrorDetail>& out) {
  double low = std::max(-kLargest * 1.0, i.min_value.value_or(-kLargest * 1.0));
  double high = std::min(kLargest * 1.0, i.max_value.value_or(kLargest * 1.0));
  if (std::isfinite(value) && value >= low && value <= high) return;
  out.push_back(messages::detail<"value.out_of_range">(field, line, i.code, number_forms(low, i.decimals),
                                                       number_forms(high, i.decimals), i.measure));
}

}  // namespace

const Indicator* Checker::indicator(const std::string& code) {
  auto it = indicators_.find(code);
  if (it == indicators_.end()) it = indicators_.emplace(code, store::find_indicator(db_, code)).first;
  return it->second ? &*it->second : nullptr;
}

const units::Lifetime* Checker::lifetime(const std::string& unit) {
  auto it = lifetimes_.find(unit);
  if (it == lifetimes_.end()) it = lifetimes_.emplace(unit, units::lifetime(db_, unit)).first;
  return it->second ? &*it->second : nullptr;
}

void Checker::check_unit_in_period(const std::string& unit, const std::string& period, int line,
                                   std::vector<ErrorDetail>& out) {
  auto p = Period::parse(period);
  if (!p) {
    out.push_back(messages::detail<"period.invalid">("period", line, period));
  }
  const units::Lifetime* life = lifetime(unit);
  if (!life) {
    out.push_back(units::messages::detail<"unit.no_such_code">("unit", line, unit));
  } else if (p && !life->overlaps(p->days().first, p->days().last)) {
    out.push_back(units::messages::detail<"unit.outside_period">("unit", line, unit, period));
  }
}

std::vector<ErrorDetail> Checker::check_value(const Value& v, int line) {
  std::vector<ErrorDetail> out;
  if (!indicator(v.indicator)) {
    out.push_back(messages::detail<"indicator.unknown">("indicator", line, v.indicator));
  }
  check_unit_in_period(v.unit, v.period, line, out);
  if (const Indicator* i = indicator(v.indicator)) check_range(*i, v.value, "value", line, out);
  return out;
}

std::vector<ErrorDetail> Checker::check_target(const Target& t, int line) {
  std::vector<ErrorDetail> out;
  auto plan_it = plans_.find(t.plan);
  if (plan_it == plans_.end()) plan_it = plans_.emplace(t.plan, store::find_plan(db_, t.plan)).first;
  const auto& plan = plan_it->second;
  if (!plan) {
    out.push_back(messages::detail<"plan.unknown">("plan", line, t.plan));
  }
  if (!indicator(t.indicator)) {
    out.push_back(messages::detail<"indicator.unknown">("indicator", line, t.indicator));
  }
  check_unit_in_period(t.unit, t.period, line, out);
  auto period = Period::parse(t.period);
  if (plan && period) {
    int from = Period::parse(plan->period_from)->year(), to = Period::parse(plan->period_to)->year();
    if (period->year() < from || period->year() > to) {
      out.push_back(messages::detail<"target.period_outside_plan">("period", line, t.period, t.plan, from, to));
    }
  }
  if (!one_of(kComparators, t.comparator)) {
    out.push_back(messages::detail<"target.comparator_unknown">("comparator", line, t.comparator));
  } else if (t.comparator == "between" && (!t.value_to || *t.value_to < t.value)) {
    out.push_back(messages::detail<"target.value_to_required">("value_to", line));
  } else if (t.comparator != "between" && t.value_to) {
    out.push_back(messages::detail<"target.value_to_not_between">("value_to", line));
  }
  if (const Indicator* i = indicator(t.indicator)) {
    check_range(*i, t.value, "value", line, out);
    if (t.value_to) check_range(*i, *t.value_to, "value_to", line, out);
  }
  return out;
}

std::optional<Vintage> read_vintage(const std::string& text, int line, std::vector<ErrorDetail>& out) {
  auto vintage = model::enum_from_text<Vintage>(text);
  if (!vintage) out.push_back(messages::detail<"value.vintage_unknown">("vintage", line, text));
  return vintage;
}

void throw_first(const std::vector<ErrorDetail>& problems) {
  if (!problems.empty()) throw Error::of(problems.front());
}

}  // namespace sen::targets
