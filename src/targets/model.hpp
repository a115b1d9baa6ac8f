// Targets (chỉ tiêu): the indicator catalogue, plans and their targets, and values in vintages.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/model.hpp"
#include "base/period.hpp"
#include "base/request.hpp"

namespace sen::targets {

// Which way is better for an indicator: a higher figure or a lower one (accidents, poverty).
enum class Direction { higher, lower };
BOOST_DESCRIBE_ENUM(Direction, higher, lower)
// How an indicator's figure of a unit is rolled up from its children's: summed, averaged, averaged
// weighted by another indicator (weight_indicator), or not at all.
enum class UnitAggregation { sum, average, weighted_average, none };
BOOST_DESCRIBE_ENUM(UnitAggregation, sum, average, weighted_average, none)
// How an indicator's figure of a period is rolled up from its parts (quarters, months): summed,
// the last part's, or averaged.
enum class PeriodAggregation { sum, last, average };
BOOST_DESCRIBE_ENUM(PeriodAggregation, sum, last, average)
// A value's vintage: the plan (kế hoạch), an estimate (ước), a preliminary figure (sơ bộ) or the
// official one (chính thức); written by name in the API, CSV files and the database.
enum class Vintage { plan, estimate, preliminary, official };
BOOST_DESCRIBE_ENUM(Vintage, plan, estimate, preliminary, official)

struct Indicator {
  std::string code;
  std::string name;
  std::optional<std::string> name_en;
  std::string area;     // one of kAreas
  std::string measure;  // unit of measure as written: %, tỷ đồng, ha, cây …
  int decimals = 0;
  Direction direction = Direction::higher;
  UnitAggregation unit_aggregation = UnitAggregation::sum;
  std::optional<std::string> weight_indicator;  // for weighted_average
  PeriodAggregation period_aggregation = PeriodAggregation::sum;
  std::optional<std::string> formula;  // computed from other indicators when set
  // When nothing is entered: "projects" (disbursement and plan of the projects), or from the
  // oversight records "admissions", "org_ratings", "member_ratings".
  std::optional<std::string> computed_from;
  std::optional<std::string> source;
  bool illustrative = false;
  std::int64_t version = 1;
  std::optional<double> min_value;  // the range values and targets may take; absent: ±10^15
  std::optional<double> max_value;
};
BOOST_DESCRIBE_STRUCT(Indicator, (),
                      (code, name, name_en, area, measure, decimals, direction, unit_aggregation, weight_indicator,
                       period_aggregation, formula, computed_from, source, illustrative, version, min_value, max_value))
// What a request may set of an indicator (its range, min_value and max_value, is read beside these:
// giving either sets both); creating one needs the first four it names.
inline const std::vector<json::Rule> kIndicatorRequest = {
    json::Rule::line("code", 40),     json::Rule::line("name"),          json::Rule::line("area", 40),
    json::Rule::line("measure", 40),  json::Rule::line("name_en"),       json::Rule::number("decimals", 0, 6),
    json::Rule{"direction"},          json::Rule{"unit_aggregation"},    json::Rule::line("weight_indicator", 40),
    json::Rule{"period_aggregation"}, json::Rule::line("formula", 1000), json::Rule::line("computed_from", 20),
    json::Rule::line("source", 2000), json::Rule{"illustrative"}};

struct Plan {
  std::string code;
  std::string unit;
  std::string kind;  // annual | term | other
  std::string title;
  std::optional<std::string> theme;
  std::string period_from;
  std::string period_to;
  std::optional<std::string> document;
  std::string created_at;
};
// `unit` is the column unit_code (store.cpp).
BOOST_DESCRIBE_STRUCT(Plan, (), (code, unit, kind, title, theme, period_from, period_to, document, created_at))
// What a request creating a plan may set.
inline const std::vector<json::Rule> kNewPlanRequest = {json::Rule::line("code", 64).needed(),
                                                        json::Rule::line("unit", 32).needed(),
                                                        json::Rule::line("kind", 10).needed(),
                                                        json::Rule::line("title", 1000).needed(),
                                                        json::Rule::line("theme", 2000),
                                                        json::Rule::line("period_from", 10).needed(),
                                                        json::Rule::line("period_to", 10).needed(),
                                                        json::Rule::line("document", 500)};

struct Target {
  std::int64_t id = 0;
  std::string plan;
  std::string indicator;
  std::string unit;
  std::string period;
  std::string comparator;  // >= > <= < = between
  double value = 0;
  std::optional<double> value_to;  // upper bound of between
  std::optional<std::string> source;
  std::optional<std::string> note;
  bool illustrative = false;
  std::int64_t version = 1;
  // Who set it, as reports write it after "kế hoạch": "tỉnh giao" → "bằng 152% kế hoạch tỉnh giao".
  std::optional<std::string> assigned_by;
};
// `plan`, `indicator` and `unit` are the columns plan_code, indicator_code and unit_code.
BOOST_DESCRIBE_STRUCT(Target, (),
                      (id, plan, indicator, unit, period, comparator, value, value_to, source, note, illustrative,
                       version, assigned_by))

// One revision of a value; the newest revision of a key is its current value.
struct Value {
  std::int64_t id = 0;
  std::string indicator;
  std::string unit;
  std::string period;
  Vintage vintage = Vintage::official;
  double value = 0;
  std::optional<std::string> source;
  std::optional<std::string> note;
  bool illustrative = false;
  std::string entered_by;
  std::string entered_at;
};
// `indicator` and `unit` are the columns indicator_code and unit_code.
BOOST_DESCRIBE_STRUCT(Value, (),
                      (id, indicator, unit, period, vintage, value, source, note, illustrative, entered_by, entered_at))

// One step of a figure derived across a reorganisation: the figure of `from` counted for `to`
// with `share` of it, on `basis` (population, area, an indicator's code, or `whole` when all of
// one unit became the other).
struct LineageStep {
  std::string from;
  std::string to;
  double share = 1;
  std::string basis;
  bool illustrative = false;  // the share was invented by the demo data
};

// The actual figure used to judge a target, and where it came from.
struct Actual {
  double value = 0;
  Vintage vintage = Vintage::official;  // estimate, preliminary or official: never plan
  std::string derivation = "entered";   // entered | projects | oversight | formula | periods | children | lineage
  bool illustrative = false;
  std::optional<std::string> source;
  std::vector<LineageStep> lineage;  // the path through the lineage, when any input came that way
};

// A figure entered for a unit, as the roll-ups read it (targets/rollups.hpp).
struct EnteredFigure {
  std::string period;
  std::string indicator;
  Vintage vintage = Vintage::official;
  double value = 0;
  bool illustrative = false;
};
BOOST_DESCRIBE_STRUCT(EnteredFigure, (), (period, indicator, vintage, value, illustrative))

// The figures every child of a unit entered for a period, added up in the children's order
// (targets/rollups.hpp). Valid for the children of `children_day` under `hierarchy_version`.
struct Rollup {
  std::string unit;
  std::string period;
  std::string indicator;
  Date children_day;
  std::int64_t hierarchy_version = 0;
  double total = 0;
  std::int64_t parts = 0;               // the children, each with an entered figure
  Vintage vintage = Vintage::official;  // the weakest of the children's best vintages
  bool illustrative = false;
};
// `indicator` and `unit` are the columns indicator_code and unit_code.
BOOST_DESCRIBE_STRUCT(Rollup, (),
                      (unit, period, indicator, children_day, hierarchy_version, total, parts, vintage, illustrative))

// Why a figure across a reorganisation was refused as not comparable.
struct Refusal {
  std::string reason_vi;
  std::string reason_en;
};

struct AreaName {
  const char* code;
  const char* name_vi;
  const char* name_en;
};

inline constexpr AreaName kAreas[] = {
    {"party_building", "Xây dựng Đảng và hệ thống chính trị", "Party building and the political system"},
    {"economy", "Kinh tế", "Economy"},
    {"culture_society", "Văn hóa – xã hội", "Culture and society"},
    {"defence_security", "Quốc phòng – an ninh", "Defence and security"},
    {"environment", "Môi trường", "Environment"},
};

// A target's comparators: kept as text, their names being symbols (">=") that no enumerator can spell.
inline const std::vector<std::string> kComparators = {">=", ">", "<=", "<", "=", "between"};

}  // namespace sen::targets
