#include "targets/store.hpp"

#include "db/rows.hpp"
#include "db/search_rows.hpp"

namespace sen::targets::store {

namespace {

constexpr const char* kIndicatorColumns =
    "code, name, name_en, area, measure, decimals, direction, unit_aggregation, weight_indicator, "
    "period_aggregation, formula, computed_from, source, illustrative, version, min_value, max_value";

Indicator indicator_of(const db::Row& r) {
  return Indicator{r.text(0),           r.text(1),           r.optional_text(2),
                   r.text(3),           r.text(4),           static_cast<int>(r.integer(5)),
                   r.text(6),           r.text(7),           r.optional_text(8),
                   r.text(9),           r.optional_text(10), r.optional_text(11),
                   r.optional_text(12), r.boolean(13),       r.integer(14),
                   r.optional_real(15), r.optional_real(16)};
}

db::Params indicator_params(const Indicator& i) {
  return {i.code,
          i.name,
          db::nullable(i.name_en),
          i.area,
          i.measure,
          static_cast<std::int64_t>(i.decimals),
          i.direction,
          i.unit_aggregation,
          db::nullable(i.weight_indicator),
          i.period_aggregation,
          db::nullable(i.formula),
          db::nullable(i.computed_from),
          db::nullable(i.source),
          static_cast<std::int64_t>(i.illustrative),
          db::nullable(i.min_value),
          db::nullable(i.max_value)};
}

constexpr const char* kPlanColumns =
    "code, unit_code, kind, title, theme, period_from, period_to, document, created_at";

Plan plan_of(const db::Row& r) {
  return Plan{r.text(0), r.text(1), r.text(2),          r.text(3), r.optional_text(4),
              r.text(5), r.text(6), r.optional_text(7), r.text(8)};
}

constexpr const char* kTargetColumns =
    "id, plan_code, indicator_code, unit_code, period, comparator, value, value_to, source, note, illustrative, "
    "version, assigned_by";

Target target_of(const db::Row& r) {
  return Target{r.integer(0),  r.text(1),     r.text(2),          r.text(3),          r.text(4),
                r.text(5),     r.real(6),     r.optional_real(7), r.optional_text(8), r.optional_text(9),
                r.boolean(10), r.integer(11), r.optional_text(12)};
}

constexpr const char* kValueColumns =
    "id, indicator_code, unit_code, period, vintage, value, source, note, illustrative, entered_by, entered_at";

Value value_of(const db::Row& r) {
  return Value{r.integer(0),       r.text(1),          r.text(2),    r.text(3), r.text(4), r.real(5),
               r.optional_text(6), r.optional_text(7), r.boolean(8), r.text(9), r.text(10)};
}

template <class T, class F>
std::vector<T> all(const db::Result& result, F of) {
  std::vector<T> out;
  out.reserve(result.size());
  for (std::size_t i = 0; i < result.size(); ++i) out.push_back(of(result.row(i)));
  return out;
}

std::string select(const char* columns, std::string_view rest) {
  return std::string("SELECT ") + columns + " " + std::string(rest);
}

}  // namespace

std::optional<Indicator> find_indicator(db::Connection& c, const std::string& code) {
  static const std::string sql = select(kIndicatorColumns, "FROM indicators WHERE code = $1");
  auto r = all<Indicator>(c.query(sql, {code}), indicator_of);
  if (r.empty()) return std::nullopt;
  return r.front();
}

std::vector<Indicator> list_indicators(db::Connection& c) {
  static const std::string sql = select(kIndicatorColumns, "FROM indicators ORDER BY code");
  return all<Indicator>(c.query(sql), indicator_of);
}

void insert_indicator(db::Connection& c, const Indicator& i) {
  c.execute(
      "INSERT INTO indicators(code, name, name_en, area, measure, decimals, direction, unit_aggregation, "
      "weight_indicator, period_aggregation, formula, computed_from, source, illustrative, min_value, max_value) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)",
      indicator_params(i));
}

bool update_indicator(db::Connection& c, const Indicator& i, std::int64_t expected) {
  auto params = indicator_params(i);
  params.emplace_back(std::in_place_type<std::int64_t>, expected);
  return c.execute(
             "UPDATE indicators SET name = $2, name_en = $3, area = $4, measure = $5, decimals = $6, direction = $7, "
             "unit_aggregation = $8, weight_indicator = $9, period_aggregation = $10, formula = $11, "
             "computed_from = $12, source = $13, illustrative = $14, min_value = $15, max_value = $16, "
             "version = version + 1 WHERE code = $1 AND version = $17",
             params) == 1;
}

std::optional<Plan> find_plan(db::Connection& c, const std::string& code) {
  static const std::string sql = select(kPlanColumns, "FROM plans WHERE code = $1");
  auto r = all<Plan>(c.query(sql, {code}), plan_of);
  if (r.empty()) return std::nullopt;
  return r.front();
}

std::vector<Plan> list_plans(db::Connection& c, const std::optional<std::string>& unit) {
  static const std::string sql = select(
      kPlanColumns, "FROM plans WHERE (CAST($1 AS TEXT) IS NULL OR unit_code = $1) ORDER BY period_from DESC, code");
  return all<Plan>(c.query(sql, {db::nullable(unit)}), plan_of);
}

void insert_plan(db::Connection& c, const Plan& p) {
  c.execute(
      "INSERT INTO plans(code, unit_code, kind, title, theme, period_from, period_to, document, created_at) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
      {p.code, p.unit, p.kind, p.title, db::nullable(p.theme), p.period_from, p.period_to, db::nullable(p.document),
       p.created_at});
}

std::vector<Target> targets_of(db::Connection& c, const std::string& unit, const std::string& period,
                               const std::optional<std::string>& plan) {
  static const std::string sql =
      select(kTargetColumns,
             "FROM targets WHERE unit_code = $1 AND period = $2 AND (CAST($3 AS TEXT) IS NULL OR plan_code = $3) "
             "ORDER BY indicator_code, plan_code");
  return all<Target>(c.query(sql, {unit, period, db::nullable(plan)}), target_of);
}

std::vector<Target> targets_of_plan(db::Connection& c, const std::string& plan) {
  static const std::string sql =
      select(kTargetColumns, "FROM targets WHERE plan_code = $1 ORDER BY unit_code, period, indicator_code");
  return all<Target>(c.query(sql, {plan}), target_of);
}

std::optional<Target> find_target(db::Connection& c, std::int64_t id) {
  static const std::string sql = select(kTargetColumns, "FROM targets WHERE id = $1");
  auto r = all<Target>(c.query(sql, {id}), target_of);
  if (r.empty()) return std::nullopt;
  return r.front();
}

std::optional<Target> find_target(db::Connection& c, const std::string& plan, const std::string& indicator,
                                  const std::string& unit, const std::string& period) {
  static const std::string sql = select(
      kTargetColumns, "FROM targets WHERE plan_code = $1 AND indicator_code = $2 AND unit_code = $3 AND period = $4");
  auto r = all<Target>(c.query(sql, {plan, indicator, unit, period}), target_of);
  if (r.empty()) return std::nullopt;
  return r.front();
}

std::int64_t insert_target(db::Connection& c, const Target& t) {
  auto r = c.query(
      "INSERT INTO targets(plan_code, indicator_code, unit_code, period, comparator, value, value_to, source, note, "
      "illustrative, assigned_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
      {t.plan, t.indicator, t.unit, t.period, t.comparator, t.value, db::nullable(t.value_to), db::nullable(t.source),
       db::nullable(t.note), static_cast<std::int64_t>(t.illustrative), db::nullable(t.assigned_by)});
  return r.row(0).integer(0);
}

bool update_target(db::Connection& c, const Target& t, std::int64_t expected) {
  return c.execute(
             "UPDATE targets SET comparator = $2, value = $3, value_to = $4, source = $5, note = $6, assigned_by = $8, "
             "version = version + 1 WHERE id = $1 AND version = $7",
             {t.id, t.comparator, t.value, db::nullable(t.value_to), db::nullable(t.source), db::nullable(t.note),
              expected, db::nullable(t.assigned_by)}) == 1;
}

std::int64_t insert_value(db::Connection& c, const Value& v) {
  auto r = c.query(
      "INSERT INTO indicator_values(indicator_code, unit_code, period, vintage, value, source, note, illustrative, "
      "entered_by, entered_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
      {v.indicator, v.unit, v.period, v.vintage, v.value, db::nullable(v.source), db::nullable(v.note),
       static_cast<std::int64_t>(v.illustrative), v.entered_by, v.entered_at});
  return r.row(0).integer(0);
}

void append_value(db::Connection& c, const Value& v) {
  c.execute(
      "INSERT INTO indicator_values(indicator_code, unit_code, period, vintage, value, source, note, illustrative, "
      "entered_by, entered_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
      {v.indicator, v.unit, v.period, v.vintage, v.value, db::nullable(v.source), db::nullable(v.note),
       static_cast<std::int64_t>(v.illustrative), v.entered_by, v.entered_at});
}

std::vector<Value> current_values(db::Connection& c, const std::string& unit, const std::string& period) {
  static const std::string sql =
      select(kValueColumns,
             "FROM indicator_values v WHERE unit_code = $1 AND period = $2 AND id = ("
             " SELECT MAX(id) FROM indicator_values w WHERE w.unit_code = v.unit_code AND w.period = v.period"
             " AND w.indicator_code = v.indicator_code AND w.vintage = v.vintage) "
             "ORDER BY indicator_code, vintage");
  return all<Value>(c.query(sql, {unit, period}), value_of);
}

std::vector<Value> current_values_of_year(db::Connection& c, const std::string& unit, int year) {
  // Period codes of a year all start with its four digits, so they sort between "YYYY" and "YYYY+1".
  static const std::string sql =
      select(kValueColumns,
             "FROM indicator_values v WHERE unit_code = $1 AND period >= $2 AND period < $3 AND id = ("
             " SELECT MAX(id) FROM indicator_values w WHERE w.unit_code = v.unit_code AND w.period = v.period"
             " AND w.indicator_code = v.indicator_code AND w.vintage = v.vintage)");
  return all<Value>(c.query(sql, {unit, std::to_string(year), std::to_string(year + 1)}), value_of);
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
  return all<Value>(c.query(sql, {unit, period, indicator}), value_of);
}

std::vector<SearchRow> search_indicators(db::Connection& c, const std::optional<std::string>& code) {
  return db::read_search_rows(c,
                              {"SELECT code AS id, name AS title, COALESCE(name_en, '') AS body FROM indicators", "",
                               "code", db::KeyType::text},
                              code);
}

}  // namespace sen::targets::store
