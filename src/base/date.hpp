// Calendar dates without time zone, stored and exchanged as ISO-8601 "YYYY-MM-DD".
#pragma once
#include <chrono>
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace sen {

class Date {
 public:
  Date() = default;  // 1970-01-01
  explicit Date(std::chrono::sys_days days) : days_(days) {}
  // Throws std::invalid_argument when the day does not exist (2023-02-29).
  static Date from_ymd(int year, unsigned month, unsigned day);
  // Strict "YYYY-MM-DD" of a day that exists; nullopt otherwise.
  static std::optional<Date> parse(std::string_view iso);

  int year() const;
  unsigned month() const;
  unsigned day() const;
  // 0 = Sunday … 6 = Saturday.
  unsigned weekday() const;
  Date plus_days(int n) const { return Date(days_ + std::chrono::days(n)); }
  // The same day of the month `n` months later (or earlier), or the month's last day when it is
  // shorter: 31/01 + 1 month = 28/02 (29/02 in a leap year).
  Date plus_months(int n) const;
  // Days from this date to `later` (negative when `later` is earlier).
  int days_until(Date later) const { return static_cast<int>((later.days_ - days_).count()); }
  std::chrono::sys_days sys_days() const { return days_; }

  std::string iso() const;         // 2022-12-27
  std::string vietnamese() const;  // 27/12/2022

  auto operator<=>(const Date&) const = default;

 private:
  std::chrono::sys_days days_{};
};

// The days Sen's calendar covers (and so any date a record may carry).
inline constexpr int kFirstYear = 1900;
inline constexpr int kLastYear = 2100;
// Error(invalid) naming `field` unless `day` lies within kFirstYear–kLastYear.
void require_calendar_date(Date day, std::string_view field);

// The current instant plus `offset` as "2026-11-27T08:15:30.123Z" (UTC, milliseconds); such
// texts sort in time order.
std::string utc_timestamp(std::chrono::seconds offset = std::chrono::seconds(0));

// Seconds from now until a timestamp made by utc_timestamp (negative when it is past);
// nullopt when the text is not such a timestamp.
std::optional<long long> seconds_until(std::string_view utc_timestamp_text);

// The date in Vietnam (UTC+7) of a timestamp made by utc_timestamp; nullopt when malformed.
std::optional<Date> vietnam_date_of(std::string_view utc_timestamp_text);

// Today's date in Vietnam (UTC+7), the date users mean by "today"; the fixed day when one was set.
Date today_in_vietnam();
// Makes today_in_vietnam() answer `day` for the rest of the process. For tests only: `sen serve`
// sets it from --test-clock, which a production start refuses (src/cli/commands.cpp).
void fix_today_for_tests(Date day);

}  // namespace sen
