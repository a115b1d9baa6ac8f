// The wiring above every module: the API with the routes of all of them, and the gate through
// which the framework reaches users, units and the audit trail.
#pragma once
#include "app/api.hpp"
#include "app/gate.hpp"

namespace sen::wiring {

// The gate of auth/, units/ and audit/; lives as long as the process.
const app::Gate& gate();

// Registers the routes of every module on `api`.
void register_all_routes(app::Api& api);

}  // namespace sen::wiring
