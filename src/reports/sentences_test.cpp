#include "reports/sentences.hpp"

#include <gtest/gtest.h>

namespace sen::reports {
namespace {

targets::ScorecardItem item(const std::string& measure, const std::string& vintage, double actual, double target,
                            double pct, targets::Status status) {
  targets::ScorecardItem it;
  it.indicator.name = measure == "%" ? "Tỷ lệ hộ dùng nước sạch" : "Tổng thu ngân sách trên địa bàn";
  it.indicator.measure = measure;
  it.indicator.decimals = 1;
  it.target.comparator = ">=";
  it.target.value = target;
  it.actual = targets::Actual{actual, vintage, "entered", false, std::nullopt, {}};
  it.evaluation = {status, pct};
  return it;
}

TEST(Sentences, AnEstimateAgainstItsPlanReadsAsTheReport) {
  EXPECT_EQ(indicator_sentence(item("tỷ đồng", "estimate", 1172.5, 771.4, 152.0, targets::Status::exceeded)),
            "Tổng thu ngân sách trên địa bàn ước đạt 1.172,5 tỷ đồng, bằng 152% kế hoạch.");
  EXPECT_EQ(indicator_sentence(item("tỷ đồng", "official", 700, 771.4, 90.74, targets::Status::not_met)),
            "Tổng thu ngân sách trên địa bàn đạt 700 tỷ đồng, bằng 90,7% kế hoạch.");
}

TEST(Sentences, WhoSetThePlanIsNamedWhenRecorded) {
  auto it = item("tỷ đồng", "estimate", 1172.5, 771.4, 152.0, targets::Status::exceeded);
  it.target.assigned_by = "tỉnh giao";
  EXPECT_EQ(indicator_sentence(it),
            "Tổng thu ngân sách trên địa bàn ước đạt 1.172,5 tỷ đồng, bằng 152% kế hoạch tỉnh giao.");
}

TEST(Sentences, ARateIsComparedWithItsTarget) {
  EXPECT_EQ(indicator_sentence(item("%", "estimate", 98.6, 98, 100.6, targets::Status::exceeded)),
            "Tỷ lệ hộ dùng nước sạch ước đạt 98,6% (kế hoạch ≥ 98%), vượt kế hoạch.");
}

TEST(Sentences, NoFigureIsSaid) {
  auto it = item("%", "estimate", 0, 98, 0, targets::Status::no_data);
  it.actual.reset();
  EXPECT_EQ(indicator_sentence(it), "Tỷ lệ hộ dùng nước sạch: chưa có số liệu.");
}

}  // namespace
}  // namespace sen::reports
