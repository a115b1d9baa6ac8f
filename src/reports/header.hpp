// The document header of a report in the official form, from the issuing unit.
#pragma once
#include <optional>
#include <string>

#include "base/date.hpp"
#include "base/period.hpp"
#include "db/database.hpp"
#include "reports/model.hpp"

namespace sen::reports {

// party: a document of the unit's Party committee (Guidance 36-HD/VPTW);
// state: of its People's Committee (Decree 30/2020/NĐ-CP).
enum class Issuer { party, state };

struct HeaderOptions {
  Issuer issuer = Issuer::party;
  std::optional<std::string> number;  // the document's number; blank for a draft
  Date date;                          // the date printed under the motto
};

// "Hà Tĩnh, ngày 05 tháng 01 năm 2023": day below 10 and months 1–2 with a leading zero.
std::string place_date(const std::string& place, Date date);

// "năm 2022", "6 tháng đầu năm 2023", "9 tháng năm 2023", "quý I năm 2023", "tháng 3 năm 2023".
std::string period_phrase(const Period& period);

// Error not_found when the unit did not exist by the date of its period's end.
Header make_header(db::Connection& c, const std::string& unit, const Period& period, const HeaderOptions& options);

}  // namespace sen::reports
