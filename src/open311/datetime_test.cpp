#include "open311/datetime.hpp"

#include <gtest/gtest.h>

#include "base/error.hpp"

namespace sen::open311 {
namespace {

Date day(const char* iso) {
  return *Date::parse(iso);
}

TEST(W3cDateTime, ReadsEveryFormOfTheSameInstant) {
  const std::int64_t instant = 784041330;  // 1994-11-05T13:15:30Z
  EXPECT_EQ(parse_w3c("1994-11-05T13:15:30Z"), instant);
  EXPECT_EQ(parse_w3c("1994-11-05T08:15:30-05:00"), instant);
  EXPECT_EQ(parse_w3c("1994-11-05T20:15:30+07:00"), instant);
  EXPECT_EQ(parse_w3c("1994-11-05T20:15:30 07:00"), instant) << "a '+' decoded as a space";
  EXPECT_EQ(parse_w3c("1994-11-05T13:15:30.45Z"), instant);
  EXPECT_EQ(parse_w3c("1994-11-05T13:15Z"), instant - 30);
}

TEST(W3cDateTime, RefusesWhatIsNotAnInstant) {
  for (const char* bad :
       {"1994-11-05", "1994-11-05T13:15:30", "1994-11-05 13:15:30Z", "1994-02-30T00:00:00Z", "1994-11-05T24:00:00Z",
        "1994-11-05T13:15:30+7:00", "1994-11-05T13:15:30Zjunk", "1994-11-05T13:15:30.Z", "", "tomorrow"}) {
    EXPECT_FALSE(parse_w3c(bad).has_value()) << bad;
  }
}

TEST(W3cDateTime, WritesTheFirstAndLastSecondOfAVietnameseDay) {
  EXPECT_EQ(day_start_text(day("2026-11-27")), "2026-11-27T00:00:00+07:00");
  EXPECT_EQ(day_end_text(day("2026-11-27")), "2026-11-27T23:59:59+07:00");
  EXPECT_EQ(start_of_day(day("2026-07-01")), parse_w3c("2026-06-30T17:00:00Z"));
}

TEST(RequestDays, DefaultsToTheNinetyDaysUpToToday) {
  auto r = request_days(std::nullopt, std::nullopt, day("2026-11-27"));
  EXPECT_EQ(r.first, day("2026-08-30"));
  EXPECT_EQ(r.last, day("2026-11-27"));
  EXPECT_EQ(r.first.days_until(r.last), 89);
}

TEST(RequestDays, CoversTheDaysWhoseMidnightInVietnamLiesInTheWindow) {
  auto r = request_days("2026-07-01T00:00:00Z", "2026-08-01T00:00:00Z", day("2026-11-27"));
  EXPECT_EQ(r.first, day("2026-07-02")) << "1 July 00:00+07:00 is before 00:00Z";
  EXPECT_EQ(r.last, day("2026-08-01"));
  auto local = request_days("2026-07-01T00:00:00+07:00", "2026-07-31T23:59:59+07:00", day("2026-11-27"));
  EXPECT_EQ(local.first, day("2026-07-01"));
  EXPECT_EQ(local.last, day("2026-07-31"));
  auto from = request_days("2026-10-01T00:00:00+07:00", std::nullopt, day("2026-11-27"));
  EXPECT_EQ(from.last, day("2026-12-30"));
  auto until = request_days(std::nullopt, "2026-10-01T00:00:00+07:00", day("2026-11-27"));
  EXPECT_EQ(until.first, day("2026-07-03"));
}

TEST(RequestDays, RefusesMalformedReversedAndLongWindowsNamingTheField) {
  auto field_of = [](auto&& f) {
    try {
      f();
    } catch (const Error& e) {
      return e.field();
    }
    return std::string("no error");
  };
  Date today = day("2026-11-27");
  EXPECT_EQ(field_of([&] { request_days("2026-07-01", std::nullopt, today); }), "start_date");
  EXPECT_EQ(field_of([&] { request_days(std::nullopt, "yesterday", today); }), "end_date");
  EXPECT_EQ(field_of([&] { request_days("2026-08-01T00:00:00Z", "2026-07-01T00:00:00Z", today); }), "start_date");
  EXPECT_EQ(field_of([&] { request_days("2026-01-01T00:00:00Z", "2026-04-01T00:00:01Z", today); }), "end_date");
  EXPECT_EQ(field_of([&] { request_days("2026-01-01T00:00:00Z", "2026-04-01T00:00:00Z", today); }), "no error");
}

}  // namespace
}  // namespace sen::open311
