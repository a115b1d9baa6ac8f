#include "projects/portfolio.hpp"

#include "projects/projects.hpp"
#include "projects/store.hpp"
#include "units/handovers.hpp"
#include "units/units.hpp"

namespace sen::projects {

namespace {

bool has_activity(const Ledger& l) {
  return !l.allocated.empty() || !l.assigned.empty() || !l.by_source.empty();
}

}  // namespace

std::vector<Project> managed_projects(db::Connection& c, const std::string& unit, int year) {
  Date year_end = Date::from_ymd(year, 12, 31);
  auto codes = units::subtree(c, unit, year_end);
  units::Holders holders(c, kRecordKind);
  std::vector<Project> out;
  for (auto& p : store::list(c)) {
    if (codes.count(holders.on(p.code, p.managing_unit, year_end))) out.push_back(std::move(p));
  }
  return out;
}

Portfolio portfolio(db::Connection& c, const std::string& unit, int year, Date as_of,
                    std::optional<Date> paid_through) {
  Portfolio out;
  out.unit = unit;
  out.year = year;
  out.as_of = as_of;
  out.curve = curve(c);
  auto now = paid_through ? ledgers_through(c, year, *paid_through) : ledgers(c, year);
  auto before = ledgers(c, year - 1);
  for (auto& p : managed_projects(c, unit, year)) {
    ProjectYear py;
    if (auto it = now.find(p.code); it != now.end() && has_activity(it->second)) {
      py.ledger = it->second;
      py.ledger.illustrative = p.illustrative;
      out.total += py.ledger;
      out.active = true;
    }
    if (auto it = before.find(p.code); it != before.end() && has_activity(it->second)) {
      it->second.illustrative = p.illustrative;
      out.last_year += it->second;
    }
    py.lag = lag(py.ledger, out.curve, year, as_of);
    py.project = std::move(p);
    out.projects.push_back(std::move(py));
  }
  return out;
}

std::optional<Ledger> unit_ledger(db::Connection& c, const std::string& unit, int year) {
  auto all = ledgers(c, year);
  if (all.empty()) return std::nullopt;  // no plan or payment that year anywhere: skip the subtree
  auto managed = managed_projects(c, unit, year);
  Ledger total;
  bool active = false;
  for (const auto& p : managed) {
    auto it = all.find(p.code);
    if (it == all.end() || !has_activity(it->second)) continue;
    total += it->second;
    total.illustrative = total.illustrative || p.illustrative;
    active = true;
  }
  if (!active) return std::nullopt;
  return total;
}

Amounts paid_in(const Ledger& l, const Period& period) {
  if (period.kind() == PeriodKind::year) return l.paid();
  auto days = period.days();
  Amounts a;
  for (unsigned m = days.first.month(); m <= days.last.month(); ++m) a += l.by_month[m - 1];
  return a;
}

}  // namespace sen::projects
