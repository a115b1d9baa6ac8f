// Figures across a reorganisation: on 1 July 2025 district D1 is split into N1 (60 % of its
// population) and N2 (40 %), and districts D2 and D3 merge into N3, all under province PR.
#include "targets/lineage.hpp"

#include <gtest/gtest.h>

#include "base/error.hpp"
#include "targets/actuals.hpp"
#include "targets/targets.hpp"
#include "testing/temp_database.hpp"
#include "units/lineage.hpp"
#include "units/units.hpp"

namespace sen::targets {
namespace {

Period p(const char* text) {
  return Period::parse(text).value();
}
Date d(const char* iso) {
  return Date::parse(iso).value();
}

class LineageTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_->write([](db::Connection& c) {
      auto unit = [&](const char* code, std::optional<std::string> parent, const char* from) {
        units::create(c, units::NewUnit{code, code, std::nullopt, units::UnitKind::district, parent, d(from), false,
                                        std::nullopt});
      };
      unit("PR", std::nullopt, "2000-01-01");
      for (const char* code : {"D1", "D2", "D3"}) unit(code, "PR", "2000-01-01");
      for (const char* code : {"N1", "N2", "N3"}) unit(code, "PR", "2025-07-01");
      units::close(c, "D1", units::UnitClosure{1, d("2025-06-30"), {"N1", "N2"}});
      units::close(c, "D2", units::UnitClosure{1, d("2025-06-30"), {"N3"}});
      units::close(c, "D3", units::UnitClosure{1, d("2025-06-30"), {"N3"}});
      units::record_shares(c, "D1", units::ShareSet{"population", "NQ 1/2025", false, {{"N1", 0.6}, {"N2", 0.4}}});
      auto indicator = [&](const char* code, UnitAggregation how, std::optional<std::string> formula) {
        Indicator i;
        i.code = code;
        i.name = code;
        i.area = "economy";
        i.measure = "x";
        i.decimals = 2;
        i.unit_aggregation = how;
        i.formula = formula;
        create_indicator(c, i);
      };
      indicator("REV", UnitAggregation::sum, std::nullopt);
      indicator("GOOD", UnitAggregation::sum, std::nullopt);
      indicator("ALL", UnitAggregation::sum, std::nullopt);
      indicator("RATE", UnitAggregation::none, "GOOD / ALL * 100");
      indicator("INCOME", UnitAggregation::none, std::nullopt);
    });
  }

  void value(const char* code, const char* unit, const char* period, double v) {
    db_->write([&](db::Connection& c) {
      Value x;
      x.indicator = code;
      x.unit = unit;
      x.period = period;
      x.vintage = Vintage::official;
      x.value = v;
      x.entered_by = "test";
      record_value(c, x);
    });
  }

  std::optional<Actual> actual(const char* code, const char* unit, const char* period,
                               std::optional<Date> map = std::nullopt) {
    return db_->read([&](db::Connection& c) {
      ActualResolver r(c);
      if (map) r.use_map(*map);
      return r.actual(code, unit, p(period));
    });
  }

  std::optional<Refusal> refusal(const char* code, const char* unit, const char* period) {
    return db_->read([&](db::Connection& c) {
      ActualResolver r(c);
      r.actual(code, unit, p(period));
      return r.refusal(code, unit, p(period));
    });
  }

  double total(const std::vector<BreakdownRow>& rows) {
    double sum = 0;
    for (const auto& r : rows) sum += r.actual.value().value;
    return sum;
  }

  testing::TempDatabase db_;
};

TEST_F(LineageTest, ASplitUnitsOldFigureIsCountedWithItsShare) {
  value("REV", "D1", "2024", 1000);
  auto n1 = actual("REV", "N1", "2024");
  ASSERT_TRUE(n1);
  EXPECT_DOUBLE_EQ(n1->value, 600);
  EXPECT_EQ(n1->derivation, "lineage");
  ASSERT_EQ(n1->lineage.size(), 1u);
  EXPECT_EQ(n1->lineage[0].from, "D1");
  EXPECT_EQ(n1->lineage[0].to, "N1");
  EXPECT_DOUBLE_EQ(n1->lineage[0].share, 0.6);
  EXPECT_EQ(n1->lineage[0].basis, "population");
  EXPECT_DOUBLE_EQ(actual("REV", "N2", "2024")->value, 400);
}

