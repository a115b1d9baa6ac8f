#include "calendar/working_days.hpp"

#include <gtest/gtest.h>

#include <type_traits>

#include "base/csv.hpp"
#include "base/embedded.hpp"
#include "calendar/calendar.hpp"
#include "calendar/deadlines.hpp"

namespace sen::calendar {
namespace {

Date d(const char* iso) {
  return Date::parse(iso).value();
}
Date d(const std::string& iso) {
  return Date::parse(iso).value();
}

std::vector<Decision> shipped_decisions() {
  std::vector<Decision> out;
  for (const auto& r : csv::read_table(embedded_file("data/reference/holidays-vn.csv"), "holidays-vn.csv")) {
    out.push_back({d(r.at("from")), d(r.at("to")), model::enum_from_text<DayKind>(r.at("kind")).value(), r.at("name"),
                   r.at("source")});
  }
  return out;
}

// The calendar with the shipped holiday rules and yearly decisions.
WorkingCalendar shipped() {
  return WorkingCalendar({0, 6}, holiday_rules(), shipped_decisions());
}

// The Labour Code's holidays alone, without any yearly decision.
WorkingCalendar labour_code_only() {
  return WorkingCalendar({0, 6}, holiday_rules(), {});
}

// The rules of the Labour Code 2019 as if in force since 1900, to exercise the rule in any year.
WorkingCalendar code_2019_since_1900() {
  std::vector<HolidayRule> rules;
  for (auto r : holiday_rules()) {
    if (r.valid_to) continue;
    r.valid_from = d("1900-01-31");
    rules.push_back(r);
  }
  return WorkingCalendar({0, 6}, rules, {});
}

// A pointer into `days`: never into a temporary, which would be gone before it is read.
const DayOff* find(const std::vector<DayOff>& days, const char* iso) {
  for (const auto& x : days) {
    if (x.date == d(iso)) return &x;
  }
  return nullptr;
}
const DayOff* find(std::vector<DayOff>&& days, const char* iso) = delete;

TEST(WorkingDays, TheComputedDaysOffOf2013To2026AreTheOfficialSchedules) {
  auto cal = shipped();
  std::map<Date, std::string> off, worked;
  for (const auto& r :
       csv::read_table(embedded_file("data/reference/official-days-off.csv"), "official-days-off.csv")) {
    for (Date x = d(r.at("from")); x <= d(r.at("to")); x = x.plus_days(1)) {
      (r.at("kind") == "working_day" ? worked : off)[x] = r.at("year") + " " + r.at("occasion");
    }
  }
  ASSERT_GT(off.size(), 200u);
  int wrong = 0;
  for (Date x = d("2013-01-01"); x <= d("2026-12-31"); x = x.plus_days(1)) {
    bool rest = x.weekday() == 0 || x.weekday() == 6;
    bool expected = worked.count(x) > 0 || (!rest && off.count(x) == 0);
    if (cal.is_working_day(x) != expected && ++wrong <= 20) {
      std::string why = off.count(x) ? off[x] : worked.count(x) ? worked[x] : "an ordinary day";
      ADD_FAILURE() << x.iso() << " should be " << (expected ? "worked" : "off") << " (" << why << ")";
    }
  }
  EXPECT_EQ(wrong, 0);
}

TEST(WorkingDays, EachHolidayOnARestDayGetsItsOwnCompensatoryDay) {
  // 2023: Hùng Kings' day on Saturday 29/4, Reunification Day on Sunday 30/4, then 1/5: 2/5 and
  // 3/5 are off — with no decision, from the Labour Code alone.
  auto year = labour_code_only().days_off(2023);
  const DayOff* second = find(year, "2023-05-02");
  const DayOff* third = find(year, "2023-05-03");
  ASSERT_NE(second, nullptr);
  ASSERT_NE(third, nullptr);
  EXPECT_EQ(second->kind, "compensatory");
  EXPECT_EQ(second->name, "Nghỉ bù: Giỗ Tổ Hùng Vương (10/3 âm lịch) ngày 29/04/2023 trùng ngày nghỉ hằng tuần");
  EXPECT_EQ(second->source, "Bộ luật Lao động 2019, Điều 111 khoản 3");
  EXPECT_EQ(third->kind, "compensatory");
  EXPECT_EQ(third->name, "Nghỉ bù: Ngày Chiến thắng 30/4 ngày 30/04/2023 trùng ngày nghỉ hằng tuần");
  EXPECT_TRUE(labour_code_only().is_working_day(d("2023-05-04")));
}

TEST(WorkingDays, ACompensatoryDayIsNotLostToALaterHoliday) {
  // Hùng Kings' day on Sunday 29/4/1928 (then 30/4 and 1/5): its day off is Wednesday 2/5.
  auto old = code_2019_since_1900();
  EXPECT_FALSE(old.is_working_day(d("1928-05-02")));
  EXPECT_TRUE(old.is_working_day(d("1928-05-03")));
  // Saturday 28/4/2091 likewise, under the Labour Code 2019 as shipped.
  auto cal = labour_code_only();
  EXPECT_FALSE(cal.is_working_day(d("2091-05-02")));
  auto y2091 = cal.days_off(2091);
  EXPECT_EQ(find(y2091, "2091-05-02")->kind, "compensatory");
  EXPECT_TRUE(cal.is_working_day(d("2091-05-03")));
}

TEST(WorkingDays, TheLabourCodeInForceOnEachDay) {
  auto cal = labour_code_only();
  // Labour Code 1994 until 30/4/2013: Tết is four days — Saturday 9/2/2013, the last day of the
  // old year, and 10–12/2 — so Saturday 9 and Sunday 10 give 13 and 14/2, and Friday 15 is worked.
  EXPECT_FALSE(cal.is_working_day(d("2013-02-14")));
  EXPECT_TRUE(cal.is_working_day(d("2013-02-15")));
  // Labour Code 2012: National Day is 2 September alone (Monday 2/9/2019; Tuesday 3/9 worked).
  EXPECT_FALSE(cal.is_working_day(d("2019-09-02")));
  EXPECT_TRUE(cal.is_working_day(d("2019-09-03")));
  // Labour Code 2019: 2 September and the day beside it (the day after until the Prime Minister
  // decides): Tuesday 2/9/2031 and Wednesday 3/9.
  EXPECT_FALSE(cal.is_working_day(d("2031-09-03")));
  auto y2031 = cal.days_off(2031);
  EXPECT_EQ(find(y2031, "2031-09-03")->source.rfind("Bộ luật Lao động 2019, Điều 112", 0), 0u);
}

TEST(WorkingDays, TheShippedDecisionsAreDaysOff) {
  auto cal = shipped();
  for (Date x = d("2026-02-14"); x <= d("2026-02-22"); x = x.plus_days(1))
    EXPECT_FALSE(cal.is_working_day(x)) << x.iso();
  EXPECT_TRUE(cal.is_working_day(d("2026-02-23")));
  EXPECT_FALSE(cal.is_working_day(d("2025-05-02")));  // Friday off, exchanged…
  EXPECT_TRUE(cal.is_working_day(d("2025-04-26")));   // …for Saturday 26 April worked
  // 31/12/2018 off, Saturday 5/1/2019 worked.
  EXPECT_FALSE(cal.is_working_day(d("2018-12-31")));
  EXPECT_TRUE(cal.is_working_day(d("2019-01-05")));
  auto y2019 = cal.days_off(2019);
  EXPECT_EQ(find(y2019, "2019-01-05")->kind, "working_day");
}

TEST(WorkingDays, AddingThreeWorkingDaysTo20August2026CountsSaturday22Worked) {
  auto cal = shipped();
  EXPECT_TRUE(cal.is_working_day(d("2026-08-22")));
  // Fri 21, Sat 22 (worked), Mon 24.
  EXPECT_EQ(cal.add_working_days(d("2026-08-20"), 3), d("2026-08-24"));
  // National Day 2026: 29/8–2/9 off.
  EXPECT_EQ(cal.add_working_days(d("2026-08-27"), 2), d("2026-09-03"));
}

TEST(WorkingDays, AHolidayOnASundayGivesMondayOff) {
  auto cal = shipped();
  // Hùng Kings' day 2026 is Sunday 26 April (10/3 âm lịch); no decision for it is shipped.
  EXPECT_FALSE(cal.is_working_day(d("2026-04-26")));
  EXPECT_FALSE(cal.is_working_day(d("2026-04-27")));
  auto y2026 = cal.days_off(2026);
  const DayOff* monday = find(y2026, "2026-04-27");
  ASSERT_NE(monday, nullptr);
  EXPECT_EQ(monday->kind, "compensatory");
  EXPECT_TRUE(cal.is_working_day(d("2026-04-28")));
}

TEST(WorkingDays, RuleHolidaysWithoutDecisions) {
  auto cal = labour_code_only();
  EXPECT_FALSE(cal.is_working_day(d("2030-01-01")));
  EXPECT_FALSE(cal.is_working_day(d("2030-04-30")));
  EXPECT_FALSE(cal.is_working_day(d("2030-09-02")));
  // Tết 2030 (Canh Tuất) is Saturday 2 February: 1–5 February, and Saturday 2 and Sunday 3 give
  // Wednesday 6 and Thursday 7; Friday 8 is worked.
  EXPECT_FALSE(cal.is_working_day(d("2030-02-01")));
  EXPECT_FALSE(cal.is_working_day(d("2030-02-07")));
  EXPECT_TRUE(cal.is_working_day(d("2030-02-08")));
  EXPECT_EQ(cal.working_days_between(d("2030-01-01"), d("2030-01-07")), 4);
}

TEST(WorkingDays, TheHolidayRulesNameTheirCalendar) {
  for (const auto& r : holiday_rules()) {
    bool lunar = r.holiday == "tet" || r.holiday == "hung_kings";
    EXPECT_EQ(r.calendar, lunar ? CalendarKind::lunar : CalendarKind::solar) << r.holiday;
  }
}

TEST(WorkingDays, RestDaysAreConfiguration) {
  WorkingCalendar sundays_only({0}, holiday_rules(), {});
  EXPECT_TRUE(sundays_only.is_working_day(d("2030-03-02")));  // a Saturday
  EXPECT_FALSE(labour_code_only().is_working_day(d("2030-03-02")));
}

TEST(WorkingDays, TheCalendarAnswersWithinItsSpanOnly) {
  auto cal = shipped();
  EXPECT_EQ(cal.span().first, d("2012-01-01"));
  EXPECT_EQ(cal.span().last, d("2100-12-31"));
  EXPECT_THROW(cal.is_working_day(d("2011-12-31")), Error);
  EXPECT_THROW(cal.is_working_day(d("2101-01-01")), Error);
  EXPECT_EQ(cal.add_working_days(d("2100-12-20"), 30), std::nullopt);
  EXPECT_EQ(cal.add_working_days(d("2100-12-20"), 5), d("2100-12-27"));
  EXPECT_EQ(cal.next_working_day(d("2100-12-31")), d("2100-12-31"));  // a Friday
}

// A year's days off are a copy, never a view into a calendar that may be a temporary.
static_assert(!std::is_reference_v<decltype(std::declval<WorkingCalendar>().days_off(2023))>);
static_assert(!std::is_reference_v<decltype(std::declval<WorkingCalendar>().span())>);

TEST(Deadlines, CountingFollowsTheCivilCode) {
  auto cal = shipped();
  DeadlineRule ten_working{"letter_processing",         "base",          "", "received", 10,
                           DeadlineBasis::working_days, d("2021-01-01"), {}, ""};
  // Received Friday 6 Feb 2026: 9–13 Feb are five working days, Tết (14–22 Feb) none, then
  // 23–27 Feb the other five.
  EXPECT_EQ(due_date(cal, ten_working, d("2026-02-06")), d("2026-02-27"));
  DeadlineRule ten_days{"complaint_acceptance",       "base",          "", "received", 10,
                        DeadlineBasis::calendar_days, d("2012-07-01"), {}, ""};
  // 10 days after Thu 5 Nov 2026 is Sun 15 Nov: the period ends on Monday 16.
  EXPECT_EQ(due_date(cal, ten_days, d("2026-11-05")), d("2026-11-16"));
  // Ending in Tết, it runs to the first working day after it.
  EXPECT_EQ(due_date(cal, ten_days, d("2026-02-08")), d("2026-02-23"));
  // Ten working days after Monday 24/4/2023: four that week, none from 29/4 to 3/5 (Hùng Kings'
  // day, 30/4, 1/5 and both compensatory days), then 4/5 to 11/5.
  EXPECT_EQ(due_date(cal, ten_working, d("2023-04-24")), d("2023-05-11"));
  // A period that ends past the calendar's last day has no due date.
  EXPECT_EQ(due_date(cal, ten_days, d("2100-12-25")), std::nullopt);
}

}  // namespace
}  // namespace sen::calendar
