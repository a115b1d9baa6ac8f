// The demo's party oversight records (data/demo): members, the 2022 cases and discipline whose
// statistics reproduce the report, the 2024 ratings and admissions. Every record is illustrative.
#pragma once
#include "db/connection.hpp"

namespace sen::demo {

void load_oversight(db::Connection& c);

}  // namespace sen::demo
