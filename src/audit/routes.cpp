#include "audit/routes.hpp"

#include <boost/json.hpp>

#include "audit/audit.hpp"
#include "auth/permissions.hpp"
#include "base/error.hpp"

namespace sen::audit {

namespace bj = boost::json;

namespace {

bj::value parsed(const std::optional<std::string>& text) {
  if (!text) return nullptr;
  return bj::parse(*text);
}

}  // namespace

void register_routes(app::Api& api) {
  api.get("/api/v1/audit", auth::perm::kAuditRead, [](app::Context& ctx) {
    const auto& q = ctx.request;
    Filter f{q.query_param("user"), q.query_param("entity"), q.query_param("key"), q.query_param("from"),
             q.query_param("to"), std::nullopt, 100};
    if (auto cursor = q.query_param("cursor")) {
      try {
        f.before_id = std::stoll(*cursor);
      } catch (const std::exception&) {
        throw invalid_field("cursor", "Con trỏ trang không hợp lệ", "Invalid cursor");
      }
    }
    auto rows = list(ctx.db, f);
    bj::array items;
    for (const auto& e : rows) {
      items.push_back({{"id", e.id},
                       {"at", e.at},
                       {"user", e.actor},
                       {"remote_address", e.remote_address},
                       {"request_id", e.request_id},
                       {"action", e.action},
                       {"entity", e.entity},
                       {"key", e.entity_key},
                       {"before", parsed(e.before_json)},
                       {"after", parsed(e.after_json)},
                       {"hash", e.hash}});
    }
    bj::value next = rows.size() == f.limit ? bj::value(std::to_string(rows.back().id)) : bj::value(nullptr);
    return http::Response::json(200, {{"items", std::move(items)}, {"next", next}});
  });
}

}  // namespace sen::audit
