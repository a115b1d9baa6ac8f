// HTTP routes of the targets module: indicators, periods, plans, targets, values, the
// scorecard, and CSV imports and exports.
#pragma once
#include "app/api.hpp"

namespace sen::targets {

void register_routes(app::Api& api);

}  // namespace sen::targets
