#include "targets/rollups.hpp"

#include <fmt/format.h>

#include "targets/csv_io.hpp"
#include "targets/figures_fixture_test.hpp"

namespace sen::targets {
namespace {

// P has the children A and B; Q has C. Values go through record_value and import_values, as
// users write them.
class RollupsTest : public FiguresTest {
 protected:
  void SetUp() override {
    unit("P");
    unit("Q");
    unit("A", "P");
    unit("B", "P");
    unit("C", "Q");
    indicator("S", UnitAggregation::sum, PeriodAggregation::sum);
    indicator("M", UnitAggregation::average, PeriodAggregation::sum);
    indicator("N", UnitAggregation::none, PeriodAggregation::sum);
  }

  // The roll-up's total kept for the unit, period and indicator; nullopt when none is kept.
  std::optional<double> kept(const char* unit, const char* period, const char* indicator) {
    return db_->read([&](db::Connection& c) -> std::optional<double> {
      auto r =
          c.query("SELECT total FROM indicator_rollups WHERE unit_code = $1 AND period = $2 AND indicator_code = $3",
                  {unit, period, indicator});
      if (r.empty()) return std::nullopt;
      return r.row(0).real(0);
    });
  }

  // Changes the kept total behind the resolver's back: a figure that shows it was read.
  void tamper(const char* unit, const char* period, double total) {
    db_->write([&](db::Connection& c) {
      c.execute("UPDATE indicator_rollups SET total = $3 WHERE unit_code = $1 AND period = $2", {unit, period, total});
    });
  }

