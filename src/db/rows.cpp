#include "db/rows.hpp"

namespace sen::db {

std::string Columns::list() const {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

std::string Columns::placeholders(std::size_t first) const {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) out += (i ? ", $" : "$") + std::to_string(first + i);
  return out;
}

std::string bind_all(Params& params, const std::vector<std::string>& values) {
  std::string out;
  for (const auto& v : values) {
    params.emplace_back(v);
    out += (out.empty() ? "$" : ", $") + std::to_string(params.size());
  }
  return out;
}

std::string Columns::assignments(std::size_t first) const {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    out += (i ? ", " : "") + names[i] + " = $" + std::to_string(first + i);
  }
  return out;
}

Columns& Columns::rename(std::string_view member, std::string column) {
  for (auto& n : names) {
    if (n == member) {
      n = std::move(column);
      return *this;
    }
  }
  throw std::logic_error("no member " + std::string(member) + " to write as " + column);
}

Columns& Columns::add(std::string name, Value value) {
  names.push_back(std::move(name));
  values.push_back(std::move(value));
  return *this;
}

Result insert(Connection& c, std::string_view table, const Columns& cols, std::string_view returning) {
  std::string sql = "INSERT INTO " + std::string(table) + "(" + cols.list() + ") VALUES (" + cols.placeholders() + ")";
  if (!returning.empty()) sql += " " + std::string(returning);
  return c.query(sql, cols.values);
}

}  // namespace sen::db
