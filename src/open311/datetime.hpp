// Dates and times of Open311 GeoReport v2: W3C date-times with their zone, and the days a query
// of service requests covers. Sen records the day a letter was received, not the hour: a letter
// received on a day was requested at 00:00 of that day in Vietnam (UTC+7).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "base/date.hpp"

namespace sen::open311 {

// Seconds since 1970-01-01T00:00:00Z of a W3C date-time with seconds or not, fractions of a
// second or not, and its zone: "2026-07-01T00:00:00Z", "2026-07-01T07:00+07:00". nullopt when
// malformed, when the time does not exist, or when the zone is missing. A "+" that URL decoding
// turned into a space is read as "+".
std::optional<std::int64_t> parse_w3c(std::string_view text);

// 00:00:00 of `day` in Vietnam, as seconds since 1970-01-01T00:00:00Z.
std::int64_t start_of_day(Date day);
// "2026-11-27T00:00:00+07:00" and "2026-11-27T23:59:59+07:00".
std::string day_start_text(Date day);
std::string day_end_text(Date day);

// The days whose letters a query asks for: those whose 00:00 in Vietnam lies from start_date to
// end_date. Without either, the 90 days up to the end of `today`; with one, the 90 days from it or
// up to it. Error naming start_date or end_date when one is malformed, when start_date is after
// end_date, or when they span more than 90 days. `first` is after `last` when no day qualifies.
struct DayRange {
  Date first, last;
};
DayRange request_days(const std::optional<std::string>& start_date, const std::optional<std::string>& end_date,
                      Date today);

}  // namespace sen::open311
