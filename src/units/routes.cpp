#include "units/routes.hpp"

#include <fmt/format.h>

#include <boost/json.hpp>

#include "access/permissions.hpp"
#include "app/records.hpp"
#include "base/error.hpp"
#include "base/json.hpp"
#include "units/messages.hpp"
#include "units/rules.hpp"
#include "units/store.hpp"
#include "units/units.hpp"

namespace sen::units {

namespace bj = boost::json;

namespace {

constexpr std::size_t kDefaultPage = 500;
constexpr std::size_t kMaxPage = 1000;

using model::json_value;
using model::to_json;

bj::object to_json(const UnitDetail& d) {
  bj::object o = to_json(d.unit);
  o["at"] = d.at.iso();
  o["ancestors"] = json_value(d.ancestors);
  o["children"] = json_value(d.children);
  o["history"] = {{"names", json_value(d.states)}, {"parents", json_value(d.links)}};
  o["predecessors"] = json_value(d.predecessors);
  o["successors"] = json_value(d.successors);
  return o;
}

http::Response list_units(app::Context& ctx) {
  Date at = ctx.date_param("at", today_in_vietnam());
  auto state = ctx.request.query_param("state").value_or("current");
  if (state == "closed") {
    bj::array out;
    for (const auto& [unit, successors] : closed_before(ctx.db, at)) {
      bj::object o = to_json(unit);
      o["successors"] = json_value(successors);
      out.push_back(std::move(o));
    }
    return http::Response::json(200, {{"items", std::move(out)}, {"next", nullptr}, {"at", at.iso()}});
  }
  if (state != "current") {
    throw messages::error<"unit.state_unknown">("state");
  }
  std::size_t limit = ctx.page_limit(kDefaultPage, kMaxPage);
  std::string after = ctx.request.query_param("cursor").value_or("");
  auto page = list(ctx.db, at, after, limit + 1);
  bj::value next = nullptr;
  if (page.size() > limit) {
    page.pop_back();
    next = page.back().code;
  }
  return http::Response::json(200, {{"items", json_value(page)}, {"next", next}, {"at", at.iso()}});
}

http::Response get_unit(app::Context& ctx) {
  Date at = ctx.date_param("at", today_in_vietnam());
  return http::Response::json(200, to_json(detail(ctx.db, ctx.param("code"), at)));
}

// Field "kind" of a request body: a unit kind by name (kind_named refuses any other text).
std::optional<UnitKind> kind_field(const bj::object& body, bool required) {
  json::Fields f(body);
  auto text = required ? std::optional(f.required_string("kind", 40)) : f.optional_string("kind", 40);
  if (!text) return std::nullopt;
  return kind_named(*text);
}

http::Response create_unit(app::Context& ctx) {
  auto body = json::parse_object(ctx.request.body);
  auto u = json::read_request<NewUnit>(body, kNewUnitRequest, {}, {"kind"});
  u.kind = *kind_field(body, true);
  // A unit is created under a parent within the scope; a root only without a scope.
  if (u.parent)
    ctx.require_scope(*u.parent, u.valid_from);
  else
    ctx.require_unscoped("parent");
  auto created = create(ctx.db, u);
  ctx.audit("create", "unit", created.code, {created.code}, nullptr, to_json(created));
  return http::Response::created(to_json(created), "/api/v1/units/" + created.code);
}

http::Response patch_unit(app::Context& ctx) {
  auto body = json::parse_object(ctx.request.body);
  auto ch = json::read_request<UnitChange>(body, kUnitChangeRequest, {}, {"kind"});
  ch.kind = kind_field(body, false);
  auto before = detail(ctx.db, ctx.param("code"), today_in_vietnam()).unit;
  Date effective = ch.effective_from.value_or(today_in_vietnam());
  ctx.require_scope(before.code, effective);
  if (ch.parent) ctx.require_scope(*ch.parent, effective);
  auto after = change(ctx.db, ctx.param("code"), ch);
  ctx.audit("change", "unit", after.code, {after.code}, to_json(before), to_json(after));
  return http::Response::json(200, to_json(after));
}

http::Response close_unit(app::Context& ctx) {
  auto body = json::parse_object(ctx.request.body);
  json::Fields f(body);
  f.allow_only({"version", "valid_to", "successors"});
  UnitClosure cl{f.required_int("version"), f.required_date("valid_to"), f.optional_string_array("successors")};
  auto before = detail(ctx.db, ctx.param("code"), today_in_vietnam()).unit;
  ctx.require_scope(before.code, cl.last_day);
  for (const auto& s : cl.successors) ctx.require_scope(s, cl.last_day.plus_days(1));
  auto after = close(ctx.db, ctx.param("code"), cl);
  bj::object closed = to_json(after);
  closed["successors"] = bj::value_from(cl.successors);
  ctx.audit("close", "unit", after.code, {after.code}, to_json(before), closed);
  return http::Response::json(200, to_json(after));
}

}  // namespace

void register_routes(app::Api& api) {
  using namespace access::perm;
  api.get("/api/v1/units", kUnitsRead, list_units);
  api.post("/api/v1/units", kUnitsWrite, create_unit);
  api.get("/api/v1/units/{code}", kUnitsRead, get_unit);
  api.patch("/api/v1/units/{code}", kUnitsWrite, patch_unit);
  api.post("/api/v1/units/{code}/close", kUnitsWrite, close_unit);

  // Units are read by every role, whatever its scope (the hierarchy is public knowledge).
  api.record_kind({"unit", "/api/v1/units/{code}", "code", std::string(kUnitsRead), std::string(kUnitsWrite),
                   "/don-vi?unit=", false,
                   [](const app::Context& ctx, const std::string& key, app::Access) {
                     auto u = find_clamped(ctx.db, key, ctx.today());
                     if (!u) throw messages::error<"unit.not_found">("", key);
                     return app::RecordRef{u->name, {u->code}};
                   },
                   store::search_rows});
  register_lineage_routes(api);
}

}  // namespace sen::units
