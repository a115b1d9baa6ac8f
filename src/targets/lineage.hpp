// Figures and targets across a reorganisation (docs/targets.md, "Across a reorganisation"). A unit's
// figure for a period before it existed comes from its root predecessors, each counted with the
// share that went to it; one for a period after it closed comes from its successors, each of which
// must have come wholly from it. Additive indicators (unit aggregation `sum`) are summed with the
// shares; formula indicators (ratios) are recomputed from their inputs by the formula path;
// anything else is refused as not comparable, unless one unit simply became another.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "base/period.hpp"
#include "db/connection.hpp"
#include "targets/model.hpp"

namespace sen::targets {

// The share of `predecessor` counted for `successor` for the indicator: the whole when the
// predecessor had one successor, else the share on the indicator's own basis, else on population.
std::optional<LineageStep> lineage_share(db::Connection& c, const std::string& indicator,
                                         const std::string& predecessor, const std::string& successor);

// A target of a unit for a period outside its lifetime, derived from those of its lineage.
struct DerivedTarget {
  Target target;
  std::vector<LineageStep> path;
};
// The targets of the units whose figures `unit` takes for `period` (its root predecessors before
// it existed, its successors after it closed): additive ones summed with the shares, others taken
// when every source sets the same. Empty while the unit exists during the period.
std::vector<DerivedTarget> lineage_targets(db::Connection& c, const std::string& unit, const Period& period);

}  // namespace sen::targets
