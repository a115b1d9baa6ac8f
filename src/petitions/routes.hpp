// HTTP routes of petitions: the staff's (/api/v1/petitions…) and the citizen's lookup
// (/api/v1/public/petitions/lookup). Open311 GeoReport v2 is in src/open311/.
#pragma once
#include "app/api.hpp"

namespace sen::petitions {

void register_routes(app::Api& api);
void register_public_routes(app::Api& api);

}  // namespace sen::petitions
