#include "extraction/quantity.hpp"

#include <gtest/gtest.h>

namespace sen::extraction {
namespace {

Quantity quantity(const std::string& text) {
  auto tokens = tokenize(text);
  auto q = read_quantity(tokens, 0);
  EXPECT_TRUE(q) << text;
  return q.value_or(Quantity{});
}

TEST(Quantity, MoneyInEveryScale) {
  EXPECT_DOUBLE_EQ(quantity("1.172,5 tỷ đồng").amount, 1172.5e9);
  EXPECT_DOUBLE_EQ(quantity("548.291 triệu đồng").amount, 548291e6);
  EXPECT_DOUBLE_EQ(quantity("5 tỷ 840 triệu đồng").amount, 5.84e9);
  EXPECT_DOUBLE_EQ(quantity("18,2 nghìn tỷ đồng").amount, 18.2e12);
  EXPECT_EQ(quantity("1.380 tỷ.").dimension, Dimension::money);
  EXPECT_EQ(quantity("1,1 tỷ USD").dimension, Dimension::foreign_money);
}

TEST(Quantity, CountsPercentagesAreasAndFractions) {
  auto trees = quantity("23.000 cây xanh các loại");
  EXPECT_EQ(trees.dimension, Dimension::count);
  EXPECT_DOUBLE_EQ(trees.amount, 23000);
  EXPECT_EQ(trees.noun, (std::vector<std::string>{"cay", "xanh"}));  // "các loại" is not what is counted
  EXPECT_DOUBLE_EQ(quantity("6,2 triệu cây").amount, 6.2e6);
  EXPECT_EQ(quantity("11,67%").dimension, Dimension::percent);
  EXPECT_EQ(quantity("0,9 điểm phần trăm").dimension, Dimension::points);
  EXPECT_DOUBLE_EQ(quantity("5.000 m2").amount, 0.5);
  auto part = quantity("6/8 tổ chức");
  EXPECT_DOUBLE_EQ(part.amount, 6);
  EXPECT_DOUBLE_EQ(*part.of, 8);
}

TEST(Quantity, NumbersThatStateNoFigure) {
  for (const char* text : {"27/12, Thành ủy", "06/11/2021 của", "36/2021/NQ-HĐND", "2023.", "6 tháng"}) {
    auto tokens = tokenize(text);
    EXPECT_FALSE(read_quantity(tokens, 0)) << text;
  }
}

TEST(Quantity, ConvertsOnlyWhatConverts) {
  auto ty = *measure_of("tỷ đồng");
  EXPECT_DOUBLE_EQ(*convert(quantity("169.706 triệu đồng"), ty, 1), 169.706);
  EXPECT_FALSE(convert(quantity("12 ha"), ty, 1));
  auto per_head = *measure_of("triệu đồng/người/năm");
  EXPECT_DOUBLE_EQ(*convert(quantity("68,4 triệu đồng/người/năm"), per_head, 1), 68.4);
  EXPECT_DOUBLE_EQ(*convert(quantity("60,2 triệu đồng/năm"), per_head, 1), 60.2);
  EXPECT_FALSE(convert(quantity("250 triệu đồng/ha/năm"), per_head, 1));
  EXPECT_DOUBLE_EQ(*convert(quantity("12/14 tổ dân phố"), *measure_of("%"), 1), 85.7);
}

}  // namespace
}  // namespace sen::extraction
