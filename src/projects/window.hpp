// The disbursement window of an annual capital plan (Law on Public Investment): the capital of
// plan year N may be paid out from 1 January N until the end of the window in N+1 (31 January),
// later only under an extension decision, and — from the 2024 law on — the capital added after
// 30 September is extended automatically; never after the latest extension (31 December N+1).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/date.hpp"
#include "projects/model.hpp"

namespace sen::projects {

// What the check needs to know about one project, plan year and source.
struct WindowFacts {
  std::vector<WindowRule> rules;          // every rule; the one in force for the year applies
  std::vector<Extension> extensions;      // of the project and plan year
  std::vector<CapitalPlan> plan_history;  // annual allocated decisions of the year and source, oldest first
  std::int64_t paid_after_window = 0;     // already paid (not cancelled) after the window's end
};

// The rule in force for a plan year; Error unprocessable when there is none.
const WindowRule& window_rule(const std::vector<WindowRule>& rules, int plan_year);
// The last day of the base window of a plan year.
Date window_end(const std::vector<WindowRule>& rules, int plan_year);
// The last day any extension of a plan year may reach.
Date latest_extension(const std::vector<WindowRule>& rules, int plan_year);
// Capital of the plan year added by decisions dated after the rule's automatic-extension day
// (the sum of increases); 0 when the rule extends nothing automatically.
std::int64_t added_late(const WindowRule& rule, int plan_year, const std::vector<CapitalPlan>& history);

// Why a payment on `paid_on` of `amount` is allowed ("window", "extension: <basis>",
// "automatic: <law>"); Error unprocessable naming paid_on when it is not.
std::string check_window(const WindowFacts& facts, const std::string& source, int plan_year, Date paid_on,
                         std::int64_t amount);

}  // namespace sen::projects
