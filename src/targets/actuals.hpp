// Finding the actual figure of an indicator for a unit and a period: the best entered
// vintage (official > preliminary > estimate); else computed by the indicator's formula; else
// rolled up from the parts of the period (quarters, months) by its period aggregation; else
// rolled up from the unit's children by its unit aggregation. Derived figures say how they were
// made and take the weakest vintage of their inputs. A roll-up needs every part. An indicator
// computed from records (computed_from) takes, when nothing is entered, the figure of the module
// that keeps them (targets/figure_sources.hpp): the payments of the projects managed in the
// unit's subtree and their full-year plan, or the admissions and ratings counted by oversight.
#pragma once
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "base/period.hpp"
#include "db/connection.hpp"
#include "targets/figure_sources.hpp"
#include "targets/model.hpp"
#include "units/model.hpp"

namespace sen::targets {

// Adds a step to the figure's lineage path (once), illustrative if the share is.
void add_step(Actual& a, const LineageStep& step);

class ActualResolver {
 public:
  explicit ActualResolver(db::Connection& c);
  // Rolls units up from their children as the hierarchy stood on `day` (a date's map), whatever
  // the period; units that did not exist in a period answer through their lineage.
  void use_map(Date day) { map_ = day; }
  // Reads the values of `indicator` and of those its figure is made from (its formula's inputs,
  // its weight), and of no other: for a caller that wants one indicator of many units (a
  // breakdown, a series). Asking for another indicator's figure after is a std::logic_error.
  void only(const std::string& indicator);

  std::optional<Actual> actual(const std::string& indicator, const std::string& unit, const Period& period);
  // The entered `plan` vintage (kế hoạch) of the key; nullopt when none.
  std::optional<double> plan_figure(const std::string& indicator, const std::string& unit, const Period& period);
  const Indicator* indicator(const std::string& code) const;
  // The figure the records give for an indicator computed from them (admissions, ratings,
  // disbursements), whatever was entered; nullopt when it is not computed or the records give none.
  std::optional<Actual> records_figure(const std::string& indicator, const std::string& unit, const Period& period);
  // Why the key has no actual when its lineage refused it (not comparable); nullopt otherwise.
  std::optional<Refusal> refusal(const std::string& indicator, const std::string& unit, const Period& period) const;
  // Asks `reader` for the figures of the source whose derivation is `module` (a caller that has
  // read the records already).
  void use_reader(const std::string& module, std::unique_ptr<FigureReader> reader);

 private:
  using Key = std::tuple<std::string, std::string, std::string>;  // indicator, unit, period
  // std::logic_error when only() left the indicator unread.
  void require_read(const std::string& indicator) const;
  std::optional<Actual> resolve(const Indicator& ind, const std::string& unit, const Period& period, int depth);
  std::optional<Actual> from_formula(const Indicator& ind, const std::string& unit, const Period& period, int depth);
  std::optional<Actual> from_parts(const Indicator& ind, const std::string& unit, const Period& period, int depth);
  std::optional<Actual> from_children(const Indicator& ind, const std::string& unit, const Period& period, int depth);
  std::optional<Actual> from_records(const Indicator& ind, const std::string& unit, const Period& period);
  // targets/lineage.cpp: a unit's figure for a period outside its lifetime, from its
  // predecessors (before it) or its successors (after it).
  std::optional<Actual> from_lineage(const Indicator& ind, const std::string& unit, const Period& period, int depth);
  void refuse(const Indicator& ind, const std::string& unit, const Period& period, Refusal why);
  FigureReader& reader(const FigureSource& source);
  // What is known of one unit and period: the current value of each indicator in each vintage
  // (all periods of the unit's year are read at once), and the figures resolved so far.
  struct Bucket {
    std::unordered_map<std::string, std::map<Vintage, Value>> values;  // indicator → vintage → value
    std::unordered_map<std::string, std::optional<Actual>> resolved;   // by indicator
    std::unordered_map<std::string, Rollup> rollups;                   // by indicator, when read
  };
  Bucket& bucket(const std::string& unit, const Period& period);
  // The children whose figures add up to the unit's for the period (targets/rollups.hpp: on which day).
  const std::vector<units::Unit>& children(const std::string& unit, const Period& period);
  // The roll-up of the indicator for the unit and period (targets/rollups.hpp) when one is kept for
  // the children of `day`; its figure is the one from_children would add up.
  std::optional<Actual> from_rollup(const Indicator& ind, const std::string& unit, const Period& period, Date day);
  // The unit's lifetime; nullopt for a code no unit has.
  const std::optional<units::Lifetime>& lifetime(const std::string& unit);
  // Whether the unit existed on some day of the period (true for a code no unit has).
  bool existed_in(const std::string& unit, const Period& period);

  db::Connection& db_;
  std::map<std::string, Indicator> indicators_;
  std::unordered_map<std::string, Bucket> buckets_;            // by unit and period (bucket_key)
  std::set<std::pair<std::string, int>> loaded_years_;         // (unit, year)
  std::set<std::pair<std::string, int>> loaded_rollup_years_;  // (unit, year)
  std::map<std::pair<std::string, std::string>, std::vector<units::Unit>> children_;
  std::map<std::string, std::optional<units::Lifetime>> lifetimes_;
  std::map<Key, Refusal> refusals_;
  std::optional<Date> map_;
  std::vector<std::string> only_;                                 // the indicators read (sorted); empty: all
  std::map<std::string, std::unique_ptr<FigureReader>> readers_;  // by module, opened on first use
};

}  // namespace sen::targets
