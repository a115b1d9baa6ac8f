// Public-investment projects (dự án đầu tư công): money is integer đồng throughout.
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/date.hpp"
#include "base/limits.hpp"
#include "base/model.hpp"
#include "base/request.hpp"

namespace sen::projects {

// The name of its kind of record: files, search and handovers name it (app::RecordKind).
inline constexpr const char* kRecordKind = "project";

inline const std::vector<std::string> kGroups = {"A", "B", "C"};
// Where a project stands: being prepared, under construction, completed, its accounts settled.
enum class Stage { preparation, implementation, completed, settled };
BOOST_DESCRIBE_ENUM(Stage, preparation, implementation, completed, settled)
// Funding sources; all but 'socialised' are public investment capital.
inline const std::vector<std::string> kSources = {"city", "province", "central", "oda", "socialised"};
inline bool is_public_source(const std::string& s) {
  return s != "socialised";
}
// A capital plan's kind: the plan of one year, or the medium-term plan of several.
enum class PlanKind { annual, medium_term };
BOOST_DESCRIBE_ENUM(PlanKind, annual, medium_term)
// allocated: the full-year plan as allocated (kế hoạch giao); assigned: by the higher level.
enum class PlanLevel { allocated, assigned };
BOOST_DESCRIBE_ENUM(PlanLevel, allocated, assigned)
// A payment's status: estimated (ước), confirmed by the treasury, or cancelled (counted nowhere).
enum class DisbursementStatus { estimate, confirmed, cancelled };
BOOST_DESCRIBE_ENUM(DisbursementStatus, estimate, confirmed, cancelled)
// The statuses a new payment may have, and those an estimate or a confirmed payment may change to.
inline const std::vector<DisbursementStatus> kNewPaymentStatuses = {DisbursementStatus::estimate,
                                                                    DisbursementStatus::confirmed};
inline const std::vector<DisbursementStatus> kStatusChanges = {DisbursementStatus::confirmed,
                                                               DisbursementStatus::cancelled};

struct Funding {
  std::string source;
  std::int64_t amount = 0;
};
BOOST_DESCRIBE_STRUCT(Funding, (), (source, amount))

struct Project {
  std::string code;
  std::string name;
  std::string group;
  std::string investor;
  std::string managing_unit;
  std::int64_t total_investment = 0;
  int start_year = 0;
  int end_year = 0;
  Stage stage = Stage::implementation;
  std::optional<std::string> decision;
  std::optional<std::string> source;
  bool illustrative = false;
  std::vector<std::string> locations;  // unit codes
  std::vector<Funding> funding;
  std::vector<std::string> tasks;     // task codes
  std::vector<std::int64_t> targets;  // target ids
  std::string created_by;
  std::int64_t version = 1;
};
// `group` is the column project_group; the lists are rows of their own (store.cpp).
BOOST_DESCRIBE_STRUCT(Project, (),
                      (code, name, group, investor, managing_unit, total_investment, start_year, end_year, stage,
                       decision, source, illustrative, locations, funding, tasks, targets, created_by, version))
// What a request may set of a project (its funding and targets are read beside these); creating
// one needs the code and what the first eight name, and an edit cannot change the code.
inline const std::vector<json::Rule> kProjectRequest = {json::Rule::line("code", 32),
                                                        json::Rule::line("name", 500),
                                                        json::Rule::line("group", 2),
                                                        json::Rule::line("investor", 500),
                                                        json::Rule::line("managing_unit", 32),
                                                        json::Rule::number("total_investment", 0, kLargest),
                                                        json::Rule::number("start_year", kFirstYear, kLastYear),
                                                        json::Rule::number("end_year", kFirstYear, kLastYear),
                                                        json::Rule{"stage"},
                                                        json::Rule::line("decision", 200),
                                                        json::Rule::line("source", 2000),
                                                        json::Rule{"illustrative"},
                                                        json::Rule{"locations"}};

struct Milestone {
  std::int64_t id = 0;
  std::string name;
  Date planned_on;
  std::optional<Date> actual_on;
  std::int64_t version = 1;
};
BOOST_DESCRIBE_STRUCT(Milestone, (), (id, name, planned_on, actual_on, version))

struct Progress {
  Date as_of;
  double percent = 0;
  std::optional<std::string> note;
  std::string entered_by;
};
BOOST_DESCRIBE_STRUCT(Progress, (), (as_of, percent, note, entered_by))

struct CapitalPlan {
  std::int64_t id = 0;
  std::string project;
  PlanKind kind = PlanKind::annual;
  int year_from = 0;
  int year_to = 0;
  std::string source;
  PlanLevel level = PlanLevel::allocated;
  std::int64_t amount = 0;
  std::string decision;
  Date decision_date;
  std::optional<std::string> note;
  bool illustrative = false;
  std::string entered_by;
};
// `project` is the column project_code.
BOOST_DESCRIBE_STRUCT(CapitalPlan, (),
                      (id, project, kind, year_from, year_to, source, level, amount, decision, decision_date, note,
                       illustrative, entered_by))

struct Extension {
  std::int64_t id = 0;
  std::string project;
  int plan_year = 0;
  std::optional<std::string> source;  // every source when absent
  Date until;
  std::string basis;
  Date decision_date;
  std::string entered_by;
};
// `project` is the column project_code, `until` the column until_date.
BOOST_DESCRIBE_STRUCT(Extension, (), (id, project, plan_year, source, until, basis, decision_date, entered_by))

struct Disbursement {
  std::int64_t id = 0;
  std::string project;
  int plan_year = 0;
  std::string source;
  Date paid_on;
  std::int64_t amount = 0;
  DisbursementStatus status = DisbursementStatus::confirmed;
  std::optional<std::string> document;
  std::optional<std::string> note;
  bool illustrative = false;
  std::string entered_by;
  std::string entered_at;
  std::int64_t version = 1;
};
// `project` is the column project_code.
BOOST_DESCRIBE_STRUCT(Disbursement, (),
                      (id, project, plan_year, source, paid_on, amount, status, document, note, illustrative,
                       entered_by, entered_at, version))

// The disbursement window of annual plans from a plan year on, under one law.
struct WindowRule {
  int from_plan_year = 0;
  std::string law;
  std::string ends;                                    // MM-DD of the following year
  std::string latest_extension;                        // MM-DD of the following year
  std::optional<std::string> auto_extend_added_after;  // MM-DD of the plan year
};
BOOST_DESCRIBE_STRUCT(WindowRule, (), (from_plan_year, law, ends, latest_extension, auto_extend_added_after))

// Expected cumulative disbursement (percent of the full-year plan) at the end of each month.
using Curve = std::array<double, 12>;

}  // namespace sen::projects
