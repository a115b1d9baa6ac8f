#include "reports/report_date.hpp"

#include <fmt/format.h>

#include "base/error.hpp"
#include "calendar/calendar.hpp"
#include "units/units.hpp"

namespace sen::reports {

Date default_report_date(db::Connection& c, const Period& period, Issuer issuer) {
  return calendar::report_due(c, issuer == Issuer::party ? "party_building" : "socio_economic", period).due;
}

void require_open_on(db::Connection& c, const std::string& unit, Date date, const std::string& field) {
  auto life = units::lifetime(c, unit);
  if (!life) throw not_found("đơn vị", "unit", unit);
  if (!life->valid_to || date <= *life->valid_to) return;
  auto name = units::name_at(c, unit, *life->valid_to);
  throw Error(ErrorKind::unprocessable, "report.unit_closed",
              fmt::format("{} ({}) hoạt động đến hết ngày {}; không thể lập báo cáo của đơn vị này đề ngày {}", name,
                          unit, life->valid_to->vietnamese(), date.vietnamese()),
              fmt::format("{} ({}) existed until {}; no report of it can be dated {}", name, unit,
                          life->valid_to->vietnamese(), date.vietnamese()),
              field);
}

}  // namespace sen::reports
