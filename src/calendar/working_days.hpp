// Working days in Vietnam: weekly rest days (configurable; Saturday and Sunday by default), the
// public holidays of the Labour Code in force on each day, a compensatory day for each holiday
// that falls on a weekly rest day, and the government's yearly decisions (days off, rest days
// worked in exchange), which replace the rule for the holidays they contain.
#pragma once
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "base/date.hpp"
#include "base/model.hpp"
#include "calendar/span.hpp"

namespace sen::calendar {

// The calendar a holiday's month and day are of: the solar (Gregorian) one or the lunar one.
enum class CalendarKind { solar, lunar };
BOOST_DESCRIBE_ENUM(CalendarKind, solar, lunar)
// What a yearly decision makes of its days: days off, or weekly rest days worked in exchange.
enum class DayKind { days_off, working_day };
BOOST_DESCRIBE_ENUM(DayKind, days_off, working_day)

// A public holiday of a Labour Code, in force day by day from valid_from to valid_to.
struct HolidayRule {
  std::string holiday;  // new_year, tet, hung_kings, victory, labour_day, national_day
  std::string name;     // in Vietnamese
  // The calendar of month and day (holiday-rules.csv: calendar solar|lunar).
  CalendarKind calendar = CalendarKind::solar;
  unsigned month = 1;
  unsigned day = 1;
  int first_offset = 0;  // the first day off relative to that date (Tết: −1, the old year's last day)
  int days = 1;          // consecutive days off from the first
  Date valid_from;
  std::optional<Date> valid_to;     // inclusive; none while in force
  std::string source;               // the article that sets the holiday
  std::string compensation_source;  // the article that gives a compensatory day
};

struct Decision {
  Date from;
  Date to;  // inclusive
  DayKind kind = DayKind::days_off;
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
  WorkingCalendar(std::set<unsigned> rest_weekdays, std::vector<HolidayRule> rules, std::vector<Decision> decisions);

  // From the first day a holiday rule holds to the last day of the lunar calendar: before the
  // first Labour Code it knows, the calendar cannot tell a holiday from a working day.
  Span span() const { return span_; }

  // The holidays, compensatory days and decided days off of a year, and the rest days decided to
  // be worked, by date. A copy: a calendar is often a temporary.
  std::vector<DayOff> days_off(int year) const;
  // Throws Error calendar.out_of_range (field "date") outside span().
  bool is_working_day(Date d) const;
  // Working days from `from` to `to`, both included (0 when to < from); both within span().
  int working_days_between(Date from, Date to) const;
  // The n-th working day after `from` (from itself not counted; n ≥ 0); nullopt past span().last.
  std::optional<Date> add_working_days(Date from, int n) const;
  // `d` when it is a working day, else the next one; nullopt past span().last.
  std::optional<Date> next_working_day(Date d) const;

 private:
  const std::vector<DayOff>& year(int y) const;
  std::vector<DayOff> compute_year(int y) const;
  bool weekly_rest(Date d) const { return rest_.count(d.weekday()) > 0; }

  std::set<unsigned> rest_;
  std::vector<HolidayRule> rules_;
  std::vector<Decision> decisions_;
  Span span_;
  mutable std::map<int, std::vector<DayOff>> years_;
  mutable std::map<Date, bool> special_;  // dates whose working status differs from the weekday's
};

}  // namespace sen::calendar
