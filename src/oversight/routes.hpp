// HTTP routes of party oversight: aggregate records with oversight.read/write; member identities
// (registry, admissions) only with the oversight.members grant, every read audited.
#pragma once
#include "app/api.hpp"

namespace sen::oversight {

void register_routes(app::Api& api);

// Members, admissions and the discipline export (membership_routes.cpp); called by register_routes.
void register_membership_routes(app::Api& api);

}  // namespace sen::oversight