  // Moves the unit under `parent` from `from` on; for its whole life when no day is given.
  void move(const char* code, const char* parent, std::optional<Date> from = std::nullopt) {
    db_->write([&](db::Connection& c) {
      units::UnitChange change;
      change.version = units::lifetime(c, code)->version;
      change.parent = parent;
      change.effective_from = from;
      units::change(c, code, change);
    });
  }
};

TEST_F(RollupsTest, KeptOnlyWhenEveryChildEnteredAFigure) {
  value("S", "A", "2024-03", 1.5);
  EXPECT_FALSE(kept("P", "2024-03", "S"));
  EXPECT_FALSE(actual("S", "P", "2024-03"));
  value("S", "B", "2024-03", 2.25, Vintage::estimate, true);
  EXPECT_EQ(kept("P", "2024-03", "S"), 3.75);
  auto figure = actual("S", "P", "2024-03");
  ASSERT_TRUE(figure);
  EXPECT_EQ(figure->value, 3.75);
  EXPECT_EQ(figure->derivation, "children");
  EXPECT_EQ(figure->vintage, Vintage::estimate);
  EXPECT_TRUE(figure->illustrative);
}

TEST_F(RollupsTest, TheResolverReadsTheRollupAndAnAverageDividesIt) {
  value("S", "A", "2024-03", 1);
  value("S", "B", "2024-03", 2);
  value("M", "A", "2024-03", 10);
  value("M", "B", "2024-03", 20);
  EXPECT_EQ(actual("M", "P", "2024-03")->value, 15);
  tamper("P", "2024-03", 100);
  EXPECT_EQ(actual("S", "P", "2024-03")->value, 100);
  EXPECT_EQ(actual("M", "P", "2024-03")->value, 50);
  // The quarter adds up its months, each read from its roll-up when one is kept.
  value("S", "A", "2024-01", 1);
  value("S", "B", "2024-01", 1);
  value("S", "A", "2024-02", 1);
  value("S", "B", "2024-02", 1);
  EXPECT_EQ(actual("S", "P", "2024-Q1")->value, 2 + 2 + 100);  // March still as tampered
}

TEST_F(RollupsTest, NotKeptForIndicatorsThatAreNotAddedUp) {
  value("N", "A", "2024-03", 1);
  value("N", "B", "2024-03", 2);
  EXPECT_FALSE(kept("P", "2024-03", "N"));
  EXPECT_FALSE(actual("N", "P", "2024-03"));
}

TEST_F(RollupsTest, ABetterVintageOrACorrectionRewritesIt) {
  value("S", "A", "2024-03", 1, Vintage::estimate);
  value("S", "B", "2024-03", 2);
  value("S", "A", "2024-03", 5, Vintage::official);
  EXPECT_EQ(kept("P", "2024-03", "S"), 7);
  EXPECT_EQ(actual("S", "P", "2024-03")->vintage, Vintage::official);
  value("S", "A", "2024-03", 4, Vintage::estimate);  // a weaker vintage does not replace the official figure
  EXPECT_EQ(kept("P", "2024-03", "S"), 7);
  value("S", "B", "2024-03", 3);  // a correction: a newer row of the same vintage
  EXPECT_EQ(kept("P", "2024-03", "S"), 8);
  value("S", "A", "2024-03", 9, Vintage::plan);  // a plan is not a figure
  EXPECT_EQ(kept("P", "2024-03", "S"), 8);
}

TEST_F(RollupsTest, AnImportRewritesThemAllOrNone) {
  std::string csv =
      "indicator,unit,period,vintage,value\n"
      "S,A,2024-03,official,1\n"
      "S,B,2024-03,official,2\n"
      "S,A,2024-04,official,3\n"
      "S,B,2024-04,official,4\n";
  db_->write([&](db::Connection& c) { import_values(c, csv, {NumberStyle::plain, "test", false, {}}); });
  EXPECT_EQ(kept("P", "2024-03", "S"), 3);
  EXPECT_EQ(kept("P", "2024-04", "S"), 7);
  EXPECT_THROW(db_->write([&](db::Connection& c) {
    import_values(c, "indicator,unit,period,vintage,value\nS,A,2024-03,official,10\nS,X,2024-03,official,1\n",
                  {NumberStyle::plain, "test", false, {}});
  }),
               Error);
  EXPECT_EQ(kept("P", "2024-03", "S"), 3);
}

TEST_F(RollupsTest, AChangeOfTheHierarchyMakesThemStaleUntilRefreshed) {
  value("S", "A", "2024-03", 1);
  value("S", "B", "2024-03", 2);
  value("S", "C", "2024-03", 4);
  tamper("P", "2024-03", 100);
  EXPECT_EQ(actual("S", "P", "2024-03")->value, 100);
  move("B", "Q");  // for its whole life: B has always been under Q
  // Stale: the figures are added up again from the children.
  EXPECT_EQ(actual("S", "P", "2024-03")->value, 1);
  EXPECT_EQ(actual("S", "Q", "2024-03")->value, 6);
  db_->write([](db::Connection& c) { EXPECT_EQ(rollups::refresh_all(c), 2u); });
  EXPECT_EQ(kept("P", "2024-03", "S"), 1);
  EXPECT_EQ(kept("Q", "2024-03", "S"), 6);
  tamper("Q", "2024-03", 60);
  EXPECT_EQ(actual("S", "Q", "2024-03")->value, 60);
}

TEST_F(RollupsTest, AValueRewritesThoseOfEveryParentTheUnitEverHad) {
  move("B", "Q", Date::from_ymd(2024, 7, 1));  // B under P until June, under Q since July
  for (const char* period : {"2024-03", "2024-08"}) {
    value("S", "A", period, 1);
    value("S", "B", period, 2);
    value("S", "C", period, 4);
  }
  EXPECT_EQ(kept("P", "2024-03", "S"), 3);
  EXPECT_EQ(kept("Q", "2024-03", "S"), 4);
  EXPECT_EQ(kept("P", "2024-08", "S"), 1);
  EXPECT_EQ(kept("Q", "2024-08", "S"), 6);
  value("S", "B", "2024-03", 5);  // B, under Q now, corrects a month it was under P
  EXPECT_EQ(kept("P", "2024-03", "S"), 6);
  EXPECT_EQ(actual("S", "P", "2024-03")->value, 6);
}

TEST_F(RollupsTest, TheFiguresAreThoseTheChildrenGiveWithoutThem) {
  for (int month = 1; month <= 12; ++month) {
    auto period = fmt::format("2024-{:02}", month);
    value("S", "A", period.c_str(), 0.1 * month);
    value("S", "B", period.c_str(), 0.7 / month, month % 3 ? Vintage::official : Vintage::preliminary);
    value("M", "A", period.c_str(), 1.0 / 3);
    value("M", "B", period.c_str(), 2.0 / 7);
  }
  auto with = std::make_pair(actual("S", "P", "2024"), actual("M", "P", "2024-Q2"));
  db_->write([](db::Connection& c) { c.execute("DELETE FROM indicator_rollups"); });
  auto without = std::make_pair(actual("S", "P", "2024"), actual("M", "P", "2024-Q2"));
  for (auto [a, b] : {std::pair{with.first, without.first}, std::pair{with.second, without.second}}) {
    ASSERT_TRUE(a && b);
    EXPECT_EQ(a->value, b->value);  // exactly: added up in the same order
    EXPECT_EQ(a->vintage, b->vintage);
    EXPECT_EQ(a->derivation, b->derivation);
  }
}

}  // namespace
}  // namespace sen::targets
