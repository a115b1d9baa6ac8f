#include "units/store.hpp"

#include <fmt/format.h>

#include "db/rows.hpp"
#include "db/search_rows.hpp"

namespace sen::units::store {

namespace {

// Columns of a unit as it stands on $1.
constexpr std::string_view kUnitAt = R"(
  SELECT u.code, s.name, s.name_en, s.kind, l.parent_code AS parent, u.valid_from, u.valid_to,
         u.illustrative, u.source, u.version
  FROM units u
  JOIN unit_states s ON s.code = u.code AND s.valid_from <= $1 AND (s.valid_to IS NULL OR s.valid_to >= $1)
  LEFT JOIN unit_links l ON l.code = u.code AND l.valid_from <= $1 AND (l.valid_to IS NULL OR l.valid_to >= $1)
  WHERE u.valid_from <= $1 AND (u.valid_to IS NULL OR u.valid_to >= $1))";

// kUnitAt followed by `rest`, built once per call site.
std::string unit_at_sql(std::string_view rest) {
  return fmt::format("{} {}", kUnitAt, rest);
}

const std::string kFindAt = unit_at_sql("AND u.code = $2");
const std::string kListAt = unit_at_sql("AND u.code > $2 ORDER BY u.code LIMIT $3");
const std::string kChildrenAt = unit_at_sql("AND l.parent_code = $2 ORDER BY u.code");

std::vector<Unit> units_of(const db::Result& result) {
  return db::read_all<Unit>(result);
}

}  // namespace

std::optional<Lifetime> lifetime(db::Connection& c, const std::string& code) {
  auto r = c.query("SELECT valid_from, valid_to, version FROM units WHERE code = $1", {code});
  if (r.empty()) return std::nullopt;
  return db::read<Lifetime>(r.row(0));
}

std::optional<Unit> find_at(db::Connection& c, const std::string& code, Date at) {
  auto units = units_of(c.query(kFindAt, {at.iso(), code}));
  if (units.empty()) return std::nullopt;
  return units.front();
}

std::vector<Unit> list_at(db::Connection& c, Date at, const std::string& after, std::size_t limit) {
  return units_of(c.query(kListAt, {at.iso(), after, static_cast<std::int64_t>(limit)}));
}

std::vector<Unit> closed_before(db::Connection& c, Date at) {
  static const std::string sql = R"(
  SELECT u.code, s.name, s.name_en, s.kind, l.parent_code AS parent, u.valid_from, u.valid_to,
         u.illustrative, u.source, u.version
  FROM units u
  JOIN unit_states s ON s.code = u.code AND s.valid_from <= u.valid_to AND s.valid_to >= u.valid_to
  LEFT JOIN unit_links l ON l.code = u.code AND l.valid_from <= u.valid_to AND l.valid_to >= u.valid_to
  WHERE u.valid_to < $1 ORDER BY u.code)";
  return units_of(c.query(sql, {at.iso()}));
}

std::vector<Unit> children_at(db::Connection& c, const std::string& code, Date at) {
  return units_of(c.query(kChildrenAt, {at.iso(), code}));
}

std::set<std::string> subtree_at(db::Connection& c, const std::string& code, Date at) {
  auto r = c.query(R"(
    WITH RECURSIVE tree(code) AS (
      SELECT CAST($2 AS TEXT)
      UNION
      SELECT l.code FROM unit_links l
      JOIN tree t ON l.parent_code = t.code
      JOIN units u ON u.code = l.code
      WHERE l.valid_from <= $1 AND (l.valid_to IS NULL OR l.valid_to >= $1)
        AND u.valid_from <= $1 AND (u.valid_to IS NULL OR u.valid_to >= $1))
    SELECT code FROM tree)",
                   {at.iso(), code});
  std::set<std::string> out;
  for (std::size_t i = 0; i < r.size(); ++i) out.insert(r.row(i).text(0));
  return out;
}

std::vector<UnitState> states(db::Connection& c, const std::string& code) {
  return db::read_all<UnitState>(c.query(
      "SELECT valid_from, valid_to, name, name_en, kind FROM unit_states WHERE code = $1 ORDER BY valid_from", {code}));
}

std::vector<UnitLink> links(db::Connection& c, const std::string& code) {
  return db::read_all<UnitLink>(
      c.query("SELECT parent_code AS parent, valid_from, valid_to FROM unit_links WHERE code = $1 ORDER BY valid_from",
              {code}));
}

namespace {
std::vector<Succession> successions(db::Connection& c, std::string_view where, const std::string& code) {
  return db::read_all<Succession>(
      c.query(fmt::format("SELECT predecessor, successor, effective FROM unit_successions WHERE {} = $1 "
                          "ORDER BY predecessor, successor",
                          where),
              {code}));
}
}  // namespace

