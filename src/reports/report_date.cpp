#include "reports/report_date.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "base/error.hpp"
#include "calendar/calendar.hpp"
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
  if (!life) throw not_found("đơn vị", "unit", unit);
  if (date < life->valid_from) {
    auto name = units::name_at(c, unit, life->valid_from);
    throw Error(ErrorKind::unprocessable, "report.unit_not_formed",
                fmt::format("{} ({}) được thành lập ngày {}; không thể lập báo cáo của đơn vị này đề ngày {} (số "
                            "liệu các năm trước được quy đổi qua sắp xếp đơn vị, báo cáo đề ngày hôm nay)",
                            name, unit, life->valid_from.vietnamese(), date.vietnamese()),
                fmt::format("{} ({}) was formed on {}; no report of it can be dated {} (earlier years' figures are "
                            "derived through the reorganisation, in a report dated today)",
                            name, unit, life->valid_from.vietnamese(), date.vietnamese()),
                field);
  }
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
