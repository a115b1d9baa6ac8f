// HTTP routes of the calendar: lunar dates, holidays, working days, legal and reporting deadlines,
// and the administration of their data.
#pragma once
#include "app/api.hpp"

namespace sen::calendar {

void register_routes(app::Api& api);

}  // namespace sen::calendar
