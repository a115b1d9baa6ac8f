// HTTP routes of directives and tasks: documents, coordination programmes, tasks, statistics and
// the reminder outbox.
#pragma once
#include "app/api.hpp"

namespace sen::tasks {

void register_routes(app::Api& api);

}  // namespace sen::tasks
