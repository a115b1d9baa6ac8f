// HTTP routes of the projects module.
#pragma once
#include "app/api.hpp"

namespace sen::projects {

void register_routes(app::Api& api);

}  // namespace sen::projects
