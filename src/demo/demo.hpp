// The demo dataset (data/demo/, compiled into the binary): Hà Tĩnh City and its report of
// 27 Dec 2022. Every row says where it comes from; invented rows are marked illustrative.
#pragma once
#include "db/database.hpp"

namespace sen::demo {

// Loads the demo data into an empty, migrated database in one transaction.
// Error conflict when the database already holds units.
void load(db::Database& database);

}  // namespace sen::demo