TEST_F(LineageTest, AMergedUnitsOldFigureIsTheSumOfItsPredecessors) {
  value("REV", "D2", "2024", 300);
  EXPECT_FALSE(actual("REV", "N3", "2024"));  // D3 has no figure: every predecessor is needed
  value("REV", "D3", "2024", 200);
  auto n3 = actual("REV", "N3", "2024");
  EXPECT_DOUBLE_EQ(n3->value, 500);
  EXPECT_EQ(n3->lineage.size(), 2u);
  EXPECT_EQ(n3->lineage[0].basis, "whole");
}

TEST_F(LineageTest, AProvinceTotalIsTheSameOnBothMaps) {
  value("REV", "D1", "2024", 1000);
  value("REV", "D2", "2024", 300);
  value("REV", "D3", "2024", 200);
  value("REV", "N1", "2026", 700);
  value("REV", "N2", "2026", 450);
  value("REV", "N3", "2026", 600);
  EXPECT_DOUBLE_EQ(actual("REV", "PR", "2024")->value, 1500);
  EXPECT_DOUBLE_EQ(actual("REV", "PR", "2024", d("2026-01-01"))->value, 1500);
  EXPECT_DOUBLE_EQ(actual("REV", "PR", "2026")->value, 1750);
  EXPECT_DOUBLE_EQ(actual("REV", "PR", "2026", d("2024-12-31"))->value, 1750);
  db_->read([&](db::Connection& c) {
    auto new_map = breakdown(c, "REV", "PR", p("2024"), d("2026-01-01"));
    ASSERT_EQ(new_map.size(), 3u);
    EXPECT_EQ(new_map[0].unit, "N1");
    EXPECT_DOUBLE_EQ(total(new_map), 1500);
    auto old_map = breakdown(c, "REV", "PR", p("2026"), d("2024-12-31"));
    ASSERT_EQ(old_map.size(), 3u);
    EXPECT_EQ(old_map[0].unit, "D1");
    EXPECT_DOUBLE_EQ(old_map[0].actual->value, 1150);  // N1 + N2, both wholly from D1
    // N3 came from D2 and D3: its 2026 figure cannot be split back, and says why.
    EXPECT_FALSE(old_map[1].actual);
    ASSERT_TRUE(old_map[1].refusal);
    EXPECT_NE(old_map[1].refusal->reason_en.find("N3"), std::string::npos);
  });
}

TEST_F(LineageTest, OldToNewToOldGivesBackTheFigure) {
  value("REV", "D1", "2024", 1000);
  value("REV", "N1", "2026", 700);
  value("REV", "N2", "2026", 450);
  // 2024 on the new map and back: the shares of D1 add up to 1.
  EXPECT_DOUBLE_EQ(actual("REV", "N1", "2024")->value + actual("REV", "N2", "2024")->value, 1000);
  // 2026 on the old map and back: N1 keeps its own figure.
  auto d1 = actual("REV", "D1", "2026");
  EXPECT_DOUBLE_EQ(d1->value, 1150);
  EXPECT_EQ(d1->lineage.size(), 2u);
  EXPECT_DOUBLE_EQ(actual("REV", "N1", "2026")->value, 700);
  EXPECT_EQ(actual("REV", "N1", "2026")->derivation, "entered");
}

TEST_F(LineageTest, ARatioIsRecomputedFromItsNumeratorAndDenominator) {
  value("GOOD", "D2", "2024", 90);
  value("ALL", "D2", "2024", 100);  // 90 %
  value("GOOD", "D3", "2024", 10);
  value("ALL", "D3", "2024", 100);  // 10 %
  value("RATE", "D2", "2024", 90);
  value("RATE", "D3", "2024", 10);
  auto n3 = actual("RATE", "N3", "2024");
  ASSERT_TRUE(n3);
  EXPECT_DOUBLE_EQ(n3->value, 50);  // 100 of 200, not an average of rates that happens to agree
  EXPECT_EQ(n3->derivation, "formula");
  EXPECT_EQ(n3->lineage.size(), 2u);
  value("ALL", "D3", "2024", 300);                            // 10 of 300
  EXPECT_DOUBLE_EQ(actual("RATE", "N3", "2024")->value, 25);  // 100 of 400
  value("GOOD", "D1", "2024", 30);
  value("ALL", "D1", "2024", 40);
  EXPECT_DOUBLE_EQ(actual("RATE", "N1", "2024")->value, 75);  // the shares cancel out
}

