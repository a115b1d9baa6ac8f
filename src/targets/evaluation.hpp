// Judging a target: pure functions, no storage.
//
// Status, after rounding the actual and the target to the indicator's decimals:
//   no_data   no actual value;
//   not_met   the comparator does not hold (a strict target "> 120" is not met by 120);
//   exceeded  the comparator holds and the actual is strictly better than the target value
//             (higher-is-better: above it; lower-is-better: below it) — so any value meeting
//             a strict target exceeds it;
//   met       the comparator holds without exceeding: equal to the value of ≥, ≤ or =, or
//             within the range of "between".
// Achievement % ("bằng X% kế hoạch") compares the actual with the plan figure — the value of
// the `plan` vintage when one is entered, else the target's value: actual ÷ plan × 100 when
// higher is better, plan ÷ actual × 100 when lower is better; none for "between" targets and
// when a divisor is zero.
#pragma once
#include <optional>
#include <string>

#include "targets/model.hpp"

namespace sen::targets {

enum class Status { exceeded, met, not_met, no_data };

const char* status_code(Status s);

struct Evaluation {
  Status status = Status::no_data;
  std::optional<double> achievement_pct;
};

Evaluation evaluate(const Target& target, const Indicator& indicator, std::optional<double> actual,
                    std::optional<double> plan_figure);

// Vintages that count as actuals, best first: official > preliminary > estimate.
int vintage_rank(Vintage vintage);  // 3, 2, 1; 0 for plan

// Human sentence of a comparator and value in Vietnamese: "≥ 1.039", "> 120", "từ 5 đến 7".
std::string describe_target_vi(const Target& target, int decimals);

}  // namespace sen::targets
