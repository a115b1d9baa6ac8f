// /api/v1/open-data: released indicators for anyone (CSV, JSON), and releasing them.
#pragma once
#include "app/api.hpp"

namespace sen::opendata {

void register_routes(app::Api& api);

}  // namespace sen::opendata
