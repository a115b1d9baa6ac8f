#include <boost/json.hpp>

#include "app/api.hpp"
#include "targets/routes.hpp"
#include "units/routes.hpp"

namespace sen::app {

namespace {

http::Response health(Context& ctx) {
  ctx.db.query("SELECT 1");  // the database answers
  return http::Response::json(200, {{"status", "ok"}, {"version", SEN_VERSION}, {"database", ctx.db.engine()}});
}

}  // namespace

void register_all_routes(Api& api) {
  api.get("/api/v1/health", health);
  units::register_routes(api);
  targets::register_routes(api);
}

}  // namespace sen::app
