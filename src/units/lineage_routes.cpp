#include <fmt/format.h>

#include <boost/json.hpp>

#include "access/permissions.hpp"
#include "base/error.hpp"
#include "base/json.hpp"
#include "units/lineage.hpp"
#include "units/messages.hpp"
#include "units/routes.hpp"
#include "units/units.hpp"

namespace sen::units {

namespace bj = boost::json;

namespace {

http::Response get_lineage(app::Context& ctx) {
  return http::Response::json(200, model::to_json(lineage(ctx.db, ctx.param("code"))));
}

ShareSet read_share_set(const bj::object& body) {
  json::Fields f(body);
  f.allow_only({"basis", "legal_source", "illustrative", "parts"});
  ShareSet set{f.required_string("basis", 40),
               f.required_string("legal_source", 2000),
               f.optional_bool("illustrative", false),
               {}};
  const bj::value* parts = body.if_contains("parts");
  if (!parts || !parts->is_array() || parts->as_array().empty()) {
    throw messages::error<"lineage.parts_missing">("parts");
  }
  for (std::size_t i = 0; i < parts->as_array().size(); ++i) {
    const auto& p = parts->as_array()[i];
    if (!p.is_object()) {
      auto field = fmt::format("parts[{}]", i);
      throw messages::error<"item.not_object">(field, field);
    }
    set.parts.push_back(json::read_request<SharePart>(p.as_object(), kSharePartRequest));
  }
  return set;
}

http::Response post_shares(app::Context& ctx) {
  const std::string& code = ctx.param("code");
  auto life = lifetime(ctx.db, code);
  if (!life) throw messages::error<"unit.not_found">("", code);
  auto set = read_share_set(json::parse_object(ctx.request.body));
  Date last_day = life->valid_to.value_or(ctx.today());
  ctx.require_scope(code, last_day);
  for (const auto& p : set.parts) ctx.require_scope(p.successor, last_day.plus_days(1));
  auto before = lineage(ctx.db, code);
  auto shares = record_shares(ctx.db, code, set);
  ctx.audit("record_shares", "unit", code, {code}, model::to_json(before), model::json_value(shares));
  return http::Response::json(200, model::to_json(lineage(ctx.db, code)));
}

}  // namespace

void register_lineage_routes(app::Api& api) {
  using namespace access::perm;
  api.get("/api/v1/units/{code}/lineage", kUnitsRead, get_lineage);
  api.post("/api/v1/units/{code}/succession-shares", kUnitsWrite, post_shares);
}

}  // namespace sen::units
