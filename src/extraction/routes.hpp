// HTTP routes of the extraction module: reading a report into proposed figures, reviewing and
// accepting them, and the words that name indicators.
#pragma once
#include "app/api.hpp"

namespace sen::extraction {

void register_routes(app::Api& api);

}  // namespace sen::extraction
