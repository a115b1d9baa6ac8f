#include "db/search_rows.hpp"

#include <charconv>
#include <cstdint>

#include "db/rows.hpp"

namespace sen::db {

std::vector<SearchRow> read_search_rows(Connection& c, const SearchSelect& s, const std::optional<std::string>& key) {
  std::string sql = s.select;
  std::string glue = " WHERE ";
  if (!s.where.empty()) {
    sql += glue + s.where;
    glue = " AND ";
  }
  if (!key) return read_all<SearchRow>(c.query(sql + " ORDER BY " + s.key_column));
  sql += glue + s.key_column + " = $1";
  if (s.key_type == KeyType::text) return read_all<SearchRow>(c.query(sql, {*key}));
  std::int64_t id = 0;
  auto [end, error] = std::from_chars(key->data(), key->data() + key->size(), id);
  if (error != std::errc() || end != key->data() + key->size()) return {};
  return read_all<SearchRow>(c.query(sql, {id}));
}

}  // namespace sen::db
