#include "projects/store.hpp"

#include <fmt/format.h>

#include "db/rows.hpp"
#include "db/search_rows.hpp"

namespace sen::projects::store {

namespace {

// The SELECT lists name each column as the model's member (project_code AS project …): rows are
// read by name (db/rows.hpp).
constexpr const char* kSelectProject =
    "SELECT code, name, project_group AS \"group\", investor, managing_unit, total_investment, start_year, end_year, "
    "stage, decision, source, illustrative, created_by, version FROM projects";

constexpr const char* kSelectPlan =
    "SELECT id, project_code AS project, kind, year_from, year_to, source, level, amount, decision, decision_date, "
    "note, illustrative, entered_by FROM capital_plans";

constexpr const char* kSelectDisbursement =
    "SELECT id, project_code AS project, plan_year, source, paid_on, amount, status, document, note, illustrative, "
    "entered_by, entered_at, version FROM disbursements";

constexpr const char* kSumPayments =
    "SELECT project_code AS project, source, status, month, amount FROM disbursement_months WHERE plan_year = $1";

// A record of a project: its columns, the project's code as project_code.
template <class T>
db::Columns project_columns(const T& m, std::initializer_list<std::string_view> skip) {
  auto cols = db::columns(m, skip);
  cols.rename("project", "project_code");
  return cols;
}

// Adds `amount` (negative to take away) to the monthly sum of a payment's key.
void add_to_month(db::Connection& c, const Disbursement& d, DisbursementStatus status, std::int64_t amount) {
  c.execute(
      "INSERT INTO disbursement_months(plan_year, project_code, source, status, month, amount) "
      "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (plan_year, project_code, source, status, month) "
      "DO UPDATE SET amount = disbursement_months.amount + excluded.amount",
      {static_cast<std::int64_t>(d.plan_year), d.project, d.source, model::enum_text(status),
       d.paid_on.iso().substr(0, 7), amount});
}

}  // namespace

void insert_project(db::Connection& c, const Project& p, const std::string& now) {
  auto cols = db::columns(p, {"version"});
  db::insert(c, "projects", cols.rename("group", "project_group").add("created_at", now));
}

bool update_project(db::Connection& c, const Project& p, std::int64_t expected_version) {
  // What an edit may change: not the code, the marks, or who created it.
  auto cols = db::columns(p, {"code", "illustrative", "created_by", "version"});
  cols.rename("group", "project_group");
  auto assignments = cols.assignments(1);
  cols.values.push_back(p.code);
  cols.values.emplace_back(std::in_place_type<std::int64_t>, expected_version);
  return c.execute(fmt::format("UPDATE projects SET {}, version = version + 1 WHERE code = ${} AND version = ${}",
                               assignments, cols.values.size() - 1, cols.values.size()),
                   cols.values) == 1;
}

void set_managing_unit(db::Connection& c, const std::string& code, const std::string& unit) {
  c.execute("UPDATE projects SET managing_unit = $2, version = version + 1 WHERE code = $1", {code, unit});
}

void replace_parts(db::Connection& c, const Project& p) {
  for (const char* table : {"project_locations", "project_funding", "project_links"}) {
    c.execute(std::string("DELETE FROM ") + table + " WHERE project_code = $1", {p.code});
  }
  for (const auto& u : p.locations) {
    c.execute("INSERT INTO project_locations(project_code, unit_code) VALUES ($1, $2)", {p.code, u});
  }
  for (const auto& f : p.funding) {
    c.execute("INSERT INTO project_funding(project_code, source, amount) VALUES ($1, $2, $3)",
              {p.code, f.source, f.amount});
  }
  for (const auto& t : p.tasks) {
    c.execute("INSERT INTO project_links(project_code, kind, ref) VALUES ($1, 'task', $2)", {p.code, t});
  }
  for (auto t : p.targets) {
    c.execute("INSERT INTO project_links(project_code, kind, ref) VALUES ($1, 'target', $2)",
              {p.code, std::to_string(t)});
  }
}

std::optional<Project> find(db::Connection& c, const std::string& code) {
  auto r = db::read_all<Project>(c.query(std::string(kSelectProject) + " WHERE code = $1", {code}));
  if (r.empty()) return std::nullopt;
  Project p = r.front();
  auto locations =
      c.query("SELECT unit_code FROM project_locations WHERE project_code = $1 ORDER BY unit_code", {code});
  for (std::size_t i = 0; i < locations.size(); ++i) p.locations.push_back(locations.row(i).text(0));
  p.funding = db::read_all<Funding>(
      c.query("SELECT source, amount FROM project_funding WHERE project_code = $1 ORDER BY source", {code}));
  auto links = c.query("SELECT kind, ref FROM project_links WHERE project_code = $1 ORDER BY kind, ref", {code});
  for (std::size_t i = 0; i < links.size(); ++i) {
    if (links.row(i).text(0) == "task")
      p.tasks.push_back(links.row(i).text(1));
    else
      p.targets.push_back(std::stoll(links.row(i).text(1)));
  }
  return p;
}

std::vector<Project> list(db::Connection& c) {
  return db::read_all<Project>(c.query(std::string(kSelectProject) + " ORDER BY code"));
}

std::int64_t insert_milestone(db::Connection& c, const std::string& project, const Milestone& m) {
  auto cols = db::columns(m, {"id", "version"});
  return db::insert(c, "project_milestones", cols.add("project_code", project), "RETURNING id").row(0).integer(0);
}

bool update_milestone(db::Connection& c, const std::string& project, const Milestone& m,
                      std::int64_t expected_version) {
  auto cols = db::columns(m, {"id", "version"});
  auto assignments = cols.assignments(1);
  cols.values.insert(cols.values.end(), {m.id, project, expected_version});
  auto n = cols.values.size();
  return c.execute(fmt::format("UPDATE project_milestones SET {}, version = version + 1 WHERE id = ${} AND "
                               "project_code = ${} AND version = ${}",
                               assignments, n - 2, n - 1, n),
                   cols.values) == 1;
}

std::vector<Milestone> milestones(db::Connection& c, const std::string& project) {
  return db::read_all<Milestone>(
      c.query("SELECT id, name, planned_on, actual_on, version FROM project_milestones WHERE project_code = $1 "
              "ORDER BY planned_on, id",
              {project}));
}

void insert_progress(db::Connection& c, const std::string& project, const Progress& p, const std::string& now) {
  auto cols = db::columns(p);
  db::insert(c, "project_progress", cols.add("project_code", project).add("entered_at", now));
}

std::vector<Progress> progress(db::Connection& c, const std::string& project) {
  return db::read_all<Progress>(
      c.query("SELECT as_of, percent, note, entered_by FROM project_progress WHERE project_code = $1 "
              "ORDER BY as_of, id",
              {project}));
}

std::int64_t insert_plan(db::Connection& c, const CapitalPlan& p, const std::string& now) {
  auto cols = project_columns(p, {"id"});
  return db::insert(c, "capital_plans", cols.add("entered_at", now), "RETURNING id").row(0).integer(0);
}

std::vector<CapitalPlan> plans(db::Connection& c, const std::string& project) {
  return db::read_all<CapitalPlan>(
      c.query(std::string(kSelectPlan) + " WHERE project_code = $1 ORDER BY decision_date, id", {project}));
}

std::vector<CapitalPlan> annual_plans(db::Connection& c, int year) {
  return db::read_all<CapitalPlan>(
      c.query(std::string(kSelectPlan) + " WHERE kind = $2 AND year_from = $1 ORDER BY decision_date, id",
              {static_cast<std::int64_t>(year), model::enum_text(PlanKind::annual)}));
}

std::vector<int> plan_years(db::Connection& c) {
  auto r = c.query("SELECT DISTINCT year_from FROM capital_plans WHERE kind = $1 ORDER BY year_from",
                   {model::enum_text(PlanKind::annual)});
  std::vector<int> out;
  for (std::size_t i = 0; i < r.size(); ++i) out.push_back(static_cast<int>(r.row(i).integer(0)));
  return out;
}

std::int64_t insert_extension(db::Connection& c, const Extension& e, const std::string& now) {
  auto cols = project_columns(e, {"id"});
  cols.rename("until", "until_date").add("entered_at", now);
  return db::insert(c, "plan_extensions", cols, "RETURNING id").row(0).integer(0);
}

std::vector<Extension> extensions(db::Connection& c, const std::string& project) {
  return db::read_all<Extension>(
      c.query("SELECT id, project_code AS project, plan_year, source, until_date AS until, basis, decision_date, "
              "entered_by FROM plan_extensions WHERE project_code = $1 ORDER BY plan_year, decision_date, id",
              {project}));
}

std::int64_t insert_disbursement(db::Connection& c, const Disbursement& d, const std::string& now) {
  add_to_month(c, d, d.status, d.amount);
  auto cols = project_columns(d, {"id", "entered_at", "version"});
  return db::insert(c, "disbursements", cols.add("entered_at", now), "RETURNING id").row(0).integer(0);
}

std::optional<Disbursement> find_disbursement(db::Connection& c, std::int64_t id) {
  auto r = db::read_all<Disbursement>(c.query(std::string(kSelectDisbursement) + " WHERE id = $1", {id}));
  if (r.empty()) return std::nullopt;
  return r.front();
}

bool update_disbursement_status(db::Connection& c, std::int64_t id, DisbursementStatus status,
                                const std::optional<std::string>& note, std::int64_t expected_version) {
  auto before = find_disbursement(c, id);
  bool updated = c.execute(
                     "UPDATE disbursements SET status = $1, note = COALESCE($2, note), version = version + 1 "
                     "WHERE id = $3 AND version = $4",
                     {model::enum_text(status), db::nullable(note), id, expected_version}) == 1;
  if (updated && before && before->status != status) {
    if (before->status != DisbursementStatus::cancelled) add_to_month(c, *before, before->status, -before->amount);
    if (status != DisbursementStatus::cancelled) add_to_month(c, *before, status, before->amount);
  }
  return updated;
}

std::vector<Disbursement> disbursements(db::Connection& c, const std::string& project) {
  return db::read_all<Disbursement>(
      c.query(std::string(kSelectDisbursement) + " WHERE project_code = $1 ORDER BY paid_on, id", {project}));
}

std::int64_t paid(db::Connection& c, const std::string& project, int plan_year, const std::string& source) {
  return c
      .query(
          "SELECT CAST(COALESCE(SUM(amount), 0) AS BIGINT) FROM disbursements WHERE project_code = $1 "
          "AND plan_year = $2 AND source = $3 AND status <> $4",
          {project, static_cast<std::int64_t>(plan_year), source, model::enum_text(DisbursementStatus::cancelled)})
      .row(0)
      .integer(0);
}

std::int64_t paid_after(db::Connection& c, const std::string& project, int plan_year, const std::string& source,
                        Date after) {
  return c
      .query(
          "SELECT CAST(COALESCE(SUM(amount), 0) AS BIGINT) FROM disbursements WHERE project_code = $1 "
          "AND plan_year = $2 AND source = $3 AND status <> $5 AND paid_on > $4",
          {project, static_cast<std::int64_t>(plan_year), source, after.iso(),
           model::enum_text(DisbursementStatus::cancelled)})
      .row(0)
      .integer(0);
}

std::vector<PaymentSum> payment_sums(db::Connection& c, int plan_year) {
  return db::read_all<PaymentSum>(c.query(kSumPayments, {static_cast<std::int64_t>(plan_year)}));
}

std::vector<PaymentSum> payment_sums(db::Connection& c, int plan_year, const std::string& project) {
  return db::read_all<PaymentSum>(
      c.query(std::string(kSumPayments) + " AND project_code = $2", {static_cast<std::int64_t>(plan_year), project}));
}

std::vector<PaymentSum> payment_sums_through(db::Connection& c, int plan_year, Date last) {
  return db::read_all<PaymentSum>(
      c.query("SELECT project_code AS project, source, status, substr(paid_on, 1, 7) AS month, "
              "CAST(SUM(amount) AS BIGINT) AS amount "
              "FROM disbursements WHERE plan_year = $1 AND paid_on <= $2 AND status <> $3 "
              "GROUP BY project_code, source, status, substr(paid_on, 1, 7)",
              {static_cast<std::int64_t>(plan_year), last.iso(), model::enum_text(DisbursementStatus::cancelled)}));
}

bool insert_window_rule(db::Connection& c, const WindowRule& r) {
  auto cols = db::columns(r);
  return c.execute(
             fmt::format("INSERT INTO disbursement_windows({}) VALUES ({}) ON CONFLICT (from_plan_year) DO NOTHING",
                         cols.list(), cols.placeholders()),
             cols.values) == 1;
}

std::vector<WindowRule> window_rules(db::Connection& c) {
  return db::read_all<WindowRule>(
      c.query("SELECT from_plan_year, law, ends, latest_extension, auto_extend_added_after "
              "FROM disbursement_windows ORDER BY from_plan_year"));
}

void put_curve_month(db::Connection& c, int month, double expected_percent, bool replace) {
  std::string sql =
      "INSERT INTO disbursement_curve(month_number, expected_percent) VALUES ($1, $2) "
      "ON CONFLICT (month_number) DO ";
  sql += replace ? "UPDATE SET expected_percent = excluded.expected_percent" : "NOTHING";
  c.execute(sql, {static_cast<std::int64_t>(month), expected_percent});
}

Curve curve(db::Connection& c) {
  Curve out{};
  auto r = c.query("SELECT month_number, expected_percent FROM disbursement_curve ORDER BY month_number");
  for (std::size_t i = 0; i < r.size(); ++i) {
    auto m = r.row(i).integer(0);
    if (m >= 1 && m <= 12) out[static_cast<std::size_t>(m - 1)] = r.row(i).real(1);
  }
  return out;
}

std::vector<SearchRow> search_rows(db::Connection& c, const std::optional<std::string>& code) {
  return db::read_search_rows(
      c,
      {"SELECT code AS id, name AS title, investor || ' ' || COALESCE(decision, '') AS body FROM projects", "", "code",
       db::KeyType::text},
      code);
}

}  // namespace sen::projects::store
