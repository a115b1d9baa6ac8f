// The percentages a scorecard item shows, one definition for the app, the API, the reports and
// `sen scorecard`: each names the figure it is taken of (docs/targets.md, "Judging a target").
#pragma once
#include <optional>

#include "targets/targets.hpp"

namespace sen::targets {

// The plan entered apart from the target, when it differs from the target's value (the year's
// capital plan, 607.861, beside the target to disburse at least 547.075) for an amount judged
// upwards; nullopt otherwise.
std::optional<double> plan_apart(const ScorecardItem& item);

// plan_apart for a judged item: the evaluation's share (`achievement_pct`) is then of this plan.
std::optional<double> separate_plan(const ScorecardItem& item);

// "% KH": the actual as a share of the target shown beside it — of the target's value when a plan
// is entered apart, else the evaluation's share; none for a ceiling (kept or not, never a share).
std::optional<double> target_share(const ScorecardItem& item);

}  // namespace sen::targets
