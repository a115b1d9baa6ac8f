// The dates the calendar answers for, and the one check that every route and command applies to
// the dates it is given and to the dates it computes.
#pragma once
#include <string>

#include "base/date.hpp"
#include "base/error.hpp"

namespace sen::calendar {

struct Span {
  Date first;
  Date last;              // inclusive
  std::string reason_vi;  // why it begins and ends there, for messages
  std::string reason_en;

  bool contains(Date d) const { return first <= d && d <= last; }
};

// Lunar dates: from the first day of Canh Tý (31/01/1900) to 31/12/2100, the span over which the
// astronomy was checked against independent calendars.
const Span& lunar_span();

// Error invalid naming `field` unless `span` holds `d`.
void require_within(const Span& span, Date d, const std::string& field);
// Error invalid naming `field` unless year `year` has a day in `span`.
void require_year_within(const Span& span, int year, const std::string& field);
// The error for a computed date past `span.last`, naming the input `field` that led there.
Error beyond_span(const Span& span, const std::string& field);

}  // namespace sen::calendar
