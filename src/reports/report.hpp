// Building a report of a unit for a period from the records of every module — Party building
// (first, in a Party report; never in a state one), targets, tasks and directives, public
// investment, petitions and, for a year, the next year's targets — with the officer's own text
// in its places.
#pragma once
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/period.hpp"
#include "db/database.hpp"
#include "reports/header.hpp"
#include "reports/model.hpp"

namespace sen::reports {

struct ReportOptions {
  HeaderOptions header;  // header.date is also the day statuses and deadlines are judged on
  // Whether the reader may see a module's section, by permission ("targets.read", …); a section
  // whose permission is refused is left out.
  std::function<bool(std::string_view)> may = [](std::string_view) { return true; };
  // The officer's text by part (narrative.hpp); a part without text is left out.
  std::map<std::string, std::string> narrative;
};

// The annual report ("báo cáo năm") of a unit: every section, with the next year's targets.
Report annual_report(db::Connection& c, const std::string& unit, int year, const ReportOptions& options);

// A periodic report (month, quarter, 6 or 9 months) with the Decree 09/2019 cut-off window.
Report periodic_report(db::Connection& c, const std::string& unit, const Period& period, const ReportOptions& options);

// The permissions a reader needs to see every section of the report.
std::vector<std::string> permissions_of(const Report& r);

}  // namespace sen::reports
