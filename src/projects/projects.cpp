#include "projects/projects.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <initializer_list>

#include "base/csv.hpp"
#include "base/embedded.hpp"
#include "base/error.hpp"
#include "base/limits.hpp"
#include "base/vi_number.hpp"
#include "projects/messages.hpp"
#include "projects/store.hpp"
#include "projects/window.hpp"
#include "targets/store.hpp"
#include "units/rules.hpp"
#include "units/units.hpp"

namespace sen::projects {

namespace {

void require_money(std::int64_t amount, const char* field) {
  if (amount < 0) {
    throw messages::error<"project.amount_negative">(field);
  }
  if (amount > kLargest) {
    throw messages::error<"project.amount_too_large">(field);
  }
}

void require_public_source(const std::string& source) {
  require_one_of("source", source, kSources);
  if (!is_public_source(source)) {
    throw messages::error<"project.source_not_public">("source");
  }
}

// Error invalid_choice naming "status" unless `status` is one of `allowed`: a step takes only some.
void require_status(DisbursementStatus status, const std::vector<DisbursementStatus>& allowed) {
  json::enum_named(model::enum_text(status), "status", allowed);
}

void require_year(int year, const char* field) {
  if (year < 1990 || year > 2100) {
    throw messages::error<"project.year_range">(field, year);
  }
}

void validate(db::Connection& c, Project& p) {
  units::check_code(p.code, "code");
  if (p.name.empty()) throw messages::error<"project.name_missing">("name");
  require_one_of("group", p.group, kGroups);
  if (p.investor.empty()) throw messages::error<"project.investor_missing">("investor");
  units::require_exists(c, p.managing_unit, "managing_unit");
  require_money(p.total_investment, "total_investment");
  require_year(p.start_year, "start_year");
  require_year(p.end_year, "end_year");
  if (p.end_year < p.start_year) {
    throw messages::error<"project.end_before_start">("end_year");
  }
  std::sort(p.locations.begin(), p.locations.end());
  p.locations.erase(std::unique(p.locations.begin(), p.locations.end()), p.locations.end());
  for (const auto& u : p.locations) units::require_exists(c, u, "locations");
  std::int64_t funded = 0;
  for (std::size_t i = 0; i < p.funding.size(); ++i) {
    require_one_of("funding", p.funding[i].source, kSources);
    require_money(p.funding[i].amount, "funding");
    for (std::size_t j = 0; j < i; ++j) {
      if (p.funding[j].source == p.funding[i].source) {
        throw messages::error<"project.funding_repeated">("funding", p.funding[i].source);
      }
    }
    funded = add_amounts(funded, p.funding[i].amount);
  }
  if (funded > p.total_investment) {
    throw messages::error<"project.funding_exceeds_total">("funding", dong(funded), dong(p.total_investment));
  }
  std::sort(p.targets.begin(), p.targets.end());
  p.targets.erase(std::unique(p.targets.begin(), p.targets.end()), p.targets.end());
  for (auto id : p.targets) {
    if (!targets::store::find_target(c, id)) {
      throw messages::error<"project.target_unknown">("targets", id);
    }
  }
}

}  // namespace

void load_reference_data(db::Connection& c) {
  auto table = [](std::string_view path) { return csv::read_table(embedded_file(path), path); };
  for (const auto& r : table("data/reference/disbursement-windows.csv")) {
    std::optional<std::string> auto_after;
    if (!r.at("auto_extend_added_after").empty()) auto_after = r.at("auto_extend_added_after");
    store::insert_window_rule(c, WindowRule{std::stoi(r.at("from_plan_year")), r.at("law"), r.at("ends"),
                                            r.at("latest_extension"), auto_after});
  }
  for (const auto& r : table("data/reference/disbursement-curve.csv")) {
    store::put_curve_month(c, std::stoi(r.at("month")), std::stod(r.at("expected_percent")), false);
  }
}

Project get(db::Connection& c, const std::string& code) {
  auto p = store::find(c, code);
  if (!p) throw messages::error<"project.not_found">("", code);
  return *p;
}

Project create(db::Connection& c, Project p) {
  validate(c, p);
  if (store::find(c, p.code)) {
    throw messages::error<"project.code_taken">("code", p.code);
  }
  store::insert_project(c, p, utc_timestamp());
  store::replace_parts(c, p);
  return get(c, p.code);
}

Project change(db::Connection& c, const Project& edited, std::int64_t version) {
  Project current = get(c, edited.code);
  Project p = edited;
  validate(c, p);
  if (!store::update_project(c, p, version)) throw stale_version(version, current.version);
  store::replace_parts(c, p);
  return get(c, p.code);
}

std::vector<Project> open_managed_by(db::Connection& c, const std::string& unit) {
  auto all = store::list(c);
  std::erase_if(all, [&](const Project& p) {
    return p.managing_unit != unit || (p.stage != Stage::preparation && p.stage != Stage::implementation);
  });
  return all;
}

void hand_over(db::Connection& c, const std::string& code, const std::string& to) {
  units::require_exists(c, to, "to");
  store::set_managing_unit(c, get(c, code).code, to);
}

Milestone add_milestone(db::Connection& c, const std::string& project, Milestone m) {
  get(c, project);
  if (m.name.empty()) throw messages::error<"milestone.name_missing">("name");
  m.id = store::insert_milestone(c, project, m);
  m.version = 1;
  return m;
}

Milestone change_milestone(db::Connection& c, const std::string& project, const Milestone& m, std::int64_t version) {
  get(c, project);
  if (m.name.empty()) throw messages::error<"milestone.name_missing">("name");
  auto all = store::milestones(c, project);
  auto it = std::find_if(all.begin(), all.end(), [&](const Milestone& x) { return x.id == m.id; });
  if (it == all.end()) throw messages::error<"milestone.not_found">("", std::to_string(m.id));
  if (!store::update_milestone(c, project, m, version)) throw stale_version(version, it->version);
  Milestone out = m;
  out.version = version + 1;
  return out;
}

Progress add_progress(db::Connection& c, const std::string& project, Progress p) {
  get(c, project);
  if (p.percent < 0 || p.percent > 100) {
    throw messages::error<"progress.percent_range">("percent");
  }
  store::insert_progress(c, project, p, utc_timestamp());
  return p;
}

CapitalPlan add_plan(db::Connection& c, CapitalPlan p) {
  get(c, p.project);
  require_public_source(p.source);
  require_money(p.amount, "amount");
  require_year(p.year_from, "year_from");
  if (p.kind == PlanKind::annual) p.year_to = p.year_from;
  require_year(p.year_to, "year_to");
  if (p.year_to < p.year_from) {
    throw messages::error<"capital_plan.years_reversed">("year_to");
  }
  if (p.decision.empty()) {
    throw messages::error<"capital_plan.decision_missing">("decision");
  }
  if (p.kind == PlanKind::annual && p.level == PlanLevel::allocated) {
    // Lowering an annual plan below what has been paid is refused: the payments would exceed it.
    auto paid = store::paid(c, p.project, p.year_from, p.source);
    if (p.amount < paid) {
      throw messages::error<"capital_plan.below_paid">("amount", dong(p.amount), dong(paid));
    }
  }
  p.id = store::insert_plan(c, p, utc_timestamp());
  return p;
}

Extension add_extension(db::Connection& c, Extension e) {
  get(c, e.project);
  require_year(e.plan_year, "plan_year");
  if (e.source) require_public_source(*e.source);
  if (e.basis.empty()) {
    throw messages::error<"extension.basis_missing">("basis");
  }
  auto rules = store::window_rules(c);
  Date end = projects::window_end(rules, e.plan_year);
  Date latest = latest_extension(rules, e.plan_year);
  if (e.until <= end || e.until > latest) {
    throw messages::error<"extension.until_range">("until", end, latest);
  }
  e.id = store::insert_extension(c, e, utc_timestamp());
  return e;
}

Recorded disburse(db::Connection& c, Disbursement d) {
  Project project = get(c, d.project);
  require_public_source(d.source);
  require_year(d.plan_year, "plan_year");
  require_status(d.status, kNewPaymentStatuses);
  if (d.amount <= 0) throw messages::error<"disbursement.amount_not_positive">("amount");
  require_money(d.amount, "amount");
  require_calendar_date(d.paid_on, "paid_on");
  std::vector<CapitalPlan> history;
  for (auto& p : store::plans(c, d.project)) {
    if (p.kind == PlanKind::annual && p.level == PlanLevel::allocated && p.year_from == d.plan_year &&
        p.source == d.source) {
      history.push_back(std::move(p));
    }
  }
  std::int64_t plan = history.empty() ? 0 : history.back().amount;
  if (history.empty()) {
    throw messages::error<"disbursement.no_plan">("source", d.plan_year, d.source);
  }
  auto paid = store::paid(c, d.project, d.plan_year, d.source);
  if (add_amounts(paid, d.amount) > plan) {
    throw messages::error<"disbursement.exceeds_plan">("amount", d.plan_year, dong(plan), dong(paid),
                                                       dong(plan - paid));
  }
  WindowFacts facts;
  facts.rules = store::window_rules(c);
  for (auto& e : store::extensions(c, d.project)) {
    if (e.plan_year == d.plan_year) facts.extensions.push_back(std::move(e));
  }
  facts.plan_history = history;
  facts.paid_after_window =
      store::paid_after(c, d.project, d.plan_year, d.source, projects::window_end(facts.rules, d.plan_year));
  auto basis = check_window(facts, d.source, d.plan_year, d.paid_on, d.amount);
  d.illustrative = d.illustrative || project.illustrative;
  d.entered_at = utc_timestamp();
  d.id = store::insert_disbursement(c, d, d.entered_at);
  return {*store::find_disbursement(c, d.id), basis};
}

Disbursement set_status(db::Connection& c, const std::string& project, std::int64_t id, DisbursementStatus status,
                        const std::optional<std::string>& note, std::int64_t version) {
  auto d = store::find_disbursement(c, id);
  if (!d || d->project != project) throw messages::error<"disbursement.not_found">("", std::to_string(id));
  require_status(status, kStatusChanges);
  if (d->status != DisbursementStatus::estimate &&
      !(d->status == DisbursementStatus::confirmed && status == DisbursementStatus::cancelled)) {
    throw messages::error<"disbursement.status">("status", model::enum_text(d->status), model::enum_text(status));
  }
  if (status == DisbursementStatus::cancelled && !note) {
    throw messages::error<"disbursement.note_missing">("note");
  }
  if (!store::update_disbursement_status(c, id, status, note, version)) throw stale_version(version, d->version);
  return *store::find_disbursement(c, id);
}

std::vector<WindowRule> window_rules(db::Connection& c) {
  return store::window_rules(c);
}

Date window_end(db::Connection& c, int plan_year) {
  return projects::window_end(store::window_rules(c), plan_year);
}

Curve curve(db::Connection& c) {
  return store::curve(c);
}

void set_curve(db::Connection& c, const Curve& curve) {
  double previous = 0;
  for (std::size_t i = 0; i < curve.size(); ++i) {
    if (curve[i] < previous || curve[i] > 100) {
      throw messages::error<"curve.month_range">(fmt::format("months[{}]", i), i + 1, number_forms(previous, 1));
    }
    previous = curve[i];
    store::put_curve_month(c, static_cast<int>(i + 1), curve[i], true);
  }
}

namespace {

void add_sum(Ledger& l, const store::PaymentSum& s, int plan_year) {
  int year = std::stoi(s.month.substr(0, 4));
  std::size_t slot = year == plan_year ? static_cast<std::size_t>(std::stoi(s.month.substr(5, 2)) - 1) : kAfterYear;
  l.add_payment(s.source, slot, s.status, s.amount);
}

// The current plans of a year into ledgers: the newest decision of each (project, source, level).
void add_plans(std::map<std::string, Ledger>& out, const std::vector<CapitalPlan>& decisions) {
  for (const auto& p : decisions) {
    auto& target = p.level == PlanLevel::allocated ? out[p.project].allocated : out[p.project].assigned;
    target[p.source] = p.amount;  // decisions come oldest first, so the last one stays
  }
}

}  // namespace

Ledger ledger(db::Connection& c, const std::string& project, int plan_year) {
  std::map<std::string, Ledger> one;
  std::vector<CapitalPlan> decisions;
  for (auto& p : store::plans(c, project)) {
    if (p.kind == PlanKind::annual && p.year_from == plan_year) decisions.push_back(std::move(p));
  }
  add_plans(one, decisions);
  Ledger& l = one[project];
  for (const auto& s : store::payment_sums(c, plan_year, project)) add_sum(l, s, plan_year);
  return l;
}

std::map<std::string, Ledger> ledgers(db::Connection& c, int plan_year) {
  std::map<std::string, Ledger> out;
  add_plans(out, store::annual_plans(c, plan_year));
  for (const auto& s : store::payment_sums(c, plan_year)) add_sum(out[s.project], s, plan_year);
  return out;
}

std::map<std::string, Ledger> ledgers_through(db::Connection& c, int plan_year, Date last) {
  std::map<std::string, Ledger> out;
  add_plans(out, store::annual_plans(c, plan_year));
  for (const auto& s : store::payment_sums_through(c, plan_year, last)) add_sum(out[s.project], s, plan_year);
  return out;
}

}  // namespace sen::projects
