#include "projects/store.hpp"

#include "db/rows.hpp"
#include "db/search_rows.hpp"

namespace sen::projects::store {

namespace {

std::int64_t flag(bool b) {
  return b ? 1 : 0;
}

constexpr const char* kSelectProject =
    "SELECT code, name, project_group, investor, managing_unit, total_investment, start_year, end_year, stage, "
    "decision, source, illustrative, created_by, version FROM projects";

Project project_of(const db::Row& r) {
  Project p;
  p.code = r.text(0);
  p.name = r.text(1);
  p.group = r.text(2);
  p.investor = r.text(3);
  p.managing_unit = r.text(4);
  p.total_investment = r.integer(5);
  p.start_year = static_cast<int>(r.integer(6));
  p.end_year = static_cast<int>(r.integer(7));
  p.stage = r.text(8);
  p.decision = r.optional_text(9);
  p.source = r.optional_text(10);
  p.illustrative = r.boolean(11);
  p.created_by = r.text(12);
  p.version = r.integer(13);
  return p;
}

constexpr const char* kSelectPlan =
    "SELECT id, project_code, kind, year_from, year_to, source, level, amount, decision, decision_date, note, "
    "illustrative, entered_by FROM capital_plans";

CapitalPlan plan_of(const db::Row& r) {
  CapitalPlan p;
  p.id = r.integer(0);
  p.project = r.text(1);
  p.kind = r.text(2);
  p.year_from = static_cast<int>(r.integer(3));
  p.year_to = static_cast<int>(r.integer(4));
  p.source = r.text(5);
  p.level = r.text(6);
  p.amount = r.integer(7);
  p.decision = r.text(8);
  p.decision_date = r.date(9);
  p.note = r.optional_text(10);
  p.illustrative = r.boolean(11);
  p.entered_by = r.text(12);
  return p;
}

std::vector<CapitalPlan> plans_of(const db::Result& r) {
  std::vector<CapitalPlan> out;
  for (std::size_t i = 0; i < r.size(); ++i) out.push_back(plan_of(r.row(i)));
  return out;
}

constexpr const char* kSelectDisbursement =
    "SELECT id, project_code, plan_year, source, paid_on, amount, status, document, note, illustrative, entered_by, "
    "entered_at, version FROM disbursements";

Disbursement disbursement_of(const db::Row& r) {
  Disbursement d;
  d.id = r.integer(0);
  d.project = r.text(1);
  d.plan_year = static_cast<int>(r.integer(2));
  d.source = r.text(3);
  d.paid_on = r.date(4);
  d.amount = r.integer(5);
  d.status = r.text(6);
  d.document = r.optional_text(7);
  d.note = r.optional_text(8);
  d.illustrative = r.boolean(9);
  d.entered_by = r.text(10);
  d.entered_at = r.text(11);
  d.version = r.integer(12);
  return d;
}

std::vector<PaymentSum> sums_of(const db::Result& r) {
  std::vector<PaymentSum> out;
  out.reserve(r.size());
  for (std::size_t i = 0; i < r.size(); ++i) {
    auto row = r.row(i);
    out.push_back({row.text(0), row.text(1), row.text(2), row.text(3), row.integer(4)});
  }
  return out;
}

constexpr const char* kSumPayments =
    "SELECT project_code, source, status, month, amount FROM disbursement_months WHERE plan_year = $1";

// Adds `amount` (negative to take away) to the monthly sum of a payment's key.
void add_to_month(db::Connection& c, const Disbursement& d, const std::string& status, std::int64_t amount) {
  c.execute(
      "INSERT INTO disbursement_months(plan_year, project_code, source, status, month, amount) "
      "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (plan_year, project_code, source, status, month) "
      "DO UPDATE SET amount = disbursement_months.amount + excluded.amount",
      {static_cast<std::int64_t>(d.plan_year), d.project, d.source, status, d.paid_on.iso().substr(0, 7), amount});
}

}  // namespace

void insert_project(db::Connection& c, const Project& p, const std::string& now) {
  c.execute(
      "INSERT INTO projects(code, name, project_group, investor, managing_unit, total_investment, start_year, "
      "end_year, stage, decision, source, illustrative, created_by, created_at) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)",
      {p.code, p.name, p.group, p.investor, p.managing_unit, p.total_investment,
       static_cast<std::int64_t>(p.start_year), static_cast<std::int64_t>(p.end_year), p.stage,
       db::nullable(p.decision), db::nullable(p.source), flag(p.illustrative), p.created_by, now});
}

bool update_project(db::Connection& c, const Project& p, std::int64_t expected_version) {
  return c.execute(
             "UPDATE projects SET name = $1, project_group = $2, investor = $3, managing_unit = $4, "
             "total_investment = $5, start_year = $6, end_year = $7, stage = $8, decision = $9, source = $10, "
             "version = version + 1 WHERE code = $11 AND version = $12",
             {p.name, p.group, p.investor, p.managing_unit, p.total_investment, static_cast<std::int64_t>(p.start_year),
              static_cast<std::int64_t>(p.end_year), p.stage, db::nullable(p.decision), db::nullable(p.source), p.code,
              expected_version}) == 1;
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
  auto r = c.query(std::string(kSelectProject) + " WHERE code = $1", {code});
  if (r.empty()) return std::nullopt;
  Project p = project_of(r.row(0));
  auto locations =
      c.query("SELECT unit_code FROM project_locations WHERE project_code = $1 ORDER BY unit_code", {code});
  for (std::size_t i = 0; i < locations.size(); ++i) p.locations.push_back(locations.row(i).text(0));
  auto funding = c.query("SELECT source, amount FROM project_funding WHERE project_code = $1 ORDER BY source", {code});
  for (std::size_t i = 0; i < funding.size(); ++i)
    p.funding.push_back({funding.row(i).text(0), funding.row(i).integer(1)});
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
  auto r = c.query(std::string(kSelectProject) + " ORDER BY code");
  std::vector<Project> out;
  out.reserve(r.size());
  for (std::size_t i = 0; i < r.size(); ++i) out.push_back(project_of(r.row(i)));
  return out;
}

std::int64_t insert_milestone(db::Connection& c, const std::string& project, const Milestone& m) {
  return c
      .query(
          "INSERT INTO project_milestones(project_code, name, planned_on, actual_on) VALUES ($1, $2, $3, $4) "
          "RETURNING id",
          {project, m.name, m.planned_on.iso(), m.actual_on ? db::Value(m.actual_on->iso()) : db::Value(nullptr)})
      .row(0)
      .integer(0);
}

bool update_milestone(db::Connection& c, const std::string& project, const Milestone& m,
                      std::int64_t expected_version) {
  return c.execute(
             "UPDATE project_milestones SET name = $1, planned_on = $2, actual_on = $3, version = version + 1 "
             "WHERE id = $4 AND project_code = $5 AND version = $6",
             {m.name, m.planned_on.iso(), m.actual_on ? db::Value(m.actual_on->iso()) : db::Value(nullptr), m.id,
              project, expected_version}) == 1;
}

std::vector<Milestone> milestones(db::Connection& c, const std::string& project) {
  auto r = c.query(
      "SELECT id, name, planned_on, actual_on, version FROM project_milestones WHERE project_code = $1 "
      "ORDER BY planned_on, id",
      {project});
  std::vector<Milestone> out;
  for (std::size_t i = 0; i < r.size(); ++i) {
    auto row = r.row(i);
    out.push_back({row.integer(0), row.text(1), row.date(2), row.optional_date(3), row.integer(4)});
  }
  return out;
}

void insert_progress(db::Connection& c, const std::string& project, const Progress& p, const std::string& now) {
  c.execute(
      "INSERT INTO project_progress(project_code, as_of, percent, note, entered_by, entered_at) "
      "VALUES ($1, $2, $3, $4, $5, $6)",
      {project, p.as_of.iso(), p.percent, db::nullable(p.note), p.entered_by, now});
}

std::vector<Progress> progress(db::Connection& c, const std::string& project) {
  auto r = c.query(
      "SELECT as_of, percent, note, entered_by FROM project_progress WHERE project_code = $1 "
      "ORDER BY as_of, id",
      {project});
  std::vector<Progress> out;
  for (std::size_t i = 0; i < r.size(); ++i) {
    auto row = r.row(i);
    out.push_back({row.date(0), row.real(1), row.optional_text(2), row.text(3)});
  }
  return out;
}

std::int64_t insert_plan(db::Connection& c, const CapitalPlan& p, const std::string& now) {
  return c
      .query(
          "INSERT INTO capital_plans(project_code, kind, year_from, year_to, source, level, amount, decision, "
          "decision_date, note, illustrative, entered_by, entered_at) "
          "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id",
          {p.project, p.kind, static_cast<std::int64_t>(p.year_from), static_cast<std::int64_t>(p.year_to), p.source,
           p.level, p.amount, p.decision, p.decision_date.iso(), db::nullable(p.note), flag(p.illustrative),
           p.entered_by, now})
      .row(0)
      .integer(0);
}

std::vector<CapitalPlan> plans(db::Connection& c, const std::string& project) {
  return plans_of(c.query(std::string(kSelectPlan) + " WHERE project_code = $1 ORDER BY decision_date, id", {project}));
}

std::vector<CapitalPlan> annual_plans(db::Connection& c, int year) {
  return plans_of(
      c.query(std::string(kSelectPlan) + " WHERE kind = 'annual' AND year_from = $1 ORDER BY decision_date, id",
              {static_cast<std::int64_t>(year)}));
}

std::vector<int> plan_years(db::Connection& c) {
  auto r = c.query("SELECT DISTINCT year_from FROM capital_plans WHERE kind = 'annual' ORDER BY year_from");
  std::vector<int> out;
  for (std::size_t i = 0; i < r.size(); ++i) out.push_back(static_cast<int>(r.row(i).integer(0)));
  return out;
}

std::int64_t insert_extension(db::Connection& c, const Extension& e, const std::string& now) {
  return c
      .query(
          "INSERT INTO plan_extensions(project_code, plan_year, source, until_date, basis, decision_date, "
          "entered_by, entered_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
          {e.project, static_cast<std::int64_t>(e.plan_year), db::nullable(e.source), e.until.iso(), e.basis,
           e.decision_date.iso(), e.entered_by, now})
      .row(0)
      .integer(0);
}

std::vector<Extension> extensions(db::Connection& c, const std::string& project) {
  auto r = c.query(
      "SELECT id, project_code, plan_year, source, until_date, basis, decision_date, entered_by "
      "FROM plan_extensions WHERE project_code = $1 ORDER BY plan_year, decision_date, id",
      {project});
  std::vector<Extension> out;
  for (std::size_t i = 0; i < r.size(); ++i) {
    auto row = r.row(i);
    out.push_back({row.integer(0), row.text(1), static_cast<int>(row.integer(2)), row.optional_text(3), row.date(4),
                   row.text(5), row.date(6), row.text(7)});
  }
  return out;
}

std::int64_t insert_disbursement(db::Connection& c, const Disbursement& d, const std::string& now) {
  add_to_month(c, d, d.status, d.amount);
  return c
      .query(
          "INSERT INTO disbursements(project_code, plan_year, source, paid_on, amount, status, document, note, "
          "illustrative, entered_by, entered_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) "
          "RETURNING id",
          {d.project, static_cast<std::int64_t>(d.plan_year), d.source, d.paid_on.iso(), d.amount, d.status,
           db::nullable(d.document), db::nullable(d.note), flag(d.illustrative), d.entered_by, now})
      .row(0)
      .integer(0);
}

std::optional<Disbursement> find_disbursement(db::Connection& c, std::int64_t id) {
  auto r = c.query(std::string(kSelectDisbursement) + " WHERE id = $1", {id});
  if (r.empty()) return std::nullopt;
  return disbursement_of(r.row(0));
}

bool update_disbursement_status(db::Connection& c, std::int64_t id, const std::string& status,
                                const std::optional<std::string>& note, std::int64_t expected_version) {
  auto before = find_disbursement(c, id);
  bool updated = c.execute(
                     "UPDATE disbursements SET status = $1, note = COALESCE($2, note), version = version + 1 "
                     "WHERE id = $3 AND version = $4",
                     {status, db::nullable(note), id, expected_version}) == 1;
  if (updated && before && before->status != status) {
    if (before->status != "cancelled") add_to_month(c, *before, before->status, -before->amount);
    if (status != "cancelled") add_to_month(c, *before, status, before->amount);
  }
  return updated;
}

std::vector<Disbursement> disbursements(db::Connection& c, const std::string& project) {
  auto r = c.query(std::string(kSelectDisbursement) + " WHERE project_code = $1 ORDER BY paid_on, id", {project});
  std::vector<Disbursement> out;
  for (std::size_t i = 0; i < r.size(); ++i) out.push_back(disbursement_of(r.row(i)));
  return out;
}

std::int64_t paid(db::Connection& c, const std::string& project, int plan_year, const std::string& source) {
  return c
      .query(
          "SELECT CAST(COALESCE(SUM(amount), 0) AS BIGINT) FROM disbursements WHERE project_code = $1 "
          "AND plan_year = $2 AND source = $3 AND status <> 'cancelled'",
          {project, static_cast<std::int64_t>(plan_year), source})
      .row(0)
      .integer(0);
}

std::int64_t paid_after(db::Connection& c, const std::string& project, int plan_year, const std::string& source,
                        Date after) {
  return c
      .query(
          "SELECT CAST(COALESCE(SUM(amount), 0) AS BIGINT) FROM disbursements WHERE project_code = $1 "
          "AND plan_year = $2 AND source = $3 AND status <> 'cancelled' AND paid_on > $4",
          {project, static_cast<std::int64_t>(plan_year), source, after.iso()})
      .row(0)
      .integer(0);
}

std::vector<PaymentSum> payment_sums(db::Connection& c, int plan_year) {
  return sums_of(c.query(kSumPayments, {static_cast<std::int64_t>(plan_year)}));
}

std::vector<PaymentSum> payment_sums(db::Connection& c, int plan_year, const std::string& project) {
  return sums_of(
      c.query(std::string(kSumPayments) + " AND project_code = $2", {static_cast<std::int64_t>(plan_year), project}));
}

std::vector<PaymentSum> payment_sums_through(db::Connection& c, int plan_year, Date last) {
  return sums_of(
      c.query("SELECT project_code, source, status, substr(paid_on, 1, 7), CAST(SUM(amount) AS BIGINT) "
              "FROM disbursements WHERE plan_year = $1 AND paid_on <= $2 AND status <> 'cancelled' "
              "GROUP BY project_code, source, status, substr(paid_on, 1, 7)",
              {static_cast<std::int64_t>(plan_year), last.iso()}));
}

bool insert_window_rule(db::Connection& c, const WindowRule& r) {
  return c.execute(
             "INSERT INTO disbursement_windows(from_plan_year, law, ends, latest_extension, "
             "auto_extend_added_after) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (from_plan_year) DO NOTHING",
             {static_cast<std::int64_t>(r.from_plan_year), r.law, r.ends, r.latest_extension,
              db::nullable(r.auto_extend_added_after)}) == 1;
}

std::vector<WindowRule> window_rules(db::Connection& c) {
  auto r = c.query(
      "SELECT from_plan_year, law, ends, latest_extension, auto_extend_added_after "
      "FROM disbursement_windows ORDER BY from_plan_year");
  std::vector<WindowRule> out;
  for (std::size_t i = 0; i < r.size(); ++i) {
    auto row = r.row(i);
    out.push_back({static_cast<int>(row.integer(0)), row.text(1), row.text(2), row.text(3), row.optional_text(4)});
  }
  return out;
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
