// The date of a report: by default the last day of its reporting window (the day it is due under
// the calendar's reporting regime), and never a day its unit did not exist.
#pragma once
#include <string>

#include "base/date.hpp"
#include "base/period.hpp"
#include "db/connection.hpp"
#include "reports/model.hpp"

namespace sen::reports {

// The day the report of the period is due: N working days after the Decree 09/2019 cut-off, by the
// regime "party_building" for a Party report and "socio_economic" for a state one.
Date default_report_date(db::Connection& c, const Period& period, Issuer issuer);

// The date a report of `unit` bears unless one is given: the day it is due, or `today` if sooner;
// `today` for a unit formed after that day (a ward of 2025 reporting on its area's 2024, with the
// figures derived through the reorganisation), which never signs a report before it existed.
Date report_date(db::Connection& c, const std::string& unit, const Period& period, Issuer issuer, Date today);

// Error unprocessable naming `field` when the unit did not exist on `date`: "Thành phố Hà Tĩnh
// (436) hoạt động đến hết ngày 30/06/2025 …", "Phường Thành Sen (18073) được thành lập ngày
// 01/07/2025 …". Error not_found for an unknown unit.
void require_open_on(db::Connection& c, const std::string& unit, Date date, const std::string& field);

}  // namespace sen::reports
