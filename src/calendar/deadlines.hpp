// Legal deadlines as dated data. Counting follows the Civil Code 2015 Art. 147–148: a period
// starts the day after the event; a period in calendar days that ends on a rest day or a holiday
// ends at the end of the next working day; a period in working days counts working days only.
#pragma once
#include <optional>
#include <string>

#include "base/date.hpp"
#include "base/model.hpp"
#include "calendar/working_days.hpp"

namespace sen::calendar {

// What a deadline's limit counts: working days only, or calendar days (ending on a working day).
enum class DeadlineBasis { working_days, calendar_days };
BOOST_DESCRIBE_ENUM(DeadlineBasis, working_days, calendar_days)

struct DeadlineRule {
  std::string code;     // letter_processing, complaint_first_resolution …
  std::string variant;  // base, complex, remote, remote_complex, very_complex, several_places …
  std::string name;     // in Vietnamese
  std::string event;    // what the period counts from: received, accepted …
  int limit = 0;
  DeadlineBasis basis = DeadlineBasis::working_days;
  Date valid_from;
  std::optional<Date> valid_to;
  std::string source;  // the legal source
};

// The last day of the period that starts after `event` (within the calendar's span); nullopt when
// it lies past the span's end.
std::optional<Date> due_date(const WorkingCalendar& calendar, const DeadlineRule& rule, Date event);

}  // namespace sen::calendar
