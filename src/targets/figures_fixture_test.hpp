// A test fixture for the figures of units: units, indicators and values written as users write
// them (units::create, create_indicator, record_value), and the actual the resolver finds.
#pragma once
#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "targets/actuals.hpp"
#include "targets/targets.hpp"
#include "testing/temp_database.hpp"
#include "units/units.hpp"

namespace sen::targets {

class FiguresTest : public ::testing::Test {
 protected:
  // A ward from 2000 on, under `parent` when given.
  void unit(const char* code, std::optional<std::string> parent = std::nullopt) {
    db_->write([&](db::Connection& c) {
      units::create(c, units::NewUnit{code, code, std::nullopt, units::UnitKind::ward, parent,
                                      Date::from_ymd(2000, 1, 1), false, std::nullopt});
    });
  }

  void indicator(const std::string& code, UnitAggregation units_how, PeriodAggregation periods_how,
                 std::optional<std::string> weight = std::nullopt, std::optional<std::string> formula = std::nullopt) {
    db_->write([&](db::Connection& c) {
      Indicator i;
      i.code = code;
      i.name = code;
      i.area = "economy";
      i.measure = "x";
      i.unit_aggregation = units_how;
      i.period_aggregation = periods_how;
      i.weight_indicator = weight;
      i.formula = formula;
      create_indicator(c, i);
    });
  }

  void value(const std::string& code, const std::string& unit, const std::string& period, double v,
             Vintage vintage = Vintage::official, bool illustrative = false) {
    db_->write([&](db::Connection& c) {
      Value x;
      x.indicator = code;
      x.unit = unit;
      x.period = period;
      x.vintage = vintage;
      x.value = v;
      x.illustrative = illustrative;
      x.entered_by = "test";
      record_value(c, x);
    });
  }

  std::optional<Actual> actual(const std::string& code, const std::string& unit, const std::string& period) {
    return db_->read(
        [&](db::Connection& c) { return ActualResolver(c).actual(code, unit, Period::parse(period).value()); });
  }

  testing::TempDatabase db_;
};

}  // namespace sen::targets
