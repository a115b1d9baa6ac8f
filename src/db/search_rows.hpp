// Reading a kind's search rows (base/search_row.hpp): all of them, or one record's.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/search_row.hpp"
#include "db/connection.hpp"

namespace sen::db {

enum class KeyType { text, integer };

struct SearchSelect {
  std::string select;      // "SELECT … AS id, … AS title, … AS body FROM table"
  std::string where;       // the condition every searchable row meets; "" when none
  std::string key_column;  // the column the key is compared with: "id", "code"
  KeyType key_type;
};

// The rows `s` selects, by key; only the one whose key is `key` when given (none when there is
// no such record, or when an integer key is not a number).
std::vector<SearchRow> read_search_rows(Connection& c, const SearchSelect& s, const std::optional<std::string>& key);

}  // namespace sen::db
