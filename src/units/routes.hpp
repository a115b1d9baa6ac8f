// HTTP routes of the units module under /api/v1/units.
#pragma once
#include "app/api.hpp"

namespace sen::units {

void register_routes(app::Api& api);
// GET /api/v1/units/{code}/lineage, POST /api/v1/units/{code}/succession-shares (lineage_routes.cpp).
void register_lineage_routes(app::Api& api);
// GET /api/v1/units/{code}/open-work, POST /api/v1/units/{code}/hand-over (handover_routes.cpp),
// over the kinds of records registered before it that declare a handover.
void register_handover_routes(app::Api& api);

}  // namespace sen::units
