#include "reports/header.hpp"

#include <gtest/gtest.h>

namespace sen::reports {
namespace {

TEST(Header, DatesAreWrittenAsTheDecreeSays) {
  EXPECT_EQ(place_date("Hà Tĩnh", Date::from_ymd(2022, 12, 27)), "Hà Tĩnh, ngày 27 tháng 12 năm 2022");
  EXPECT_EQ(place_date("Hà Tĩnh", Date::from_ymd(2023, 1, 5)), "Hà Tĩnh, ngày 05 tháng 01 năm 2023");
  EXPECT_EQ(place_date("Thành Sen", Date::from_ymd(2025, 3, 9)), "Thành Sen, ngày 09 tháng 3 năm 2025");
}

TEST(Header, PeriodsReadAsInReports) {
  EXPECT_EQ(period_phrase(*Period::parse("2022")), "năm 2022");
  EXPECT_EQ(period_phrase(*Period::parse("2023-6M")), "6 tháng đầu năm 2023");
  EXPECT_EQ(period_phrase(*Period::parse("2023-9M")), "9 tháng năm 2023");
  EXPECT_EQ(period_phrase(*Period::parse("2023-Q3")), "quý III năm 2023");
  EXPECT_EQ(period_phrase(*Period::parse("2023-03")), "tháng 3 năm 2023");
}

}  // namespace
}  // namespace sen::reports
