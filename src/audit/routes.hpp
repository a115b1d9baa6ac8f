// HTTP route of the audit trail (administrators).
#pragma once
#include "app/api.hpp"

namespace sen::audit {

void register_routes(app::Api& api);

}  // namespace sen::audit
