#include "base/date.hpp"

#include <gtest/gtest.h>

namespace sen {
namespace {

TEST(Date, ParsesAndFormatsIso) {
  auto d = Date::parse("2022-12-27");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->year(), 2022);
  EXPECT_EQ(d->month(), 12u);
  EXPECT_EQ(d->day(), 27u);
  EXPECT_EQ(d->iso(), "2022-12-27");
  EXPECT_EQ(d->vietnamese(), "27/12/2022");
}

TEST(Date, RefusesDaysThatDoNotExist) {
  EXPECT_FALSE(Date::parse("2023-02-29"));
  EXPECT_TRUE(Date::parse("2024-02-29"));
  EXPECT_FALSE(Date::parse("2023-13-01"));
  EXPECT_FALSE(Date::parse("2023-1-01"));
  EXPECT_FALSE(Date::parse("27/12/2022"));
  EXPECT_FALSE(Date::parse("2022-12-2x"));
  EXPECT_THROW(Date::from_ymd(2023, 2, 29), std::invalid_argument);
}

TEST(Date, Arithmetic) {
  auto d = Date::from_ymd(2025, 6, 30);
  EXPECT_EQ(d.plus_days(1).iso(), "2025-07-01");
  EXPECT_EQ(d.plus_days(-365).iso(), "2024-06-30");
  EXPECT_EQ(d.days_until(Date::from_ymd(2025, 7, 2)), 2);
  EXPECT_LT(d, d.plus_days(1));
}

TEST(Date, Weekday) {
  EXPECT_EQ(Date::from_ymd(2026, 8, 22).weekday(), 6u);   // Saturday
  EXPECT_EQ(Date::from_ymd(2022, 12, 27).weekday(), 2u);  // Tuesday
}

}  // namespace
}  // namespace sen

namespace sen {
namespace {

TEST(Date, PlusMonthsKeepsTheDayOrTakesTheMonthsLast) {
  auto d = [](const char* iso) { return Date::parse(iso).value(); };
  EXPECT_EQ(d("2023-01-31").plus_months(1), d("2023-02-28"));
  EXPECT_EQ(d("2024-01-31").plus_months(1), d("2024-02-29"));
  EXPECT_EQ(d("2022-03-15").plus_months(12), d("2023-03-15"));
  EXPECT_EQ(d("2022-03-15").plus_months(-3), d("2021-12-15"));
  EXPECT_EQ(d("2017-06-30").plus_months(60), d("2022-06-30"));
}

}  // namespace
}  // namespace sen
