// SQL for the targets module; no rules here.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/search_row.hpp"
#include "db/connection.hpp"
#include "targets/model.hpp"

namespace sen::targets::store {

std::optional<Indicator> find_indicator(db::Connection& c, const std::string& code);
std::vector<Indicator> list_indicators(db::Connection& c);
void insert_indicator(db::Connection& c, const Indicator& i);
// Writes every field of `i` if its version is still `expected`; false when stale.
bool update_indicator(db::Connection& c, const Indicator& i, std::int64_t expected);

std::optional<Plan> find_plan(db::Connection& c, const std::string& code);
std::vector<Plan> list_plans(db::Connection& c, const std::optional<std::string>& unit);
void insert_plan(db::Connection& c, const Plan& p);

// Targets of a unit and period (of one plan when given), ordered by indicator.
std::vector<Target> targets_of(db::Connection& c, const std::string& unit, const std::string& period,
                               const std::optional<std::string>& plan);
std::vector<Target> targets_of_plan(db::Connection& c, const std::string& plan);
std::optional<Target> find_target(db::Connection& c, std::int64_t id);
std::optional<Target> find_target(db::Connection& c, const std::string& plan, const std::string& indicator,
                                  const std::string& unit, const std::string& period);
std::int64_t insert_target(db::Connection& c, const Target& t);
bool update_target(db::Connection& c, const Target& t, std::int64_t expected);

std::int64_t insert_value(db::Connection& c, const Value& v);
// Adds many values at once, in their order (bulk imports): db::Connection::append.
void append_values(db::Connection& c, const std::vector<Value>& values);
// Current value of each (indicator, vintage) of a unit and period.
std::vector<Value> current_values(db::Connection& c, const std::string& unit, const std::string& period);
// Current values of a unit for every period of a year (2022, 2022-6M, 2022-Q1, 2022-01 …), of
// the `indicators` given (every indicator when none is).
std::vector<Value> current_values_of_year(db::Connection& c, const std::string& unit, int year,
                                          const std::vector<std::string>& indicators = {});
// When each unit first entered a figure (other than a plan) for the period; absent units entered none.
std::map<std::string, std::string> first_entries(db::Connection& c, const std::vector<std::string>& units,
                                                 const std::string& period);
// Every revision of one key, oldest first (all vintages when vintage is empty).
std::vector<Value> history(db::Connection& c, const std::string& indicator, const std::string& unit,
                           const std::string& period);

// The figures (not plans) ever entered for a unit in the periods whose codes sort from `first` to
// `last`, oldest first within each (period, indicator, vintage): the last of each is the current one.
std::vector<EnteredFigure> entered_figures(db::Connection& c, const std::string& unit, const std::string& first,
                                           const std::string& last);

// Roll-ups (targets/rollups.hpp): those of a unit for every period of a year, computed under the
// hierarchy's version of this very statement (on PostgreSQL a read transaction sees each
// statement's moment: a version read before would let a change made since pass unseen);
// replacing those of a unit and period; every (parent, period) whose children entered a figure
// (not a plan) for the period.
std::vector<Rollup> rollups_of_year(db::Connection& c, const std::string& unit, int year,
                                    const std::vector<std::string>& indicators = {});
void replace_rollups(db::Connection& c, const std::string& unit, const std::string& period,
                     const std::vector<Rollup>& rollups);
std::vector<std::pair<std::string, std::string>> parents_with_entries(db::Connection& c);

// Each indicator's code and names, for search.
std::vector<SearchRow> search_indicators(db::Connection& c, const std::optional<std::string>& key);

}  // namespace sen::targets::store
