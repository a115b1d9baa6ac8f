#include "projects/rates.hpp"

namespace sen::projects {

namespace {

std::int64_t sum(const std::map<std::string, std::int64_t>& m) {
  std::int64_t s = 0;
  for (const auto& [source, amount] : m) s = add_amounts(s, amount);
  return s;
}

}  // namespace

std::int64_t Ledger::allocated_total() const {
  return sum(allocated);
}
std::int64_t Ledger::assigned_total() const {
  return sum(assigned);
}

Amounts Ledger::paid() const {
  return paid_through(13);
}

Amounts Ledger::paid_through(std::size_t m) const {
  Amounts a;
  for (std::size_t i = 0; i < m && i < by_month.size(); ++i) a += by_month[i];
  return a;
}

void Ledger::add_payment(const std::string& source, std::size_t slot, DisbursementStatus status, std::int64_t amount) {
  Amounts a;
  switch (status) {
    case DisbursementStatus::estimate:
      a.estimate = amount;
      break;
    case DisbursementStatus::confirmed:
      a.confirmed = amount;
      break;
    case DisbursementStatus::cancelled:
      return;
  }
  by_month.at(slot) += a;
  by_source[source] += a;
}

Ledger& Ledger::operator+=(const Ledger& o) {
  for (const auto& [s, v] : o.allocated) allocated[s] = add_amounts(allocated[s], v);
  for (const auto& [s, v] : o.assigned) assigned[s] = add_amounts(assigned[s], v);
  for (std::size_t i = 0; i < by_month.size(); ++i) by_month[i] += o.by_month[i];
  for (const auto& [s, v] : o.by_source) by_source[s] += v;
  illustrative = illustrative || o.illustrative;
  return *this;
}

double dong_per_unit(const std::string& measure) {
  if (measure == "đồng") return 1;
  if (measure == "triệu đồng") return 1e6;
  if (measure == "tỷ đồng") return 1e9;
  return 0;
}

std::optional<double> percent(std::int64_t part, std::int64_t whole) {
  if (whole == 0) return std::nullopt;
  return 100.0 * static_cast<double>(part) / static_cast<double>(whole);
}

std::size_t months_completed(int plan_year, Date as_of) {
  if (as_of.year() < plan_year) return 0;
  if (as_of.year() > plan_year) return 12;
  return as_of.month() - 1;
}

std::optional<Lag> lag(const Ledger& l, const Curve& curve, int plan_year, Date as_of) {
  std::size_t m = months_completed(plan_year, as_of);
  auto actual = percent(l.paid_through(m).total(), l.allocated_total());
  if (m == 0 || !actual) return std::nullopt;
  double expected = curve[m - 1];
  if (*actual >= expected) return std::nullopt;
  return Lag{m, expected, *actual};
}

}  // namespace sen::projects
