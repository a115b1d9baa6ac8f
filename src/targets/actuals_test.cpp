#include "targets/actuals.hpp"

#include <fmt/format.h>

#include <stdexcept>

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

TEST_F(ActualsTest, OneIndicatorReadAloneGivesTheFiguresOfAllReadTogether) {
  indicator("POP", UnitAggregation::sum, PeriodAggregation::last);
  indicator("INC", UnitAggregation::weighted_average, PeriodAggregation::last, "POP");
  indicator("PAY", UnitAggregation::sum, PeriodAggregation::sum);
  indicator("PER_HEAD", UnitAggregation::none, PeriodAggregation::last, std::nullopt, "PAY / POP");
  indicator("OTHER", UnitAggregation::sum, PeriodAggregation::sum);
  for (const char* unit : {"A", "B"}) {
    value("POP", unit, "2023", unit[0] == 'A' ? 1000 : 3000);
    value("INC", unit, "2023", unit[0] == 'A' ? 40 : 60);
    for (int q = 1; q <= 4; ++q) value("PAY", unit, fmt::format("2023-Q{}", q), q * 100);
    value("OTHER", unit, "2023", 7);
  }
  db_->read([&](db::Connection& c) {
    auto year = Period::year_of(2023);
    for (const char* code : {"INC", "PER_HEAD"}) {
      ActualResolver alone(c);
      alone.only(code);
      for (const char* unit : {"P", "A", "B"}) {
        auto read_alone = alone.actual(code, unit, year);
        auto read_together = ActualResolver(c).actual(code, unit, year);
        ASSERT_TRUE(read_alone && read_together) << code << " " << unit;
        EXPECT_EQ(read_alone->value, read_together->value) << code << " " << unit;
        EXPECT_EQ(read_alone->derivation, read_together->derivation) << code << " " << unit;
      }
      EXPECT_THROW(alone.actual("OTHER", "P", year), std::logic_error);
      EXPECT_THROW(alone.plan_figure("OTHER", "P", year), std::logic_error);
    }
  });
  EXPECT_EQ(actual("INC", "P", "2023")->value, 55);
  EXPECT_EQ(actual("PER_HEAD", "P", "2023")->value, 2000.0 / 4000);  // (1.000 + 1.000) / (1.000 + 3.000)
}

}  // namespace
}  // namespace sen::targets
