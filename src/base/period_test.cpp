#include "base/period.hpp"

#include <gtest/gtest.h>

namespace sen {
namespace {

Period p(const char* text) {
  return Period::parse(text).value();
}

TEST(Period, ParsesEveryFormAndPrintsItBack) {
  for (const char* text : {"2023", "2023-6M", "2023-9M", "2023-Q1", "2023-Q4", "2023-03", "2023-12"}) {
    EXPECT_EQ(p(text).code(), text);
  }
  for (const char* bad : {"", "23", "2023-", "2023-Q5", "2023-Q0", "2023-13", "2023-00", "2023-3", "2023-7M", "1899",
                          "2023-q1", "abcd"}) {
    EXPECT_FALSE(Period::parse(bad)) << bad;
  }
}

TEST(Period, CutoffWindowsOfDecree09) {
  auto month = p("2023-03").cutoff();
  EXPECT_EQ(month.first.iso(), "2023-02-15");
  EXPECT_EQ(month.last.iso(), "2023-03-14");
  auto january = p("2023-01").cutoff();
  EXPECT_EQ(january.first.iso(), "2022-12-15");
  EXPECT_EQ(january.last.iso(), "2023-01-14");
  auto year = p("2023").cutoff();
  EXPECT_EQ(year.first.iso(), "2022-12-15");
  EXPECT_EQ(year.last.iso(), "2023-12-14");
  EXPECT_EQ(p("2023-6M").cutoff().last.iso(), "2023-06-14");
  EXPECT_EQ(p("2023-9M").cutoff().last.iso(), "2023-09-14");
  auto q2 = p("2023-Q2").cutoff();
  EXPECT_EQ(q2.first.iso(), "2023-03-15");
  EXPECT_EQ(q2.last.iso(), "2023-06-14");
  EXPECT_EQ(p("2023-Q1").cutoff().first.iso(), "2022-12-15");
}

TEST(Period, CalendarDaysAndParts) {
  EXPECT_EQ(p("2024-02").days().last.iso(), "2024-02-29");
  EXPECT_EQ(p("2023-Q3").days().first.iso(), "2023-07-01");
  EXPECT_EQ(p("2023-9M").days().last.iso(), "2023-09-30");
  EXPECT_EQ(p("2023").parts().size(), 4u);
  EXPECT_EQ(p("2023-6M").parts().back().code(), "2023-Q2");
  EXPECT_EQ(p("2023-Q2").parts().front().code(), "2023-04");
  EXPECT_TRUE(p("2023-05").parts().empty());
  EXPECT_EQ(p("2023-Q2").same_period_previous_year().code(), "2022-Q2");
}

}  // namespace
}  // namespace sen
