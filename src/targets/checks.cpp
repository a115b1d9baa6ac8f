#include "targets/checks.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "base/json.hpp"
#include "base/period.hpp"
#include "base/vi_number.hpp"
#include "targets/store.hpp"
#include "units/units.hpp"

namespace sen::targets {

namespace {

void add(std::vector<ErrorDetail>& out, int line, std::string field, std::string vi, std::string en) {
  out.push_back(ErrorDetail{std::move(field), line, std::move(vi), std::move(en)});
}

bool one_of(const std::vector<std::string>& list, const std::string& v) {
  return std::find(list.begin(), list.end(), v) != list.end();
}

// A value within Sen's bound of ±10^15 and the indicator's declared range.
void check_range(const Indicator& i, double value, const char* field, int line, std::vector<ErrorDetail>& out) {
  double low = std::max(-kLargest * 1.0, i.min_value.value_or(-kLargest * 1.0));
  double high = std::min(kLargest * 1.0, i.max_value.value_or(kLargest * 1.0));
  if (std::isfinite(value) && value >= low && value <= high) return;
  add(out, line, field,
      fmt::format("Giá trị của chỉ tiêu {} phải từ {} đến {} ({})", i.code, format_vi(low, i.decimals),
                  format_vi(high, i.decimals), i.measure),
      fmt::format("A value of {} must be from {} to {} ({})", i.code, low, high, i.measure));
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
    add(out, line, "period",
        fmt::format("Kỳ '{}' không hợp lệ (dạng 2023, 2023-6M, 2023-9M, 2023-Q1, 2023-03)", period),
        fmt::format("Period '{}' is invalid (forms: 2023, 2023-6M, 2023-9M, 2023-Q1, 2023-03)", period));
  }
  const units::Lifetime* life = lifetime(unit);
  if (!life) {
    add(out, line, "unit", fmt::format("Không có đơn vị mã '{}'", unit), fmt::format("No unit with code '{}'", unit));
  } else if (p && !life->overlaps(p->days().first, p->days().last)) {
    add(out, line, "unit", fmt::format("Đơn vị {} không tồn tại trong kỳ {}", unit, period),
        fmt::format("Unit {} does not exist during period {}", unit, period));
  }
}

std::vector<ErrorDetail> Checker::check_value(const Value& v, int line) {
  std::vector<ErrorDetail> out;
  if (!indicator(v.indicator)) {
    add(out, line, "indicator", fmt::format("Không có chỉ tiêu mã '{}'", v.indicator),
        fmt::format("No indicator with code '{}'", v.indicator));
  }
  check_unit_in_period(v.unit, v.period, line, out);
  if (!one_of(kVintages, v.vintage)) {
    add(out, line, "vintage",
        fmt::format("Loại số liệu '{}' không có; dùng plan, estimate, preliminary hoặc official", v.vintage),
        fmt::format("Vintage '{}' is unknown; use plan, estimate, preliminary or official", v.vintage));
  }
  if (const Indicator* i = indicator(v.indicator)) check_range(*i, v.value, "value", line, out);
  return out;
}

std::vector<ErrorDetail> Checker::check_target(const Target& t, int line) {
  std::vector<ErrorDetail> out;
  auto plan_it = plans_.find(t.plan);
  if (plan_it == plans_.end()) plan_it = plans_.emplace(t.plan, store::find_plan(db_, t.plan)).first;
  const auto& plan = plan_it->second;
  if (!plan) {
    add(out, line, "plan", fmt::format("Không có kế hoạch mã '{}'", t.plan),
        fmt::format("No plan with code '{}'", t.plan));
  }
  if (!indicator(t.indicator)) {
    add(out, line, "indicator", fmt::format("Không có chỉ tiêu mã '{}'", t.indicator),
        fmt::format("No indicator with code '{}'", t.indicator));
  }
  check_unit_in_period(t.unit, t.period, line, out);
  auto period = Period::parse(t.period);
  if (plan && period) {
    int from = Period::parse(plan->period_from)->year(), to = Period::parse(plan->period_to)->year();
    if (period->year() < from || period->year() > to) {
      add(out, line, "period", fmt::format("Kỳ {} nằm ngoài kế hoạch {} ({}–{})", t.period, t.plan, from, to),
          fmt::format("Period {} is outside plan {} ({}–{})", t.period, t.plan, from, to));
    }
  }
  if (!one_of(kComparators, t.comparator)) {
    add(out, line, "comparator",
        fmt::format("Phép so sánh '{}' không có; dùng >=, >, <=, <, = hoặc between", t.comparator),
        fmt::format("Comparator '{}' is unknown; use >=, >, <=, <, = or between", t.comparator));
  } else if (t.comparator == "between" && (!t.value_to || *t.value_to < t.value)) {
    add(out, line, "value_to", "Chỉ tiêu 'between' cần giá trị trên (value_to) không nhỏ hơn giá trị dưới",
        "A 'between' target needs value_to, not below value");
  } else if (t.comparator != "between" && t.value_to) {
    add(out, line, "value_to", "Chỉ dùng value_to với phép so sánh between", "value_to is only for 'between' targets");
  }
  if (const Indicator* i = indicator(t.indicator)) {
    check_range(*i, t.value, "value", line, out);
    if (t.value_to) check_range(*i, *t.value_to, "value_to", line, out);
  }
  return out;
}

void throw_first(const std::vector<ErrorDetail>& problems) {
  if (problems.empty()) return;
  const auto& p = problems.front();
  throw Error(ErrorKind::invalid, "invalid_field", p.message_vi, p.message_en, p.field);
}

}  // namespace sen::targets
