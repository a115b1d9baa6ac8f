// Reporting periods as values: year "2023", cumulative six and nine months "2023-6M" and
// "2023-9M", quarter "2023-Q1", month "2023-03"; with the data cut-off window of
// Decree 09/2019/NĐ-CP (thời gian chốt số liệu).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.hpp"

namespace sen {

enum class PeriodKind { year, nine_months, six_months, quarter, month };

struct DateRange {
  Date first;
  Date last;  // inclusive
};

class Period {
 public:
  // nullopt unless the text is one of the forms above, with a year from 1900 to 2200.
  static std::optional<Period> parse(std::string_view text);
  // As reports name it: "năm 2022", "6 tháng đầu năm 2023", "9 tháng năm 2023", "quý I năm 2023",
  // "tháng 3 năm 2023".
  std::string vietnamese() const;
  static Period year_of(int year) { return Period(PeriodKind::year, year, 0); }

  PeriodKind kind() const { return kind_; }
  int year() const { return year_; }
  int index() const { return index_; }  // quarter 1–4, month 1–12; 0 otherwise
  std::string code() const;

  // The calendar days the period covers (cumulative periods start on 1 January).
  DateRange days() const;
  // The data cut-off window: monthly 15th of the previous month → 14th; quarterly 15th of
  // the month before the quarter → 14th of its last month; 6 and 9 months and the year
  // 15 December of the previous year → 14 June, 14 September, 14 December.
  DateRange cutoff() const;
  Period same_period_previous_year() const { return Period(kind_, year_ - 1, index_); }
  // The periods that together make this one, for roll-up over time: a year and the
  // cumulative periods are made of quarters, a quarter of months; a month of nothing.
  std::vector<Period> parts() const;

  bool operator==(const Period&) const = default;

 private:
  Period(PeriodKind kind, int year, int index) : kind_(kind), year_(year), index_(index) {}
  PeriodKind kind_;
  int year_;
  int index_;
};

}  // namespace sen
