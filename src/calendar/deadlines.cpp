#include "calendar/deadlines.hpp"

#include <stdexcept>

namespace sen::calendar {

std::optional<Date> due_date(const WorkingCalendar& calendar, const DeadlineRule& rule, Date event) {
  switch (rule.basis) {
    case DeadlineBasis::working_days:
      return calendar.add_working_days(event, rule.limit);
    case DeadlineBasis::calendar_days: {
      Date last = event.plus_days(rule.limit);
      if (last > calendar.span().last) return std::nullopt;
      return calendar.next_working_day(last);
    }
  }
  throw std::logic_error("a deadline rule without a basis");
}

}  // namespace sen::calendar
