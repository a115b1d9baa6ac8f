// The document header and closing of a report in the official form, from the issuing unit and
// its place in the hierarchy.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "base/date.hpp"
#include "base/period.hpp"
#include "db/database.hpp"
#include "reports/model.hpp"

namespace sen::reports {

struct HeaderOptions {
  Issuer issuer = Issuer::party;
  std::optional<std::string> number;  // the document's number; blank for a draft
  Date date;                          // the date printed under the motto
  std::string signer;                 // the signer's name; blank for a draft
  // The recipients as the unit writes them; from the hierarchy (default_recipients) when absent.
  std::optional<std::vector<std::string>> recipients;
};

// "Hà Tĩnh, ngày 05 tháng 01 năm 2023": day below 10 and months 1–2 with a leading zero.
std::string place_date(const std::string& place, Date date);

// The recipients of the unit's report as the hierarchy names them on the period's last day:
// Party — the superior committee's Ban Thường vụ, the committee's members, the organisations
// under it, "Lưu Văn phòng Thành ủy"; state — the superior People's Committee, the standing
// committees of the Party and the People's Council, "Lưu: VT". Error not_found for an unknown unit.
std::vector<std::string> default_recipients(db::Connection& c, const std::string& unit, const Period& period,
                                            Issuer issuer);

// Error not_found when the unit did not exist by the date of its period's end.
Header make_header(db::Connection& c, const std::string& unit, const Period& period, const HeaderOptions& options);

}  // namespace sen::reports
