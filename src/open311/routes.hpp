// Open311 GeoReport v2 under /open311/v2/: discovery, services and their definitions, service
// requests (recommendations and feedback only, never complaints or denunciations) and tokens, each
// as .json and .xml, with errors in the specification's form. See docs/petitions.md.
#pragma once
#include "app/api.hpp"

namespace sen::open311 {

// The jurisdiction is api.options().open311_jurisdiction.
void register_routes(app::Api& api);

}  // namespace sen::open311
