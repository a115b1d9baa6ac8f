// HTTP routes of logging in and out, the current user, users and API tokens.
#pragma once
#include "app/api.hpp"

namespace sen::auth {

void register_routes(app::Api& api);

}  // namespace sen::auth
