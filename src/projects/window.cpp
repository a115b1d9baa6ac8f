#include "projects/window.hpp"

#include <fmt/format.h>

#include "base/error.hpp"
#include "base/vi_number.hpp"
#include "projects/messages.hpp"

namespace sen::projects {

namespace {

Date day_of(int year, const std::string& month_day) {
  return Date::parse(fmt::format("{:04}-{}", year, month_day)).value();
}

}  // namespace

const WindowRule& window_rule(const std::vector<WindowRule>& rules, int plan_year) {
  const WindowRule* found = nullptr;
  for (const auto& r : rules) {
    if (r.from_plan_year <= plan_year && (!found || r.from_plan_year > found->from_plan_year)) found = &r;
  }
  if (!found) {
    throw messages::error<"disbursement.no_window_rule">("plan_year", plan_year);
  }
  return *found;
}

Date window_end(const std::vector<WindowRule>& rules, int plan_year) {
  return day_of(plan_year + 1, window_rule(rules, plan_year).ends);
}

Date latest_extension(const std::vector<WindowRule>& rules, int plan_year) {
  return day_of(plan_year + 1, window_rule(rules, plan_year).latest_extension);
}

std::int64_t added_late(const WindowRule& rule, int plan_year, const std::vector<CapitalPlan>& history) {
  if (!rule.auto_extend_added_after) return 0;
  Date cutoff = day_of(plan_year, *rule.auto_extend_added_after);
  std::int64_t previous = 0, added = 0;
  for (const auto& p : history) {
    if (p.decision_date > cutoff && p.amount > previous) added += p.amount - previous;
    previous = p.amount;
  }
  return added;
}

std::string check_window(const WindowFacts& facts, const std::string& source, int plan_year, Date paid_on,
                         std::int64_t amount) {
  const WindowRule& rule = window_rule(facts.rules, plan_year);
  Date first = Date::from_ymd(plan_year, 1, 1);
  Date end = day_of(plan_year + 1, rule.ends);
  Date latest = day_of(plan_year + 1, rule.latest_extension);
  if (paid_on < first) {
    throw messages::error<"disbursement.before_plan_year">("paid_on", plan_year, first);
  }
  if (paid_on <= end) return "window";
  if (paid_on > latest) {
    throw messages::error<"disbursement.beyond_extension">("paid_on", plan_year, latest, Localized{rule.law, {}});
  }
  for (const auto& e : facts.extensions) {
    bool covers_source = !e.source || *e.source == source;
    if (e.plan_year == plan_year && covers_source && paid_on <= e.until) return "extension: " + e.basis;
  }
  std::int64_t added = added_late(rule, plan_year, facts.plan_history);
  if (added > 0 && facts.paid_after_window + amount <= added) return "automatic: " + rule.law;
  std::string why_vi;
  if (added > 0) {
    why_vi = fmt::format("; vốn bổ sung sau ngày {} chỉ còn {} đồng được kéo dài tự động",
                         day_of(plan_year, *rule.auto_extend_added_after).vietnamese(),
                         format_vi(static_cast<double>(added - facts.paid_after_window), 0));
  }
  throw messages::error<"disbursement.window_closed">("paid_on", plan_year, end, paid_on, Localized{why_vi, {}});
}

}  // namespace sen::projects
