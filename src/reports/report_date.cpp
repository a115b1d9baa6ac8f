#include "reports/report_date.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "base/error.hpp"
#include "calendar/calendar.hpp"
#include "reports/messages.hpp"
#include "units/messages.hpp"
#include "units/units.hpp"

namespace sen::reports {

Date default_report_date(db::Connection& c, const Period& period, Issuer issuer) {
  return calendar::report_due(c, issuer == Issuer::party ? "party_building" : "socio_economic", period).due;
}

Date report_date(db::Connection& c, const std::string& unit, const Period& period, Issuer issuer, Date today) {
  Date date = std::min(default_report_date(c, period, issuer), today);
  auto life = units::lifetime(c, unit);
  if (life && date < life->valid_from) return today;
  return date;
}

void require_open_on(db::Connection& c, const std::string& unit, Date date, const std::string& field) {
  auto life = units::lifetime(c, unit);
  if (!life) throw units::messages::error<"unit.not_found">("", unit);
  if (date < life->valid_from) {
    auto name = units::name_at(c, unit, life->valid_from);
    throw messages::error<"report.unit_not_formed">(field, name, unit, life->valid_from.vietnamese(),
                                                    date.vietnamese());
  }
  if (!life->valid_to || date <= *life->valid_to) return;
  auto name = units::name_at(c, unit, *life->valid_to);
  throw messages::error<"report.unit_closed">(field, name, unit, life->valid_to->vietnamese(), date.vietnamese());
}

}  // namespace sen::reports
