// The calendar module: what other modules (petitions, tasks, targets), the API and the CLI call.
// Functions run in the caller's transaction and throw sen::Error for what the user must fix.
// Every date given to them or computed by them lies within the calendar's span, else Error
// calendar.out_of_range names the field that led there (date, year, from, to, days, start, period).
#pragma once
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "base/period.hpp"
#include "calendar/deadlines.hpp"
#include "calendar/lunar.hpp"
#include "calendar/span.hpp"
#include "calendar/store.hpp"
#include "calendar/working_days.hpp"
#include "db/connection.hpp"

namespace sen::calendar {

// Loads the reference data of data/reference/ (yearly decisions, deadline rules, reporting
// regimes) that the database lacks; rows already there — also edited ones — are left alone.
void load_reference_data(db::Connection& c);

// The public holidays of the Labour Codes, as dated rules (data/reference/holiday-rules.csv).
std::vector<HolidayRule> holiday_rules();

// The working-day calendar as the database defines it (rest days, decisions) over the holiday rules.
WorkingCalendar working_calendar(db::Connection& c);

// The lunar date of a solar date (field "date").
LunarDate lunar_date(Date solar);
// The solar date of a lunar date (fields "year", and "day" when the result leaves the span);
// Error not_found when the lunar date does not exist.
Date solar_date(int year, int month, int day, bool leap);

// The days off of a year and the rest days worked in it (field "year").
std::vector<DayOff> days_off(db::Connection& c, int year);
// Working days from `from` to `to`, both included: to not before from, at most ten years.
int working_days(db::Connection& c, Date from, Date to);
// The `days`-th working day after `from` (1 to 2000 days).
Date add_working_days(db::Connection& c, Date from, int days);

std::vector<DeadlineRule> rules(db::Connection& c);
// The rule of a code and variant in force on `on` — of several, the one in force from the latest
// day, so a new law supersedes the old from its date. Error not_found for an unknown code or
// variant (naming the known variants); Error unprocessable when no text of the variant is in force
// on `on`, saying from when the earliest is (field "start").
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
// The due date of a legal deadline counted from `event` (field "start"), with the rule that
// produced it.
Due deadline(db::Connection& c, const std::string& code, const std::string& variant, Date event);

// When a report of a regime for a period is due: N working days after the period's cut-off
// (field "period").
struct ReportDue {
  DateRange cutoff;
  Date due;
  store::Regime regime;
};
ReportDue report_due(db::Connection& c, const std::string& regime, const Period& period);
std::vector<store::Regime> regimes(db::Connection& c);

}  // namespace sen::calendar
