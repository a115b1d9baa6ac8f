#include "open311/datetime.hpp"

#include <cctype>
#include <chrono>

#include "base/error.hpp"
#include "open311/messages.hpp"

namespace sen::open311 {

namespace {

constexpr std::int64_t kDay = 86400;
constexpr std::int64_t kVietnamOffset = 7 * 3600;
constexpr std::int64_t kMaxSpan = 90 * kDay;

// Reads `n` digits at `at` into `out`; false when they are not all digits.
bool digits(std::string_view text, std::size_t at, std::size_t n, int& out) {
  if (at + n > text.size()) return false;
  out = 0;
  for (std::size_t i = at; i < at + n; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
    out = out * 10 + (text[i] - '0');
  }
  return true;
}

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
  return a / b - (a % b != 0 && (a < 0) != (b < 0));
}

Date day_of(std::int64_t days_since_epoch) {
  return Date(std::chrono::sys_days(std::chrono::days(days_since_epoch)));
}

std::int64_t required_time(const std::string& field, const std::string& text) {
  auto t = parse_w3c(text);
  if (!t) {
    throw messages::error<"open311.date_invalid">(field, field);
  }
  return *t;
}

}  // namespace

std::optional<std::int64_t> parse_w3c(std::string_view text) {
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  if (!digits(text, 0, 4, year) || text.size() < 16 || text[4] != '-' || !digits(text, 5, 2, month) || text[7] != '-' ||
      !digits(text, 8, 2, day) || text[10] != 'T' || !digits(text, 11, 2, hour) || text[13] != ':' ||
      !digits(text, 14, 2, minute)) {
    return std::nullopt;
  }
  std::size_t at = 16;
  if (at < text.size() && text[at] == ':') {
    if (!digits(text, at + 1, 2, second)) return std::nullopt;
    at += 3;
    if (at < text.size() && text[at] == '.') {
      std::size_t start = ++at;
      while (at < text.size() && std::isdigit(static_cast<unsigned char>(text[at]))) ++at;
      if (at == start) return std::nullopt;
    }
  }
  std::int64_t offset = 0;
  if (at < text.size() && text[at] == 'Z') {
    ++at;
  } else if (at < text.size() && (text[at] == '+' || text[at] == '-' || text[at] == ' ')) {
    int zh = 0, zm = 0;
    if (!digits(text, at + 1, 2, zh) || at + 3 >= text.size() || text[at + 3] != ':' || !digits(text, at + 4, 2, zm) ||
        zh > 23 || zm > 59) {
      return std::nullopt;
    }
    offset = (text[at] == '-' ? -1 : 1) * (zh * 3600 + zm * 60);
    at += 6;
  } else {
    return std::nullopt;
  }
  if (at != text.size() || hour > 23 || minute > 59 || second > 59 || month < 1 || month > 12) return std::nullopt;
  auto ymd = std::chrono::year(year) / std::chrono::month(static_cast<unsigned>(month)) /
             std::chrono::day(static_cast<unsigned>(day));
  if (!ymd.ok()) return std::nullopt;
  std::int64_t days = std::chrono::sys_days(ymd).time_since_epoch().count();
  return days * kDay + hour * 3600 + minute * 60 + second - offset;
}

std::int64_t start_of_day(Date day) {
  return day.sys_days().time_since_epoch().count() * kDay - kVietnamOffset;
}

std::string day_start_text(Date day) {
  return day.iso() + "T00:00:00+07:00";
}
std::string day_end_text(Date day) {
  return day.iso() + "T23:59:59+07:00";
}

DayRange request_days(const std::optional<std::string>& start_date, const std::optional<std::string>& end_date,
                      Date today) {
  std::int64_t now = start_of_day(today.plus_days(1)) - 1;
  std::optional<std::int64_t> start, end;
  if (start_date) start = required_time("start_date", *start_date);
  if (end_date) end = required_time("end_date", *end_date);
  if (!start && !end) end = now;
  if (!start) start = *end - kMaxSpan;
  if (!end) end = *start + kMaxSpan;
  if (*start > *end) {
    throw messages::error<"open311.dates_reversed">("start_date");
  }
  if (*end - *start > kMaxSpan) {
    throw messages::error<"open311.dates_too_far_apart">("end_date");
  }
  // Day d qualifies when start <= start_of_day(d) <= end.
  std::int64_t first = floor_div(*start + kVietnamOffset + kDay - 1, kDay);
  std::int64_t last = floor_div(*end + kVietnamOffset, kDay);
  return DayRange{day_of(first), day_of(last)};
}

}  // namespace sen::open311
