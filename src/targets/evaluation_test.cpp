#include "targets/evaluation.hpp"

#include <gtest/gtest.h>

namespace sen::targets {
namespace {

Indicator indicator(int decimals = 1, Direction direction = Direction::higher) {
  Indicator i;
  i.code = "X";
  i.decimals = decimals;
  i.direction = direction;
  return i;
}

Target target(std::string comparator, double value, std::optional<double> to = std::nullopt) {
  Target t;
  t.comparator = std::move(comparator);
  t.value = value;
  t.value_to = to;
  return t;
}

Status status(const Target& t, double actual, const Indicator& i = indicator()) {
  return evaluate(t, i, actual, std::nullopt).status;
}

TEST(Evaluation, BudgetRevenueOf2022Exceeds) {
  // 1.172,5 tỷ đồng = 152% of the province-assigned plan.
  auto e = evaluate(target(">=", 771.4), indicator(1), 1172.5, std::nullopt);
  EXPECT_EQ(e.status, Status::exceeded);
  EXPECT_NEAR(*e.achievement_pct, 152.0, 0.05);
}

TEST(Evaluation, AchievementIsAgainstThePlanFigureWhenThereIsOne) {
  // Disbursement 548.291 of a plan of 607.862 triệu đồng; the target asked for 90% of the plan.
  auto e = evaluate(target(">=", 547075.8), indicator(0), 548291, 607862);
  EXPECT_EQ(e.status, Status::exceeded);
  EXPECT_NEAR(*e.achievement_pct, 90.2, 0.05);
}

TEST(Evaluation, StrictTargetIsNotMetByItsBoundary) {
  EXPECT_EQ(status(target(">", 120), 120, indicator(0)), Status::not_met);
  EXPECT_EQ(status(target(">", 120), 121, indicator(0)), Status::exceeded);
  EXPECT_EQ(status(target(">=", 120), 120, indicator(0)), Status::met);
  EXPECT_EQ(status(target(">=", 120), 119, indicator(0)), Status::not_met);
}

TEST(Evaluation, RoundingToTheIndicatorsDecimals) {
  EXPECT_EQ(status(target(">=", 11.5), 11.49, indicator(1)), Status::met);      // 11,5
  EXPECT_EQ(status(target(">=", 11.5), 11.44, indicator(1)), Status::not_met);  // 11,4
}

TEST(Evaluation, LowerIsBetterIsJudgedTheOtherWayRound) {
  auto poverty = indicator(2, Direction::lower);
  EXPECT_EQ(status(target("<=", 2.0), 1.5, poverty), Status::exceeded);
  EXPECT_EQ(status(target("<=", 2.0), 2.0, poverty), Status::met);
  EXPECT_EQ(status(target("<=", 2.0), 2.5, poverty), Status::not_met);
  EXPECT_EQ(status(target("<", 2.0), 2.0, poverty), Status::not_met);
  auto e = evaluate(target("<=", 2.0), poverty, 1.6, std::nullopt);
  EXPECT_NEAR(*e.achievement_pct, 125.0, 1e-9);
}

TEST(Evaluation, EqualityAndRanges) {
  EXPECT_EQ(status(target("=", 100), 100), Status::met);
  EXPECT_EQ(status(target("=", 100), 101), Status::not_met);
  EXPECT_EQ(status(target("between", 5, 7), 6), Status::met);
  EXPECT_EQ(status(target("between", 5, 7), 7.2), Status::not_met);
  EXPECT_FALSE(evaluate(target("between", 5, 7), indicator(), 6, std::nullopt).achievement_pct);
}

TEST(Evaluation, NoActualIsNoData) {
  auto e = evaluate(target(">", 120), indicator(), std::nullopt, std::nullopt);
  EXPECT_EQ(e.status, Status::no_data);
  EXPECT_FALSE(e.achievement_pct);
}

TEST(Evaluation, VintagesRankOfficialFirst) {
  EXPECT_GT(vintage_rank(Vintage::official), vintage_rank(Vintage::preliminary));
  EXPECT_GT(vintage_rank(Vintage::preliminary), vintage_rank(Vintage::estimate));
  EXPECT_GT(vintage_rank(Vintage::estimate), vintage_rank(Vintage::plan));
  EXPECT_EQ(vintage_rank(Vintage::plan), 0);
}

TEST(Evaluation, DescribesTargetsInVietnamese) {
  EXPECT_EQ(describe_target_vi(target(">=", 1039), 1), "≥ 1.039");
  EXPECT_EQ(describe_target_vi(target(">", 63.5), 1), "> 63,5");
  EXPECT_EQ(describe_target_vi(target("between", 5, 7), 0), "từ 5 đến 7");
}

}  // namespace
}  // namespace sen::targets
