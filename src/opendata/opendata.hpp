// Open data (dữ liệu mở): the indicators of a unit and period, once released, for anyone —
// target, actual, vintage and source; aggregate figures only, nothing personal.
#pragma once
#include <string>
#include <vector>

#include "base/period.hpp"
#include "db/database.hpp"

namespace sen::opendata {

struct Release {
  std::string unit;
  std::string unit_name;
  std::string period;
  std::string released_at;
};

// Releases (or releases again) the unit's indicators of the period. Error when the unit is
// unknown or has no targets for the period.
Release release(db::Connection& c, const std::string& unit, const Period& period, const std::string& actor);
// Withdraws a release; false when there was none.
bool withdraw(db::Connection& c, const std::string& unit, const Period& period);
std::vector<Release> releases(db::Connection& c);

struct Row {
  std::string indicator, name, area, measure, target;
  std::optional<double> plan, actual, achievement_pct, target_pct;
  std::string vintage, derivation, status, source;
  int decimals = 0;
};

// The released figures: only real ones — an item whose target, indicator or figure is
// illustrative (invented by the demo data) is never published. Error not_found when the unit's
// period was not released.
std::vector<Row> released_rows(db::Connection& c, const std::string& unit, const Period& period);

// As CSV with a header line; numbers in machine form (1172.5).
std::string to_csv(const std::vector<Row>& rows);

}  // namespace sen::opendata
