// The calendar module: what other modules (petitions, tasks, targets), the API and the CLI call.
// Functions run in the caller's transaction and throw sen::Error for what the user must fix.
#pragma once
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "base/period.hpp"
#include "calendar/deadlines.hpp"
#include "calendar/store.hpp"
#include "calendar/working_days.hpp"
#include "db/connection.hpp"

namespace sen::calendar {

// Loads the reference data of data/reference/ (yearly decisions, deadline rules, reporting
// regimes) that the database lacks; rows already there — also edited ones — are left alone.
void load_reference_data(db::Connection& c);

// The working-day calendar as the database defines it (rest days, decisions).
WorkingCalendar working_calendar(db::Connection& c);

std::vector<DeadlineRule> rules(db::Connection& c);
// The rule of a code and variant in force on `on` — of several, the one in force from the latest
// day, so a new law supersedes the old from its date; Error not_found naming the known variants.
DeadlineRule rule(db::Connection& c, const std::string& code, const std::string& variant, Date on);
// Adds a dated rule (a new law replaces an old one from a date); Error conflict when the same
// code, variant and start exist.
DeadlineRule add_rule(db::Connection& c, DeadlineRule r);

std::vector<Decision> decisions(db::Connection& c);
Decision add_decision(db::Connection& c, Decision d);
void set_rest_weekdays(db::Connection& c, const std::set<unsigned>& days);

struct Due {
  Date date;
  DeadlineRule rule;
};
// The due date of a legal deadline counted from `event`, with the rule that produced it.
Due deadline(db::Connection& c, const std::string& code, const std::string& variant, Date event);

// When a report of a regime for a period is due: N working days after the period's cut-off.
struct ReportDue {
  DateRange cutoff;
  Date due;
  store::Regime regime;
};
ReportDue report_due(db::Connection& c, const std::string& regime, const Period& period);
std::vector<store::Regime> regimes(db::Connection& c);

}  // namespace sen::calendar
