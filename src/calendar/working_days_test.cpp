#include "calendar/working_days.hpp"

#include <gtest/gtest.h>

#include "base/csv.hpp"
#include "base/embedded.hpp"
#include "calendar/deadlines.hpp"

namespace sen::calendar {
namespace {

Date d(const char* iso) { return Date::parse(iso).value(); }

// The calendar with the shipped yearly decisions.
WorkingCalendar shipped() {
  std::vector<Decision> decisions;
  for (const auto& r : csv::parse(embedded_file("data/reference/holidays-vn.csv"))) {
    if (r.fields[0] == "from") continue;
    decisions.push_back({d(r.fields[0].c_str()), d(r.fields[1].c_str()), r.fields[2], r.fields[3], r.fields[4]});
  }
  return WorkingCalendar({0, 6}, decisions);
}

TEST(WorkingDays, TheShippedDecisionsAreDaysOff) {
  auto cal = shipped();
  for (Date x = d("2026-02-14"); x <= d("2026-02-22"); x = x.plus_days(1)) EXPECT_FALSE(cal.is_working_day(x)) << x.iso();
  EXPECT_TRUE(cal.is_working_day(d("2026-02-23")));
  EXPECT_FALSE(cal.is_working_day(d("2025-05-02")));  // Friday off, exchanged…
  EXPECT_TRUE(cal.is_working_day(d("2025-04-26")));   // …for Saturday 26 April worked
}

TEST(WorkingDays, AddingThreeWorkingDaysTo20August2026CountsSaturday22Worked) {
  auto cal = shipped();
  EXPECT_TRUE(cal.is_working_day(d("2026-08-22")));
  // Fri 21, Sat 22 (worked), Mon 24.
  EXPECT_EQ(cal.add_working_days(d("2026-08-20"), 3).iso(), "2026-08-24");
  // National Day 2026: 29/8–2/9 off.
  EXPECT_EQ(cal.add_working_days(d("2026-08-27"), 2).iso(), "2026-09-03");
}

TEST(WorkingDays, AHolidayOnASundayGivesMondayOff) {
  auto cal = shipped();
  // Hùng Kings' day 2026 is Sunday 26 April (10/3 âm lịch); no decision for it is shipped.
  EXPECT_FALSE(cal.is_working_day(d("2026-04-26")));
  EXPECT_FALSE(cal.is_working_day(d("2026-04-27")));
  auto year = cal.year(2026);
  auto it = std::find_if(year.begin(), year.end(), [](const DayOff& x) { return x.date == Date::from_ymd(2026, 4, 27); });
  ASSERT_NE(it, year.end());
  EXPECT_EQ(it->kind, "compensatory");
  EXPECT_TRUE(cal.is_working_day(d("2026-04-28")));
}

TEST(WorkingDays, RuleHolidaysWithoutDecisions) {
  WorkingCalendar cal({0, 6}, {});
  EXPECT_FALSE(cal.is_working_day(d("2030-01-01")));
  EXPECT_FALSE(cal.is_working_day(d("2030-04-30")));
  EXPECT_FALSE(cal.is_working_day(d("2030-09-02")));
  // Tết 2030 (Canh Tuất) is 3 February: 2–6 February off.
  EXPECT_FALSE(cal.is_working_day(d("2030-02-02")));
  EXPECT_FALSE(cal.is_working_day(d("2030-02-06")));
  EXPECT_EQ(cal.working_days_between(d("2030-01-01"), d("2030-01-07")), 4);
}

TEST(WorkingDays, RestDaysAreConfiguration) {
  WorkingCalendar sundays_only({0}, {});
  EXPECT_TRUE(sundays_only.is_working_day(d("2030-03-02")));  // a Saturday
  WorkingCalendar usual({0, 6}, {});
  EXPECT_FALSE(usual.is_working_day(d("2030-03-02")));
}

TEST(Deadlines, CountingFollowsTheCivilCode) {
  auto cal = shipped();
  DeadlineRule ten_working{"letter_processing", "base", "", "received", 10, "working_days", d("2021-01-01"), {}, ""};
  // Received Friday 6 Feb 2026: 9–13 Feb are five working days, Tết (14–22 Feb) none, then
  // 23–27 Feb the other five.
  EXPECT_EQ(due_date(cal, ten_working, d("2026-02-06")).iso(), "2026-02-27");
  DeadlineRule ten_days{"complaint_acceptance", "base", "", "received", 10, "calendar_days", d("2012-07-01"), {}, ""};
  // 10 days after Thu 5 Nov 2026 is Sun 15 Nov: the period ends on Monday 16.
  EXPECT_EQ(due_date(cal, ten_days, d("2026-11-05")).iso(), "2026-11-16");
  // Ending in Tết, it runs to the first working day after it.
  EXPECT_EQ(due_date(cal, ten_days, d("2026-02-08")).iso(), "2026-02-23");
}

}  // namespace
}  // namespace sen::calendar
