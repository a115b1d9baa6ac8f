// The citizen's lookup of a letter by tracking code and PIN: nothing personal and no content
// leaves here. Open311 GeoReport v2 is in src/open311/.
#include <boost/json.hpp>

#include "access/permissions.hpp"
#include "auth/throttle.hpp"
#include "base/error.hpp"
#include "base/json.hpp"
#include "http/problem.hpp"
#include "petitions/messages.hpp"
#include "petitions/petitions.hpp"
#include "petitions/routes.hpp"

namespace sen::petitions {

namespace {

// Lookups: a tracking code after 5 failures, a client after 20, wait from 30 s doubling to 15 min.
constexpr auth::ThrottleRule kLookupPerCode{5, std::chrono::seconds(30), std::chrono::minutes(15)};
constexpr auth::ThrottleRule kLookupPerClient{20, std::chrono::seconds(30), std::chrono::minutes(15)};

}  // namespace

void register_public_routes(app::Api& api) {
  using namespace access::perm;

  // The citizen's lookup: the tracking code and the PIN of the receipt, in the body (never in a URL,
  // which logs keep). Guessing is slowed per code and per client; failures are committed.
  api.post("/api/v1/public/petitions/lookup", kPublic, [](app::Context& ctx) {
    auto body = json::parse_object(ctx.request.body);
    json::Fields f(body);
    f.allow_only({"tracking_code", "pin"});
    auto typed = f.required_string("tracking_code", 40);
    auto pin = f.required_string("pin", 40);
    auto code = normalize_tracking_code(typed).value_or(typed);
    const std::string by_code = "lookup-code:" + code, by_client = "lookup-client:" + ctx.request.client_address;
    int wait = std::max(auth::throttle_wait(ctx.db, by_code), auth::throttle_wait(ctx.db, by_client));
    if (wait > 0) {
      auto r = http::problem(messages::error<"petition.lookup_wait">("", wait), ctx.request);
      r.status = 429;
      r.headers.emplace_back("Retry-After", std::to_string(wait));
      return r;
    }
    auto s = public_status(ctx.db, code, pin, ctx.today());
    if (!s) {
      auth::throttle_failure(ctx.db, by_code, kLookupPerCode);
      auth::throttle_failure(ctx.db, by_client, kLookupPerClient);
      // Returned, not thrown, so that the transaction keeps the failure counts.
      return http::problem(messages::error<"petition.lookup_failed">(""), ctx.request);
    }
    auth::throttle_success(ctx.db, by_code);
    return http::Response::json(200, {{"tracking_code", s->tracking_code},
                                      {"received_on", s->received_on.iso()},
                                      {"status", model::enum_text(s->status)},
                                      {"status_text", s->status_text},
                                      {"next_deadline", json::nullable(s->next_deadline)},
                                      {"handling_unit", s->handling_unit_name}});
  });
}

}  // namespace sen::petitions
