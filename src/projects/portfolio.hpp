// A unit's portfolio: the projects managed within its subtree, their plans and payments of a
// plan year, the same figures a year earlier, and the projects lagging behind the curve.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "base/date.hpp"
#include "base/period.hpp"
#include "db/connection.hpp"
#include "projects/model.hpp"
#include "projects/rates.hpp"

namespace sen::projects {

// Projects whose managing unit lies in the unit's subtree on the last day of the year, by code.
std::vector<Project> managed_projects(db::Connection& c, const std::string& unit, int year);

struct ProjectYear {
  Project project;
  Ledger ledger;
  std::optional<Lag> lag;
};

struct Portfolio {
  std::string unit;
  int year = 0;
  Date as_of;
  Curve curve{};
  Ledger total;
  Ledger last_year;
  bool active = false;                // some managed project has a plan or a payment in the year
  std::vector<ProjectYear> projects;  // every managed project, by code
};

// With `paid_through`, only the payments made on or before that day count (a report's cut-off).
Portfolio portfolio(db::Connection& c, const std::string& unit, int year, Date as_of,
                    std::optional<Date> paid_through = std::nullopt);

// The plans and payments of a plan year of the projects managed in the unit's subtree; nullopt
// when none of them has a plan or a payment that year.
std::optional<Ledger> unit_ledger(db::Connection& c, const std::string& unit, int year);

// Payments of a period of the ledger's plan year: the months the period covers; the year
// includes what was paid after it, within the window or an extension.
Amounts paid_in(const Ledger& l, const Period& period);

}  // namespace sen::projects
