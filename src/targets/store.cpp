#include "targets/store.hpp"

#include <fmt/format.h>

#include "db/rows.hpp"
#include "db/search_rows.hpp"

namespace sen::targets::store {

namespace {

// The SELECT lists name each column as the model's member (plan_code AS plan …): rows are read by
// name (db/rows.hpp).
constexpr const char* kIndicatorColumns =
    "code, name, name_en, area, measure, decimals, direction, unit_aggregation, weight_indicator, "
    "period_aggregation, formula, computed_from, source, illustrative, version, min_value, max_value";

constexpr const char* kPlanColumns =
    "code, unit_code AS unit, kind, title, theme, period_from, period_to, document, created_at";

constexpr const char* kTargetColumns =
    "id, plan_code AS plan, indicator_code AS indicator, unit_code AS unit, period, comparator, value, value_to, "
    "source, note, illustrative, version, assigned_by";

constexpr const char* kValueColumns =
    "id, indicator_code AS indicator, unit_code AS unit, period, vintage, value, source, note, illustrative, "
    "entered_by, entered_at";

constexpr const char* kRollupColumns =
    "unit_code AS unit, period, indicator_code AS indicator, children_day, hierarchy_version, total, parts, vintage, "
    "illustrative";

// The columns an indicator's INSERT and UPDATE write: all but its version, which the table keeps.
db::Columns indicator_columns(const Indicator& i) {
  return db::columns(i, {"version"});
}

// A target's or a value's columns, named as the table names them.
template <class T>
db::Columns keyed_columns(const T& m, std::initializer_list<std::string_view> skip) {
  auto cols = db::columns(m, skip);
  cols.rename("indicator", "indicator_code").rename("unit", "unit_code");
  return cols;
}

std::string select(const char* columns, std::string_view rest) {
  return std::string("SELECT ") + columns + " " + std::string(rest);
}

}  // namespace

std::optional<Indicator> find_indicator(db::Connection& c, const std::string& code) {
  static const std::string sql = select(kIndicatorColumns, "FROM indicators WHERE code = $1");
  auto r = db::read_all<Indicator>(c.query(sql, {code}));
  if (r.empty()) return std::nullopt;
  return r.front();
}

std::vector<Indicator> list_indicators(db::Connection& c) {
  static const std::string sql = select(kIndicatorColumns, "FROM indicators ORDER BY code");
  return db::read_all<Indicator>(c.query(sql));
}

void insert_indicator(db::Connection& c, const Indicator& i) {
  db::insert(c, "indicators", indicator_columns(i));
}

bool update_indicator(db::Connection& c, const Indicator& i, std::int64_t expected) {
  auto cols = indicator_columns(i);
  cols.values.emplace_back(std::in_place_type<std::int64_t>, expected);
  return c.execute(fmt::format("UPDATE indicators SET {}, version = version + 1 WHERE code = $1 AND version = ${}",
                               cols.assignments(1), cols.values.size()),
                   cols.values) == 1;
}

std::optional<Plan> find_plan(db::Connection& c, const std::string& code) {
  static const std::string sql = select(kPlanColumns, "FROM plans WHERE code = $1");
  auto r = db::read_all<Plan>(c.query(sql, {code}));
  if (r.empty()) return std::nullopt;
  return r.front();
}

std::vector<Plan> list_plans(db::Connection& c, const std::optional<std::string>& unit) {
  static const std::string sql = select(
      kPlanColumns, "FROM plans WHERE (CAST($1 AS TEXT) IS NULL OR unit_code = $1) ORDER BY period_from DESC, code");
  return db::read_all<Plan>(c.query(sql, {db::nullable(unit)}));
}

void insert_plan(db::Connection& c, const Plan& p) {
  auto cols = db::columns(p);
  db::insert(c, "plans", cols.rename("unit", "unit_code"));
}

std::vector<Target> targets_of(db::Connection& c, const std::string& unit, const std::string& period,
                               const std::optional<std::string>& plan) {
  static const std::string sql =
      select(kTargetColumns,
             "FROM targets WHERE unit_code = $1 AND period = $2 AND (CAST($3 AS TEXT) IS NULL OR plan_code = $3) "
             "ORDER BY indicator_code, plan_code");
  return db::read_all<Target>(c.query(sql, {unit, period, db::nullable(plan)}));
}

std::vector<Target> targets_of_plan(db::Connection& c, const std::string& plan) {
  static const std::string sql =
      select(kTargetColumns, "FROM targets WHERE plan_code = $1 ORDER BY unit_code, period, indicator_code");
  return db::read_all<Target>(c.query(sql, {plan}));
}

std::optional<Target> find_target(db::Connection& c, std::int64_t id) {
  static const std::string sql = select(kTargetColumns, "FROM targets WHERE id = $1");
  auto r = db::read_all<Target>(c.query(sql, {id}));
  if (r.empty()) return std::nullopt;
  return r.front();
}

std::optional<Target> find_target(db::Connection& c, const std::string& plan, const std::string& indicator,
                                  const std::string& unit, const std::string& period) {
  static const std::string sql = select(
      kTargetColumns, "FROM targets WHERE plan_code = $1 AND indicator_code = $2 AND unit_code = $3 AND period = $4");
  auto r = db::read_all<Target>(c.query(sql, {plan, indicator, unit, period}));
  if (r.empty()) return std::nullopt;
  return r.front();
}

std::int64_t insert_target(db::Connection& c, const Target& t) {
  auto cols = keyed_columns(t, {"id", "version"});
  return db::insert(c, "targets", cols.rename("plan", "plan_code"), "RETURNING id").row(0).integer(0);
}

bool update_target(db::Connection& c, const Target& t, std::int64_t expected) {
  return c.execute(
             "UPDATE targets SET comparator = $2, value = $3, value_to = $4, source = $5, note = $6, assigned_by = $8, "
             "version = version + 1 WHERE id = $1 AND version = $7",
             {t.id, t.comparator, t.value, db::nullable(t.value_to), db::nullable(t.source), db::nullable(t.note),
              expected, db::nullable(t.assigned_by)}) == 1;
}

std::int64_t insert_value(db::Connection& c, const Value& v) {
  return db::insert(c, "indicator_values", keyed_columns(v, {"id"}), "RETURNING id").row(0).integer(0);
}

void append_values(db::Connection& c, const std::vector<Value>& values) {
  static const std::vector<std::string> columns = keyed_columns(Value{}, {"id"}).names;
  c.append("indicator_values", columns, values.size(),
           [&](std::size_t i) { return db::column_values(values[i], {"id"}); });
}

std::vector<Value> current_values(db::Connection& c, const std::string& unit, const std::string& period) {
  static const std::string sql =
      select(kValueColumns,
             "FROM indicator_values v WHERE unit_code = $1 AND period = $2 AND id = ("
             " SELECT MAX(id) FROM indicator_values w WHERE w.unit_code = v.unit_code AND w.period = v.period"
             " AND w.indicator_code = v.indicator_code AND w.vintage = v.vintage) "
             "ORDER BY indicator_code, vintage");
  return db::read_all<Value>(c.query(sql, {unit, period}));
}

std::vector<Value> current_values_of_year(db::Connection& c, const std::string& unit, int year,
                                          const std::vector<std::string>& indicators) {
  // Period codes of a year all start with its four digits, so they sort between "YYYY" and "YYYY+1".
  db::Params params{unit, std::to_string(year), std::to_string(year + 1)};
  std::string only = indicators.empty() ? "" : " AND indicator_code IN (" + db::bind_all(params, indicators) + ")";
  auto sql = select(kValueColumns,
                    "FROM indicator_values v WHERE unit_code = $1 AND period >= $2 AND period < $3" + only +
                        " AND id = (SELECT MAX(id) FROM indicator_values w WHERE w.unit_code = v.unit_code"
                        " AND w.period = v.period AND w.indicator_code = v.indicator_code AND w.vintage = v.vintage)");
  return db::read_all<Value>(c.query(sql, params));
}

std::map<std::string, std::string> first_entries(db::Connection& c, const std::vector<std::string>& units,
                                                 const std::string& period) {
  std::map<std::string, std::string> out;
  for (const auto& unit : units) {
    auto r = c.query(
        "SELECT MIN(entered_at) FROM indicator_values WHERE unit_code = $1 AND period = $2 AND vintage <> 'plan'",
        {unit, period});
    if (!r.empty() && !r.row(0).is_null(0)) out[unit] = r.row(0).text(0);
  }
  return out;
}

std::vector<Value> history(db::Connection& c, const std::string& indicator, const std::string& unit,
                           const std::string& period) {
  static const std::string sql = select(
      kValueColumns, "FROM indicator_values WHERE unit_code = $1 AND period = $2 AND indicator_code = $3 ORDER BY id");
  return db::read_all<Value>(c.query(sql, {unit, period, indicator}));
}

std::vector<EnteredFigure> entered_figures(db::Connection& c, const std::string& unit, const std::string& first,
                                           const std::string& last) {
  // In the order of the table's index: no sort.
  static const std::string sql =
      "SELECT period, indicator_code AS indicator, vintage, value, illustrative FROM indicator_values "
      "WHERE unit_code = $1 AND period >= $2 AND period <= $3 AND vintage <> 'plan' "
      "ORDER BY period, indicator_code, vintage, id";
  return db::read_all<EnteredFigure>(c.query(sql, {unit, first, last}));
}

std::vector<Rollup> rollups_of_year(db::Connection& c, const std::string& unit, int year,
                                    const std::vector<std::string>& indicators) {
  db::Params params{unit, std::to_string(year), std::to_string(year + 1)};
  std::string only = indicators.empty() ? "" : " AND indicator_code IN (" + db::bind_all(params, indicators) + ")";
  auto sql =
      select(kRollupColumns, "FROM indicator_rollups WHERE unit_code = $1 AND period >= $2 AND period < $3" + only +
                                 " AND hierarchy_version = (SELECT value FROM unit_hierarchy_version WHERE id = 1)");
  return db::read_all<Rollup>(c.query(sql, params));
}

void replace_rollups(db::Connection& c, const std::string& unit, const std::string& period,
                     const std::vector<Rollup>& rollups) {
  c.execute("DELETE FROM indicator_rollups WHERE unit_code = $1 AND period = $2", {unit, period});
  static const std::vector<std::string> columns = keyed_columns(Rollup{}, {}).names;
  c.append("indicator_rollups", columns, rollups.size(), [&](std::size_t i) { return db::column_values(rollups[i]); });
}

std::vector<std::pair<std::string, std::string>> parents_with_entries(db::Connection& c) {
  auto r = c.query(
      "SELECT DISTINCT l.parent_code, v.period FROM unit_links l JOIN indicator_values v ON v.unit_code = l.code "
      "WHERE v.vintage <> 'plan' ORDER BY l.parent_code, v.period");
  std::vector<std::pair<std::string, std::string>> out;
  for (std::size_t i = 0; i < r.size(); ++i) out.emplace_back(r.row(i).text(0), r.row(i).text(1));
  return out;
}

std::vector<SearchRow> search_indicators(db::Connection& c, const std::optional<std::string>& code) {
  return db::read_search_rows(c,
                              {"SELECT code AS id, name AS title, COALESCE(name_en, '') AS body FROM indicators", "",
                               "code", db::KeyType::text},
                              code);
}

}  // namespace sen::targets::store
