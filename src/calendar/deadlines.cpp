#include "calendar/deadlines.hpp"

namespace sen::calendar {

std::optional<Date> due_date(const WorkingCalendar& calendar, const DeadlineRule& rule, Date event) {
  if (rule.basis == "working_days") return calendar.add_working_days(event, rule.limit);
  Date last = event.plus_days(rule.limit);
  if (last > calendar.span().last) return std::nullopt;
  return calendar.next_working_day(last);
}

}  // namespace sen::calendar
