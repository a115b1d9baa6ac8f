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

std::string Columns::assignments(std::size_t first) const {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    out += (i ? ", " : "") + names[i] + " = $" + std::to_string(first + i);
  }
  return out;
}

}  // namespace sen::db
