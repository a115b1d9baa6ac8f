#include "base/date.hpp"

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <atomic>
#include <limits>
#include <stdexcept>

#include "base/messages.hpp"

namespace sen {

using namespace std::chrono;

Date Date::plus_months(int n) const {
  namespace c = std::chrono;
  int index = year() * 12 + static_cast<int>(month()) - 1 + n;
  c::year_month ym{c::year{index / 12}, c::month{static_cast<unsigned>(index % 12) + 1}};
  unsigned last = static_cast<unsigned>(c::year_month_day_last{ym / c::last}.day());
  return Date(c::sys_days{ym / c::day{std::min(day(), last)}});
}

Date Date::from_ymd(int y, unsigned m, unsigned d) {
  year_month_day ymd{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
  if (!ymd.ok()) throw std::invalid_argument(fmt::format("no such day: {:04}-{:02}-{:02}", y, m, d));
  return Date(std::chrono::sys_days(ymd));
}

std::optional<Date> Date::parse(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  auto digits = [&](size_t from, size_t count) -> int {
    int v = 0;
    for (size_t i = from; i < from + count; ++i) {
      if (s[i] < '0' || s[i] > '9') return -1;
      v = v * 10 + (s[i] - '0');
    }
    return v;
  };
  int y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
  if (y < 0 || m < 0 || d < 0) return std::nullopt;
  year_month_day ymd{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(m)},
                     std::chrono::day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return std::nullopt;
  return Date(std::chrono::sys_days(ymd));
}

int Date::year() const {
  return static_cast<int>(year_month_day(days_).year());
}
unsigned Date::month() const {
  return static_cast<unsigned>(year_month_day(days_).month());
}
unsigned Date::day() const {
  return static_cast<unsigned>(year_month_day(days_).day());
}
unsigned Date::weekday() const {
  return std::chrono::weekday(days_).c_encoding();
}

std::string Date::iso() const {
  return fmt::format("{:04}-{:02}-{:02}", year(), month(), day());
}
std::string Date::vietnamese() const {
  return fmt::format("{:02}/{:02}/{:04}", day(), month(), year());
}

void require_calendar_date(Date day, std::string_view field) {
  if (day.year() >= kFirstYear && day.year() <= kLastYear) return;
  throw messages::error<"date.outside_calendar">(std::string(field), day, kFirstYear, kLastYear);
}

std::string utc_timestamp(std::chrono::seconds offset) {
  auto now = floor<milliseconds>(system_clock::now() + offset);
  auto secs = floor<seconds>(now);
  return fmt::format("{:%Y-%m-%dT%H:%M:%S}.{:03}Z", secs, (now - secs).count());
}

std::optional<long long> seconds_until(std::string_view t) {
  // 2026-11-27T08:15:30.123Z
  if (t.size() < 20 || t[10] != 'T') return std::nullopt;
  auto day = Date::parse(t.substr(0, 10));
  if (!day) return std::nullopt;
  auto two = [&](std::size_t at) { return (t[at] - '0') * 10 + (t[at + 1] - '0'); };
  auto when = day->sys_days() + hours(two(11)) + minutes(two(14)) + seconds(two(17));
  return duration_cast<seconds>(when - system_clock::now()).count();
}

std::optional<Date> vietnam_date_of(std::string_view t) {
  if (t.size() < 13 || t[10] != 'T') return std::nullopt;
  auto day = Date::parse(t.substr(0, 10));
  if (!day) return std::nullopt;
  int hour = (t[11] - '0') * 10 + (t[12] - '0');
  return hour + 7 >= 24 ? day->plus_days(1) : *day;
}

namespace {
std::atomic<long> fixed_today{std::numeric_limits<long>::min()};  // days since 1970; min: not fixed
}  // namespace

Date today_in_vietnam() {
  long fixed = fixed_today.load(std::memory_order_relaxed);
  if (fixed != std::numeric_limits<long>::min()) return Date(sys_days(days(fixed)));
  auto now = system_clock::now() + hours(7);
  return Date(floor<days>(now));
}

void fix_today_for_tests(Date day) {
  fixed_today.store(static_cast<long>(day.sys_days().time_since_epoch().count()), std::memory_order_relaxed);
}

}  // namespace sen
