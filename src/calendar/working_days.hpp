// Working days in Vietnam: weekly rest days (configurable; Saturday and Sunday by default), the
// public holidays of the Labour Code 2019 Art. 112 with a compensatory day when one falls on a
// weekly rest day, and the government's yearly decisions (days off, Saturdays worked in
// exchange), which replace the rule for the holiday they concern.
#pragma once
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "base/date.hpp"

namespace sen::calendar {

struct Decision {
  Date from;
  Date to;            // inclusive
  std::string kind;   // days_off | working_day
  std::string name;
  std::string source;
};

struct DayOff {
  Date date;
  std::string name;
  std::string kind;  // holiday | compensatory | decision | working_day (a rest day worked)
  std::string source;
};

class WorkingCalendar {
 public:
  // rest_weekdays: 0 = Sunday … 6 = Saturday.
  WorkingCalendar(std::set<unsigned> rest_weekdays, std::vector<Decision> decisions);

  // The holidays, compensatory days and decided days off of a year, and the rest days decided
  // to be worked, by date.
  const std::vector<DayOff>& year(int y) const;
  bool is_working_day(Date d) const;
  // Working days from `from` to `to`, both included (0 when to < from).
  int working_days_between(Date from, Date to) const;
  // The n-th working day after `from` (from itself not counted); n ≥ 1.
  Date add_working_days(Date from, int n) const;
  // `d` when it is a working day, else the next one.
  Date next_working_day(Date d) const;

 private:
  std::vector<DayOff> compute_year(int y) const;
  std::set<unsigned> rest_;
  std::vector<Decision> decisions_;
  mutable std::map<int, std::vector<DayOff>> years_;
  mutable std::map<int, std::map<Date, bool>> working_;  // by year: date → working (only dates that differ)
};

}  // namespace sen::calendar
