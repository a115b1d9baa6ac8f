// GET /api/v1/search: one search over every kind of record (app/records.hpp), showing only what
// the caller may open through the record's own route. Registered after every record kind.
#pragma once
#include "app/api.hpp"

namespace sen::search {

void register_routes(app::Api& api);

}  // namespace sen::search