std::vector<Succession> predecessors(db::Connection& c, const std::string& code) {
  return successions(c, "successor", code);
}

std::vector<Succession> successors(db::Connection& c, const std::string& code) {
  return successions(c, "predecessor", code);
}

void insert_unit(db::Connection& c, const NewUnit& u) {
  c.execute("INSERT INTO units(code, valid_from, illustrative, source) VALUES ($1, $2, $3, $4)",
            {u.code, u.valid_from.iso(), static_cast<std::int64_t>(u.illustrative), db::nullable(u.source)});
}

void insert_state(db::Connection& c, const std::string& code, const UnitState& s) {
  c.execute(
      "INSERT INTO unit_states(code, valid_from, valid_to, name, name_en, kind) VALUES ($1, $2, $3, $4, $5, $6)",
      {code, s.valid_from.iso(), db::nullable(s.valid_to), s.name, db::nullable(s.name_en), model::enum_text(s.kind)});
}

void insert_link(db::Connection& c, const std::string& code, const UnitLink& l) {
  c.execute("INSERT INTO unit_links(code, parent_code, valid_from, valid_to) VALUES ($1, $2, $3, $4)",
            {code, l.parent, l.valid_from.iso(), db::nullable(l.valid_to)});
}

void insert_succession(db::Connection& c, const Succession& s) {
  db::insert(c, "unit_successions", s);
}

void end_latest_state(db::Connection& c, const std::string& code, Date last_day) {
  c.execute(
      "UPDATE unit_states SET valid_to = $2 WHERE code = $1 AND valid_from = "
      "(SELECT MAX(valid_from) FROM unit_states WHERE code = $1)",
      {code, last_day.iso()});
}

void end_latest_link(db::Connection& c, const std::string& code, Date last_day) {
  c.execute("UPDATE unit_links SET valid_to = $2 WHERE code = $1 AND valid_to IS NULL", {code, last_day.iso()});
}

void correct_latest_state(db::Connection& c, const std::string& code, const UnitState& s) {
  c.execute(
      "UPDATE unit_states SET name = $2, name_en = $3, kind = $4 WHERE code = $1 AND valid_from = "
      "(SELECT MAX(valid_from) FROM unit_states WHERE code = $1)",
      {code, s.name, db::nullable(s.name_en), model::enum_text(s.kind)});
}

void correct_latest_link_parent(db::Connection& c, const std::string& code, const std::string& parent) {
  c.execute(
      "UPDATE unit_links SET parent_code = $2 WHERE code = $1 AND valid_from = "
      "(SELECT MAX(valid_from) FROM unit_links WHERE code = $1)",
      {code, parent});
}

void set_source(db::Connection& c, const std::string& code, const std::optional<std::string>& source) {
  c.execute("UPDATE units SET source = $2 WHERE code = $1", {code, db::nullable(source)});
}

void set_valid_to(db::Connection& c, const std::string& code, Date last_day) {
  c.execute("UPDATE units SET valid_to = $2 WHERE code = $1", {code, last_day.iso()});
}

void bump_hierarchy_version(db::Connection& c) {
  c.execute("UPDATE unit_hierarchy_version SET value = value + 1 WHERE id = 1");
}

std::int64_t hierarchy_version(db::Connection& c) {
  return c.query("SELECT value FROM unit_hierarchy_version WHERE id = 1").row(0).integer(0);
}

bool bump_version(db::Connection& c, const std::string& code, std::int64_t expected) {
  return c.execute("UPDATE units SET version = version + 1 WHERE code = $1 AND version = $2", {code, expected}) == 1;
}

}  // namespace sen::units::store

namespace sen::units::store {

std::vector<std::string> children_after(db::Connection& c, const std::string& code, Date last_day) {
  auto r = c.query(
      "SELECT DISTINCT l.code FROM unit_links l JOIN units u ON u.code = l.code "
      "WHERE l.parent_code = $1 AND (l.valid_to IS NULL OR l.valid_to > $2) "
      "AND (u.valid_to IS NULL OR u.valid_to > $2) ORDER BY l.code",
      {code, last_day.iso()});
  std::vector<std::string> out;
  for (std::size_t i = 0; i < r.size(); ++i) out.push_back(r.row(i).text(0));
  return out;
}

std::vector<SearchRow> search_rows(db::Connection& c, const std::optional<std::string>& code) {
  return db::read_search_rows(c,
                              {R"(SELECT u.code AS id, s.name AS title, COALESCE(s.name_en, '') AS body FROM units u
    JOIN unit_states s ON s.code = u.code
      AND s.valid_from = (SELECT MAX(valid_from) FROM unit_states WHERE code = u.code))",
                               "", "u.code", db::KeyType::text},
                              code);
}

}  // namespace sen::units::store
