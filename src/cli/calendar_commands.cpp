#include "cli/calendar_commands.hpp"

#include <cstdio>
#include <stdexcept>

#include "calendar/calendar.hpp"
#include "calendar/lunar.hpp"
#include "cli/database.hpp"
#include "db/database.hpp"

namespace sen::cli {

namespace {

// A date argument; whether the calendar answers for it is checked by the calendar's functions,
// as for the API.
Date date_argument(const std::string& text) {
  auto d = Date::parse(text);
  if (!d) throw std::invalid_argument("'" + text + "' is not a date as YYYY-MM-DD");
  return *d;
}

const char* weekday_vi(unsigned w) {
  static const char* names[] = {"Chủ nhật", "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy"};
  return names[w % 7];
}

template <class F>
auto read(const std::string& db, F f) {
  auto database = open_database(db);
  return database->read(f);
}

void print_lunar(Date solar) {
  auto l = calendar::lunar_date(solar);
  std::printf("%s (%s) = ngày %d tháng %d%s năm %s (%d), tháng %s\n", solar.vietnamese().c_str(),
              weekday_vi(solar.weekday()), l.day, l.month, l.leap ? " nhuận" : "", calendar::year_name(l.year).c_str(),
              l.year, l.month_days == 30 ? "đủ (30 ngày)" : "thiếu (29 ngày)");
}

}  // namespace

int calendar_lunar(const std::string& date) {
  print_lunar(date_argument(date));
  return 0;
}

int calendar_solar(int year, int month, int day, bool leap) {
  print_lunar(calendar::solar_date(year, month, day, leap));
  return 0;
}

int calendar_holidays(const std::string& db, int year) {
  auto days = read(db, [&](db::Connection& c) { return calendar::days_off(c, year); });
  for (const auto& d : days) {
    std::printf("%s  %-9s %-12s %s\n", d.date.vietnamese().c_str(), weekday_vi(d.date.weekday()), d.kind.c_str(),
                d.name.c_str());
  }
  return 0;
}

int calendar_working_days(const std::string& db, const std::string& from, const std::string& to) {
  Date a = date_argument(from), b = date_argument(to);
  int n = read(db, [&](db::Connection& c) { return calendar::working_days(c, a, b); });
  std::printf("%d ngày làm việc từ %s đến %s\n", n, a.vietnamese().c_str(), b.vietnamese().c_str());
  return 0;
}

int calendar_add_working_days(const std::string& db, const std::string& from, int days) {
  Date a = date_argument(from);
  Date due = read(db, [&](db::Connection& c) { return calendar::add_working_days(c, a, days); });
  std::printf("%s (%s): %d ngày làm việc sau %s\n", due.vietnamese().c_str(), weekday_vi(due.weekday()), days,
              a.vietnamese().c_str());
  return 0;
}

int calendar_deadline(const std::string& db, const std::string& rule, const std::string& start,
                      const std::string& variant) {
  Date event = date_argument(start);
  auto due = read(db, [&](db::Connection& c) { return calendar::deadline(c, rule, variant, event); });
  std::printf("Hạn: %s (%s)\n%s: %d %s, tính từ ngày sau %s (%s)\nCăn cứ: %s\n", due.date.vietnamese().c_str(),
              weekday_vi(due.date.weekday()), due.rule.name.c_str(), due.rule.limit,
              due.rule.basis == calendar::DeadlineBasis::working_days ? "ngày làm việc" : "ngày",
              event.vietnamese().c_str(), due.rule.event.c_str(), due.rule.source.c_str());
  return 0;
}

}  // namespace sen::cli
