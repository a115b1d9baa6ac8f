// SQL for projects, capital plans, extensions and disbursements; no rules here.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/search_row.hpp"
#include "db/connection.hpp"
#include "projects/model.hpp"

namespace sen::projects::store {

void insert_project(db::Connection& c, const Project& p, const std::string& now);
// Writes the edited fields; false when `expected_version` is stale.
bool update_project(db::Connection& c, const Project& p, std::int64_t expected_version);
// Replaces the locations, funding and links of a project.
void set_managing_unit(db::Connection& c, const std::string& code, const std::string& unit);
void replace_parts(db::Connection& c, const Project& p);
// The project with its locations, funding and links.
std::optional<Project> find(db::Connection& c, const std::string& code);
// Every project without its parts, by code.
std::vector<Project> list(db::Connection& c);

std::int64_t insert_milestone(db::Connection& c, const std::string& project, const Milestone& m);
bool update_milestone(db::Connection& c, const std::string& project, const Milestone& m, std::int64_t expected_version);
std::vector<Milestone> milestones(db::Connection& c, const std::string& project);

void insert_progress(db::Connection& c, const std::string& project, const Progress& p, const std::string& now);
std::vector<Progress> progress(db::Connection& c, const std::string& project);

std::int64_t insert_plan(db::Connection& c, const CapitalPlan& p, const std::string& now);
// Every decision of a project, in decision order.
std::vector<CapitalPlan> plans(db::Connection& c, const std::string& project);
// Annual plan decisions of a year, of every project, in decision order.
std::vector<CapitalPlan> annual_plans(db::Connection& c, int year);
// Years that have an annual plan, oldest first.
std::vector<int> plan_years(db::Connection& c);

std::int64_t insert_extension(db::Connection& c, const Extension& e, const std::string& now);
std::vector<Extension> extensions(db::Connection& c, const std::string& project);

// Writes the payment and adds it to its monthly sum (disbursement_months).
std::int64_t insert_disbursement(db::Connection& c, const Disbursement& d, const std::string& now);
std::optional<Disbursement> find_disbursement(db::Connection& c, std::int64_t id);
// Changes the status and moves the amount between the monthly sums accordingly.
bool update_disbursement_status(db::Connection& c, std::int64_t id, DisbursementStatus status,
                                const std::optional<std::string>& note, std::int64_t expected_version);
std::vector<Disbursement> disbursements(db::Connection& c, const std::string& project);
// Paid (not cancelled) for a project, plan year and source: in total, and after `after`.
std::int64_t paid(db::Connection& c, const std::string& project, int plan_year, const std::string& source);
std::int64_t paid_after(db::Connection& c, const std::string& project, int plan_year, const std::string& source,
                        Date after);

// Payments (not cancelled) of a plan year summed by project, source, status and month ("YYYY-MM").
struct PaymentSum {
  std::string project;
  std::string source;
  DisbursementStatus status = DisbursementStatus::confirmed;
  std::string month;
  std::int64_t amount = 0;
};
BOOST_DESCRIBE_STRUCT(PaymentSum, (), (project, source, status, month, amount))
std::vector<PaymentSum> payment_sums(db::Connection& c, int plan_year);
std::vector<PaymentSum> payment_sums(db::Connection& c, int plan_year, const std::string& project);
// The payments of a plan year made on or before `last`, summed like payment_sums.
std::vector<PaymentSum> payment_sums_through(db::Connection& c, int plan_year, Date last);

bool insert_window_rule(db::Connection& c, const WindowRule& r);
std::vector<WindowRule> window_rules(db::Connection& c);

// Writes a month of the curve only when absent, unless `replace`.
void put_curve_month(db::Connection& c, int month, double expected_percent, bool replace);
Curve curve(db::Connection& c);

// Each project's name, investor and decision, for search.
std::vector<SearchRow> search_rows(db::Connection& c, const std::optional<std::string>& key);

}  // namespace sen::projects::store
