#include "cli/report_commands.hpp"

#include <cstdio>
#include <fstream>

#include "base/error.hpp"
#include "base/period.hpp"
#include "cli/database.hpp"
#include "cli/messages.hpp"
#include "db/database.hpp"
#include "reports/options.hpp"
#include "reports/report.hpp"
#include "reports/report_date.hpp"
#include "units/units.hpp"

namespace sen::cli {

int report(const ReportRequest& r, bool annual) {
  reports::ReportOptions options;
  options.header.issuer = reports::require_issuer(r.issuer, "issuer");
  if (!r.number.empty()) options.header.number = r.number;
  std::optional<Date> date;
  if (!r.date.empty()) {
    date = Date::parse(r.date);
    if (!date) throw messages::error<"cli.date">("date", r.date);
  }
  auto format = reports::require_format(r.format, "format");
  auto period = Period::parse(r.period);
  if (!period || (annual && period->kind() != PeriodKind::year)) {
    if (annual) throw messages::error<"cli.year">("year", r.period);
    throw messages::error<"cli.period">("period", r.period);
  }
  auto database = open_database(r.db);
  auto bytes = database->read([&](db::Connection& c) {
    units::require_exists(c, r.unit, "unit");
    // The end of the period's reporting window, or today if sooner, unless a date is given; never a
    // day the unit did not exist.
    options.header.date =
        date ? *date : reports::report_date(c, r.unit, *period, options.header.issuer, today_in_vietnam());
    reports::require_open_on(c, r.unit, options.header.date, "date");
    auto report = annual ? reports::annual_report(c, r.unit, period->year(), options)
                         : reports::periodic_report(c, r.unit, *period, options);
    return reports::render(report, format);
  });
  if (r.output.empty() || r.output == "-") {
    std::fwrite(bytes.data(), 1, bytes.size(), stdout);
    return 0;
  }
  std::ofstream out(r.output, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) throw std::runtime_error("cannot write " + r.output);
  return 0;
}

}  // namespace sen::cli
