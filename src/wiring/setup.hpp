// Bringing a database up to date: the migrations, then the reference data every database needs
// (holiday decisions, deadline rules, reporting regimes). Safe to repeat.
#pragma once
#include <string>
#include <vector>

#include "db/database.hpp"

namespace sen::wiring {

// Returns the names of the migrations it applied.
std::vector<std::string> prepare_database(db::Database& database);

}  // namespace sen::wiring
