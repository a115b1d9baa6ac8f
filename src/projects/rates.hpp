// Disbursement rates from a project's (or a portfolio's) plan and payments of one plan year:
// against the full-year plan as allocated and against the plan assigned by the higher level,
// by month, with estimates and treasury-confirmed payments apart.
#pragma once
#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "base/date.hpp"
#include "base/limits.hpp"
#include "projects/model.hpp"

namespace sen::projects {

struct Amounts {
  std::int64_t confirmed = 0;
  std::int64_t estimate = 0;
  std::int64_t total() const { return add_amounts(confirmed, estimate); }
  Amounts& operator+=(const Amounts& o) {
    confirmed = add_amounts(confirmed, o.confirmed);
    estimate = add_amounts(estimate, o.estimate);
    return *this;
  }
};

// Months 1–12 of the plan year are slots 0–11; slot 12 holds payments made after the plan year,
// within its window or an extension.
inline constexpr std::size_t kAfterYear = 12;

// One plan year of a project, or of several added together.
struct Ledger {
  std::map<std::string, std::int64_t> allocated;  // current full-year plan by source
  std::map<std::string, std::int64_t> assigned;   // current plan assigned by the higher level, by source
  std::array<Amounts, 13> by_month{};
  std::map<std::string, Amounts> by_source;
  bool illustrative = false;  // some of the figures are illustrative (demo data)

  std::int64_t allocated_total() const;
  std::int64_t assigned_total() const;
  Amounts paid() const;  // every slot
  // Paid up to the end of month `m` (1–12) of the plan year; 13 includes the window.
  Amounts paid_through(std::size_t m) const;
  // Adds a payment to its slot and source, as an estimate or confirmed; a cancelled one counts nowhere.
  void add_payment(const std::string& source, std::size_t slot, DisbursementStatus status, std::int64_t amount);
  Ledger& operator+=(const Ledger& o);
};

// Đồng per unit of a money measure ("đồng", "triệu đồng", "tỷ đồng"); 0 for any other measure.
double dong_per_unit(const std::string& measure);

// Percent of `part` in `whole`; nullopt when whole is 0.
std::optional<double> percent(std::int64_t part, std::int64_t whole);

// Months of the plan year completed on `as_of`: 0 before February of the year, 12 after it.
std::size_t months_completed(int plan_year, Date as_of);

// Lagging: a plan that, at the end of the last completed month, has paid less than the curve
// expects. Nothing lags before the first month is over or without a plan.
struct Lag {
  std::size_t month = 0;  // the month compared
  double expected_percent = 0;
  double actual_percent = 0;
};
std::optional<Lag> lag(const Ledger& l, const Curve& curve, int plan_year, Date as_of);

}  // namespace sen::projects