TEST_F(LineageTest, ANonAdditiveIndicatorWithoutFormulaIsRefusedWithTheReason) {
  value("INCOME", "D2", "2024", 60);
  value("INCOME", "D3", "2024", 50);
  EXPECT_FALSE(actual("INCOME", "N3", "2024"));
  auto why = refusal("INCOME", "N3", "2024");
  ASSERT_TRUE(why);
  EXPECT_NE(why->reason_en.find("not additive"), std::string::npos);
  EXPECT_NE(why->reason_vi.find("không cộng được"), std::string::npos);
}

TEST_F(LineageTest, AFigureWithoutARecordedShareIsRefused) {
  db_->write([](db::Connection& c) {
    units::create(c, units::NewUnit{"D4", "D4", std::nullopt, units::UnitKind::district, "PR", d("2000-01-01"), false,
                                    std::nullopt});
    units::create(c, units::NewUnit{"N4", "N4", std::nullopt, units::UnitKind::district, "PR", d("2025-07-01"), false,
                                    std::nullopt});
    units::close(c, "D4", units::UnitClosure{1, d("2025-06-30"), {"N4", "N3"}});
  });
  value("REV", "D4", "2024", 10);
  EXPECT_FALSE(actual("REV", "N4", "2024"));
  EXPECT_NE(refusal("REV", "N4", "2024")->reason_en.find("No share of D4"), std::string::npos);
}

TEST_F(LineageTest, SharesOfAPredecessorMustAddUpToOne) {
  auto field_of = [&](units::ShareSet set) {
    try {
      db_->write([&](db::Connection& c) { units::record_shares(c, "D1", set); });
    } catch (const Error& e) {
      return e.field();
    }
    return std::string("none");
  };
  EXPECT_EQ(field_of({"area", "NQ", false, {{"N1", 0.5}, {"N2", 0.4}}}), "parts");
  EXPECT_EQ(field_of({"area", "NQ", false, {{"N3", 1}}}), "parts[0].successor");
  EXPECT_EQ(field_of({"area", "", false, {{"N1", 1}}}), "legal_source");
  EXPECT_EQ(field_of({"bad basis", "NQ", false, {{"N1", 1}}}), "basis");
  EXPECT_EQ(field_of({"area", "NQ", false, {{"N1", 1.0 / 3}, {"N2", 0.666667}}}), "none");
  // A share on an indicator's own basis wins over population for that indicator.
  EXPECT_EQ(field_of({"REV", "NQ", false, {{"N1", 0.9}, {"N2", 0.1}}}), "none");
  value("REV", "D1", "2024", 1000);
  EXPECT_DOUBLE_EQ(actual("REV", "N1", "2024")->value, 900);
  EXPECT_EQ(actual("REV", "N1", "2024")->lineage[0].basis, "REV");
}

TEST_F(LineageTest, TheScorecardOfANewUnitTakesItsPredecessorsTargetsWithTheirShares) {
  db_->write([](db::Connection& c) {
    create_plan(c, Plan{"D1-2024", "D1", "annual", "KH", std::nullopt, "2024", "2024", std::nullopt, ""});
    Target t;
    t.plan = "D1-2024";
    t.indicator = "REV";
    t.unit = "D1";
    t.period = "2024";
    t.comparator = ">=";
    t.value = 900;
    add_target(c, t);
  });
  value("REV", "D1", "2024", 1000);
  auto card = db_->read([](db::Connection& c) { return scorecard(c, "N1", p("2024"), std::nullopt); });
  ASSERT_EQ(card.items.size(), 1u);
  EXPECT_DOUBLE_EQ(card.items[0].target.value, 540);
  EXPECT_EQ(card.items[0].target_lineage.size(), 1u);
  EXPECT_DOUBLE_EQ(card.items[0].actual->value, 600);
  EXPECT_EQ(card.items[0].evaluation.status, Status::exceeded);
}

}  // namespace
}  // namespace sen::targets
