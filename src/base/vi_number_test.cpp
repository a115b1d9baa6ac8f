#include "base/vi_number.hpp"

#include <gtest/gtest.h>

namespace sen {
namespace {

TEST(ViNumber, FormatsTheReportsFigures) {
  EXPECT_EQ(format_vi(1172.5, 1), "1.172,5");
  EXPECT_EQ(format_vi(548291, 0), "548.291");
  EXPECT_EQ(format_vi(11.67, 2), "11,67");
  EXPECT_EQ(format_vi(152.0, 1), "152");
  EXPECT_EQ(format_vi(152.0, 1, true), "152,0");
  EXPECT_EQ(format_vi(90.2047, 1), "90,2");
  EXPECT_EQ(format_vi(23000, 0), "23.000");
  EXPECT_EQ(format_vi(-1234567.891, 2), "-1.234.567,89");
  EXPECT_EQ(format_vi(0.0, 2), "0");
  EXPECT_EQ(format_vi(999.96, 1), "1.000");
}

TEST(ViNumber, ShowsTheDecimalsTheTextShows) {
  EXPECT_EQ(shown_decimals(50, 1), 0);
  EXPECT_EQ(shown_decimals(55.2, 1), 1);
  EXPECT_EQ(shown_decimals(1172.5, 2), 1);
  EXPECT_EQ(shown_decimals(11.67, 2), 2);
  EXPECT_EQ(shown_decimals(0.999, 2), 0);  // rounds to 1
}

TEST(ViNumber, ParsesVietnameseStrictly) {
  EXPECT_EQ(parse_number("1.172,5", NumberStyle::vietnamese), 1172.5);
  EXPECT_EQ(parse_number("548.291", NumberStyle::vietnamese), 548291);
  EXPECT_EQ(parse_number("11,67", NumberStyle::vietnamese), 11.67);
  EXPECT_EQ(parse_number("1172,5", NumberStyle::vietnamese), 1172.5);
  EXPECT_EQ(parse_number("-2,5", NumberStyle::vietnamese), -2.5);
  for (const char* bad : {"", "-", "1.172.5", "1,172.5", "1.17,5", "12.3456", ".5", "5,", "1 000", "abc", "1.000.00"}) {
    EXPECT_FALSE(parse_number(bad, NumberStyle::vietnamese)) << bad;
  }
}

TEST(ViNumber, ParsesPlain) {
  EXPECT_EQ(parse_number("1172.5", NumberStyle::plain), 1172.5);
  EXPECT_EQ(parse_number("548291", NumberStyle::plain), 548291);
  EXPECT_FALSE(parse_number("1.172,5", NumberStyle::plain));
  EXPECT_FALSE(parse_number("1,172.5", NumberStyle::plain));
  EXPECT_FALSE(parse_number("1e5", NumberStyle::plain));
}

}  // namespace
}  // namespace sen
