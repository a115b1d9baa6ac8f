#include "calendar/deadlines.hpp"

namespace sen::calendar {

Date due_date(const WorkingCalendar& calendar, const DeadlineRule& rule, Date event) {
  if (rule.basis == "working_days") return calendar.add_working_days(event, rule.limit);
  return calendar.next_working_day(event.plus_days(rule.limit));
}

}  // namespace sen::calendar
