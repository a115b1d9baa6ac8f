// /api/v1/reports/*: the annual and periodic reports in HTML, DOCX, XLSX or PDF.
#pragma once
#include "app/api.hpp"

namespace sen::reports {

void register_routes(app::Api& api);

}  // namespace sen::reports
