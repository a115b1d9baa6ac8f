#include "targets/actuals.hpp"

#include "targets/figures_fixture_test.hpp"

namespace sen::targets {
namespace {

// P has the children A and B.
class ActualsTest : public FiguresTest {
 protected:
  void SetUp() override {
    unit("P");
    unit("A", "P");
    unit("B", "P");
  }
};

TEST_F(ActualsTest, AYearIsTheSumOfItsQuartersOnlyWhenAllAreThere) {
  indicator("S", UnitAggregation::none, PeriodAggregation::sum);
  value("S", "P", "2023-Q1", 1);
  value("S", "P", "2023-Q2", 2);
  value("S", "P", "2023-Q3", 3);
  EXPECT_FALSE(actual("S", "P", "2023"));
  EXPECT_EQ(actual("S", "P", "2023-6M")->value, 3);
  EXPECT_EQ(actual("S", "P", "2023-6M")->derivation, "periods");
  value("S", "P", "2023-Q4", 4, Vintage::estimate);
  auto year = actual("S", "P", "2023");
  EXPECT_EQ(year->value, 10);
  EXPECT_EQ(year->vintage, Vintage::estimate);
}

TEST_F(ActualsTest, AQuarterFromMonthsAndLastForStocks) {
  indicator("L", UnitAggregation::none, PeriodAggregation::last);
  value("L", "P", "2023-10", 5);
  value("L", "P", "2023-11", 6);
  value("L", "P", "2023-12", 7);
  EXPECT_EQ(actual("L", "P", "2023-Q4")->value, 7);
  EXPECT_EQ(actual("L", "P", "2023")->value, 7);  // Q4 from its last month
}

TEST_F(ActualsTest, AnEnteredValueWinsOverARollUp) {
  indicator("S", UnitAggregation::sum, PeriodAggregation::sum);
  value("S", "A", "2023", 1);
  value("S", "B", "2023", 2);
  EXPECT_EQ(actual("S", "P", "2023")->value, 3);
  EXPECT_EQ(actual("S", "P", "2023")->derivation, "children");
  value("S", "P", "2023", 10);
  EXPECT_EQ(actual("S", "P", "2023")->value, 10);
  EXPECT_EQ(actual("S", "P", "2023")->derivation, "entered");
}

TEST_F(ActualsTest, AverageAndWeightedAverageOverChildren) {
  indicator("POP", UnitAggregation::sum, PeriodAggregation::last);
  indicator("AVG", UnitAggregation::average, PeriodAggregation::last);
  indicator("INC", UnitAggregation::weighted_average, PeriodAggregation::last, "POP");
  value("POP", "A", "2023", 1000);
  value("POP", "B", "2023", 3000);
  value("AVG", "A", "2023", 10);
  value("AVG", "B", "2023", 20);
  value("INC", "A", "2023", 40);
  value("INC", "B", "2023", 60);
  EXPECT_EQ(actual("AVG", "P", "2023")->value, 15);
  EXPECT_EQ(actual("INC", "P", "2023")->value, 55);  // (40×1000 + 60×3000) / 4000
  EXPECT_EQ(actual("POP", "P", "2023")->value, 4000);
}

TEST_F(ActualsTest, NoRollUpWhenAChildIsMissingOrAggregationIsNone) {
  indicator("S", UnitAggregation::sum, PeriodAggregation::sum);
  indicator("N", UnitAggregation::none, PeriodAggregation::sum);
  value("S", "A", "2023", 1);
  value("N", "A", "2023", 1);
  value("N", "B", "2023", 1);
  EXPECT_FALSE(actual("S", "P", "2023"));
  EXPECT_FALSE(actual("N", "P", "2023"));
}

}  // namespace
}  // namespace sen::targets
