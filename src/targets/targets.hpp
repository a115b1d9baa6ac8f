// The targets module: what the API, the CLI, imports and other modules call. Each function
// runs in the caller's transaction and throws sen::Error for what the user must fix.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "base/period.hpp"
#include "db/connection.hpp"
#include "targets/evaluation.hpp"
#include "targets/model.hpp"

namespace sen::targets {

std::vector<Indicator> indicators(db::Connection& c);
Indicator indicator(db::Connection& c, const std::string& code);  // Error not_found
// Validates the definition: code form, known area and aggregations, a formula that parses,
// names only known indicators and makes no cycle. Error conflict when the code is taken.
Indicator create_indicator(db::Connection& c, const Indicator& i);
// Replaces the definition; Error conflict when `expected_version` is stale.
Indicator update_indicator(db::Connection& c, const Indicator& i, std::int64_t expected_version);

std::vector<Plan> plans(db::Connection& c, const std::optional<std::string>& unit);
Plan plan(db::Connection& c, const std::string& code);  // Error not_found
Plan create_plan(db::Connection& c, Plan p);

std::vector<Target> targets(db::Connection& c, const std::string& unit, const Period& period,
                            const std::optional<std::string>& plan);
std::vector<Target> plan_targets(db::Connection& c, const std::string& plan);
Target target(db::Connection& c, std::int64_t id);  // Error not_found
// Adds a target to its plan; Error conflict when the plan already has one for the key.
Target add_target(db::Connection& c, const Target& t);
// Changes comparator, values, source and note; Error conflict when `expected_version` is stale.
Target update_target(db::Connection& c, const Target& t, std::int64_t expected_version);

// Appends a revision; the newest revision of a key is its current value.
Value record_value(db::Connection& c, Value v);
std::vector<Value> current_values(db::Connection& c, const std::string& unit, const Period& period);
std::vector<Value> value_history(db::Connection& c, const std::string& indicator, const std::string& unit,
                                 const Period& period);

struct ScorecardItem {
  Target target;
  Indicator indicator;
  std::optional<Actual> actual;
  std::optional<double> plan_figure;  // the plan vintage when entered, else the target's value
  Evaluation evaluation;
  std::optional<Actual> previous;           // same period of the previous year
  std::optional<double> change;             // actual minus previous (points, for rates)
  std::optional<double> change_pct;         // actual against previous, in %
  std::optional<Refusal> refusal;           // why the actual is not comparable across a reorganisation
  std::vector<LineageStep> target_lineage;  // set when the target is derived from the lineage's
  // For an indicator computed from records whose judged figure was entered (a reported estimate):
  // what the records give, shown beside it when it differs, so the difference is not hidden.
  std::optional<Actual> records = {};
};

struct Scorecard {
  std::string unit;
  std::string unit_name;
  Period period;
  std::vector<ScorecardItem> items;  // by area (in the order of kAreas), then indicator code
  int exceeded = 0, met = 0, not_met = 0, no_data = 0;
  int total() const { return static_cast<int>(items.size()); }
};

// Every target of the unit and period (of one plan when given), judged. For a period outside the
// unit's lifetime, the targets and figures of its lineage (targets/lineage.hpp). With `map`, units
// roll up from their children as the hierarchy stood that day.
Scorecard scorecard(db::Connection& c, const std::string& unit, const Period& period,
                    const std::optional<std::string>& plan, const std::optional<Date>& map = std::nullopt);

// "25/25 chỉ tiêu đạt và vượt kế hoạch" — the count of the report, in Vietnamese and English.
std::string summary_vi(const Scorecard& s);
std::string summary_en(const Scorecard& s);

// One year of an indicator's history for a unit: its actual and the target set for it, if any.
struct SeriesPoint {
  Period period;
  std::optional<Actual> actual;
  std::optional<Target> target;
  std::optional<Refusal> refusal;
  std::vector<LineageStep> target_lineage;
};
// Years from `from_year` to `to_year` (at most 50), oldest first; `map` as for the scorecard.
std::vector<SeriesPoint> series(db::Connection& c, const std::string& indicator, const std::string& unit, int from_year,
                                int to_year, const std::optional<Date>& map = std::nullopt);

// The actual of each child of `unit` (as the hierarchy stood at the end of the period).
struct BreakdownRow {
  std::string unit;
  std::string unit_name;
  bool illustrative = false;
  std::optional<Actual> actual;
  std::optional<Refusal> refusal;
};
// With `map`, the children as the hierarchy stood that day.
std::vector<BreakdownRow> breakdown(db::Connection& c, const std::string& indicator, const std::string& unit,
                                    const Period& period, const std::optional<Date>& map = std::nullopt);

// Whether each unit below `unit` sent its figures for a period in time under a reporting regime
// (the calendar's report deadline: N working days after the period's cut-off).
struct Submission {
  std::string unit;
  std::string unit_name;
  std::optional<Date> first_entry;  // the day (UTC+7) its first figure for the period was entered
  std::string state;                // on_time | late | missing (due passed, nothing) | pending (not due yet)
};
struct SubmissionReport {
  DateRange cutoff;
  Date due;
  std::vector<Submission> units;
};
SubmissionReport submissions(db::Connection& c, const std::string& unit, const Period& period,
                             const std::string& regime, Date today);

// Vietnamese name of an area code (the code itself when unknown).
std::string area_name_vi(const std::string& area);

}  // namespace sen::targets
