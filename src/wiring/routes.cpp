#include "audit/routes.hpp"

#include <boost/json.hpp>

#include "access/permissions.hpp"
#include "auth/routes.hpp"
#include "calendar/routes.hpp"
#include "extraction/routes.hpp"
#include "files/routes.hpp"
#include "open311/routes.hpp"
#include "opendata/routes.hpp"
#include "oversight/routes.hpp"
#include "petitions/routes.hpp"
#include "projects/routes.hpp"
#include "reports/routes.hpp"
#include "search/routes.hpp"
#include "targets/routes.hpp"
#include "tasks/routes.hpp"
#include "units/routes.hpp"
#include "wiring/api.hpp"

namespace sen::wiring {

namespace {

http::Response health(app::Context& ctx) {
  ctx.db.query("SELECT 1");  // the database answers
  return http::Response::json(200, {{"status", "ok"}, {"version", SEN_VERSION}, {"database", ctx.db.engine()}});
}

}  // namespace

void register_all_routes(app::Api& api) {
  api.get("/api/v1/health", access::perm::kPublic, health);
  auth::register_routes(api);
  audit::register_routes(api);
  calendar::register_routes(api);
  units::register_routes(api);
  targets::register_routes(api);
  extraction::register_routes(api);
  tasks::register_routes(api);
  petitions::register_routes(api);
  projects::register_routes(api);
  oversight::register_routes(api);
  reports::register_routes(api);
  opendata::register_routes(api);
  petitions::register_public_routes(api);
  open311::register_routes(api);
  // After every module that declares kinds of records: a closed unit's open work passes on,
  // files attach to them, search finds them.
  units::register_handover_routes(api);
  files::register_routes(api);
  search::register_routes(api);
}

}  // namespace sen::wiring
