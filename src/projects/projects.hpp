// The projects module: what the API, the CLI, the demo data and the targets module call. Every
// function runs inside the caller's transaction and throws sen::Error for what the user must fix.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "db/connection.hpp"
#include "projects/model.hpp"
#include "projects/rates.hpp"

namespace sen::projects {

// Loads the disbursement-window rules and the default monthly curve (kept when already there).
void load_reference_data(db::Connection& c);

// Error not_found when the code is unknown.
Project get(db::Connection& c, const std::string& code);
Project create(db::Connection& c, Project p);
// Replaces the editable fields and parts; Error conflict when `version` is stale.
Project change(db::Connection& c, const Project& edited, std::int64_t version);
// The projects that `unit` manages and that are not yet completed (in preparation or under way).
std::vector<Project> open_managed_by(db::Connection& c, const std::string& unit);
// Makes `to` the managing unit of project `code` (a closed unit's work handed over).
void hand_over(db::Connection& c, const std::string& code, const std::string& to);

Milestone add_milestone(db::Connection& c, const std::string& project, Milestone m);
Milestone change_milestone(db::Connection& c, const std::string& project, const Milestone& m, std::int64_t version);
Progress add_progress(db::Connection& c, const std::string& project, Progress p);

// A decision on a capital plan: a new plan or an adjustment of the current one.
CapitalPlan add_plan(db::Connection& c, CapitalPlan p);
Extension add_extension(db::Connection& c, Extension e);

struct Recorded {
  Disbursement disbursement;
  std::string basis;  // why its date is allowed: window, extension: …, automatic: …
};
// Records a payment. Refused (unprocessable) without an annual plan of its year and source,
// beyond that plan, or outside the disbursement window unless an extension covers it.
Recorded disburse(db::Connection& c, Disbursement d);
// estimate → confirmed, estimate|confirmed → cancelled.
Disbursement set_status(db::Connection& c, const std::string& project, std::int64_t id, DisbursementStatus status,
                        const std::optional<std::string>& note, std::int64_t version);

std::vector<WindowRule> window_rules(db::Connection& c);
// The window of a project's plan year as it stands: its base end and the extensions that apply.
Date window_end(db::Connection& c, int plan_year);

Curve curve(db::Connection& c);
// Each month's percent in [0, 100] and never below the month before; Error naming the month.
void set_curve(db::Connection& c, const Curve& curve);

// Plans and payments of one plan year: of one project, or of every project by code.
Ledger ledger(db::Connection& c, const std::string& project, int plan_year);
std::map<std::string, Ledger> ledgers(db::Connection& c, int plan_year);
// The same, with only the payments made on or before `last` (a report's data cut-off).
std::map<std::string, Ledger> ledgers_through(db::Connection& c, int plan_year, Date last);

}  // namespace sen::projects
