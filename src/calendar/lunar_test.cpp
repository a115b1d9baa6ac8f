#include "calendar/lunar.hpp"

#include <gtest/gtest.h>

#include "base/csv.hpp"
#include "base/embedded.hpp"

namespace sen::calendar {
namespace {

Date d(const char* iso) {
  return Date::parse(iso).value();
}

TEST(Lunar, ReferenceVectors) {
  auto rows = csv::parse(embedded_file("data/reference/lunar-vectors.csv"));
  ASSERT_GT(rows.size(), 20u);
  for (const auto& r : rows) {
    if (r.fields[0] == "solar_date") continue;
    auto l = to_lunar(d(r.fields[0].c_str()));
    EXPECT_EQ(l.day, std::stoi(r.fields[1])) << r.fields[0] << " " << r.fields[5];
    EXPECT_EQ(l.month, std::stoi(r.fields[2])) << r.fields[0];
    EXPECT_EQ(l.year, std::stoi(r.fields[3])) << r.fields[0];
    EXPECT_EQ(l.leap, r.fields[4] == "1") << r.fields[0];
  }
}

TEST(Lunar, TheThirtiethDayOfTheTwelfthMonthOf2023) {
  auto l = to_lunar(d("2024-02-09"));
  EXPECT_EQ(l.day, 30);
  EXPECT_EQ(l.month, 12);
  EXPECT_EQ(l.year, 2023);
  EXPECT_EQ(l.month_days, 30);
  EXPECT_FALSE(l.leap);
}

TEST(Lunar, YearsInWhichVietnamsTetDiffersFromChinas) {
  // UTC+7 against China's UTC+8: Tết 1985 a month apart, 1968 and 2007 a day apart.
  for (const char* tet : {"1985-01-21", "1968-01-29", "2007-02-17"}) {
    auto l = to_lunar(d(tet));
    EXPECT_EQ(l.day, 1) << tet;
    EXPECT_EQ(l.month, 1) << tet;
    EXPECT_FALSE(l.leap) << tet;
  }
  EXPECT_EQ(to_lunar(d("1985-02-20")).month, 2);
  EXPECT_EQ(to_lunar(d("2007-02-18")).day, 2);
}

TEST(Lunar, LeapMonths) {
  EXPECT_TRUE(to_lunar(d("2023-03-22")).leap);  // leap 2nd month of 2023
  EXPECT_EQ(to_solar(2023, 2, 1, true), d("2023-03-22"));
  EXPECT_EQ(to_solar(2023, 2, 1, false), d("2023-02-20"));
  EXPECT_FALSE(to_solar(2024, 2, 1, true));     // 2024 has no leap month
  EXPECT_TRUE(to_lunar(d("2020-05-23")).leap);  // leap 4th month of 2020
  EXPECT_EQ(to_lunar(d("2020-05-23")).month, 4);
}

TEST(Lunar, MonthsHave29Or30DaysAndTheThirtiethMustExist) {
  auto l = to_lunar(d("2023-01-22"));
  EXPECT_TRUE(l.month_days == 29 || l.month_days == 30);
  int count = 0;
  for (Date x = d("2023-01-01"); x <= d("2023-12-31"); x = x.plus_days(1)) {
    auto m = to_lunar(x);
    EXPECT_TRUE(m.month_days == 29 || m.month_days == 30);
    if (m.day == 30) ++count;
  }
  EXPECT_GT(count, 3);
  // A short month has no 30th day.
  for (Date x = d("2023-01-22");; x = x.plus_days(30)) {
    auto m = to_lunar(x);
    if (m.month_days == 29) {
      EXPECT_FALSE(to_solar(m.year, m.month, 30, m.leap));
      EXPECT_TRUE(to_solar(m.year, m.month, 29, m.leap));
      break;
    }
  }
}

TEST(Lunar, SolarToLunarToSolarIsTheIdentityFrom1900To2100) {
  for (Date x = d("1900-01-31"); x <= d("2100-12-31"); x = x.plus_days(1)) {
    auto l = to_lunar(x);
    auto back = to_solar(l.year, l.month, l.day, l.leap);
    ASSERT_TRUE(back.has_value()) << x.iso();
    ASSERT_EQ(*back, x) << x.iso() << " → " << l.day << "/" << l.month << "/" << l.year << (l.leap ? " nhuận" : "");
  }
}

TEST(Lunar, YearNames) {
  EXPECT_EQ(year_name(2023), "Quý Mão");
  EXPECT_EQ(year_name(2026), "Bính Ngọ");
  EXPECT_EQ(year_name(1968), "Mậu Thân");
}

}  // namespace
}  // namespace sen::calendar
