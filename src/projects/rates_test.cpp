#include "projects/rates.hpp"

#include <gtest/gtest.h>

namespace sen::projects {
namespace {

Date d(const char* iso) {
  return Date::parse(iso).value();
}

Curve straight() {
  Curve c{};
  for (std::size_t i = 0; i < 12; ++i) c[i] = 8.0 * static_cast<double>(i + 1);  // 8% a month, 96% in December
  return c;
}

TEST(DisbursementRates, AgainstBothPlansWithEstimatesApart) {
  Ledger l;
  l.allocated = {{"city", 800}, {"oda", 200}};
  l.assigned = {{"city", 500}};
  l.add_payment("city", 0, DisbursementStatus::confirmed, 100);
  l.add_payment("oda", 5, DisbursementStatus::estimate, 50);
  l.add_payment("city", kAfterYear, DisbursementStatus::confirmed, 50);
  l.add_payment("city", 3, DisbursementStatus::cancelled, 70);  // counts nowhere
  EXPECT_EQ(l.paid().total(), 200);
  EXPECT_EQ(l.paid().estimate, 50);
  EXPECT_DOUBLE_EQ(*percent(l.paid().total(), l.allocated_total()), 20.0);
  EXPECT_DOUBLE_EQ(*percent(l.paid().total(), l.assigned_total()), 40.0);
  EXPECT_EQ(l.paid_through(1).total(), 100);
  EXPECT_EQ(l.paid_through(12).total(), 150);  // December: what was paid after the year is not in
  EXPECT_EQ(l.by_source.at("city").total(), 150);
  EXPECT_FALSE(percent(1, 0));
}

TEST(DisbursementRates, AddsLedgersTogether) {
  Ledger a, b;
  a.allocated = {{"city", 100}};
  b.allocated = {{"city", 50}, {"oda", 10}};
  b.add_payment("oda", 2, DisbursementStatus::confirmed, 5);
  b.illustrative = true;
  a += b;
  EXPECT_EQ(a.allocated_total(), 160);
  EXPECT_EQ(a.paid_through(3).confirmed, 5);
  EXPECT_TRUE(a.illustrative);
}

TEST(DisbursementRates, LaggingBehindTheCurveAtTheLastCompletedMonth) {
  Ledger l;
  l.allocated = {{"city", 1000}};
  l.add_payment("city", 0, DisbursementStatus::confirmed, 100);  // 10% in January
  EXPECT_FALSE(lag(l, straight(), 2023, d("2023-01-31")));       // January not over yet
  EXPECT_FALSE(lag(l, straight(), 2023, d("2023-02-10")));       // 10% ≥ 8%
  auto behind = lag(l, straight(), 2023, d("2023-03-05"));       // 10% < 16% at the end of February
  ASSERT_TRUE(behind);
  EXPECT_EQ(behind->month, 2u);
  EXPECT_DOUBLE_EQ(behind->expected_percent, 16.0);
  EXPECT_DOUBLE_EQ(behind->actual_percent, 10.0);
  EXPECT_EQ(lag(l, straight(), 2023, d("2025-01-01"))->month, 12u);
  Ledger no_plan;
  EXPECT_FALSE(lag(no_plan, straight(), 2023, d("2023-06-01")));
}

TEST(DisbursementRates, MoneyMeasures) {
  EXPECT_EQ(dong_per_unit("triệu đồng"), 1e6);
  EXPECT_EQ(dong_per_unit("tỷ đồng"), 1e9);
  EXPECT_EQ(dong_per_unit("%"), 0);
}

}  // namespace
}  // namespace sen::projects
