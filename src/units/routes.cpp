#include "units/routes.hpp"

#include <boost/json.hpp>
#include <fmt/format.h>

#include "base/error.hpp"
#include "base/json.hpp"
#include "auth/permissions.hpp"
#include "units/units.hpp"

namespace sen::units {

namespace bj = boost::json;

namespace {

constexpr std::size_t kDefaultPage = 500;
constexpr std::size_t kMaxPage = 1000;

using json::nullable;

bj::object to_json(const Unit& u) {
  return {{"code", u.code},
          {"name", u.name},
          {"name_en", nullable(u.name_en)},
          {"kind", u.kind},
          {"parent", nullable(u.parent)},
          {"valid_from", u.valid_from.iso()},
          {"valid_to", nullable(u.valid_to)},
          {"illustrative", u.illustrative},
          {"source", nullable(u.source)},
          {"version", u.version}};
}

bj::array to_json(const std::vector<Unit>& units) {
  bj::array out;
  for (const auto& u : units) out.push_back(to_json(u));
  return out;
}

bj::array to_json(const std::vector<Succession>& list) {
  bj::array out;
  for (const auto& s : list) {
    out.push_back({{"predecessor", s.predecessor}, {"successor", s.successor}, {"effective", s.effective.iso()}});
  }
  return out;
}

bj::object to_json(const UnitDetail& d) {
  bj::object o = to_json(d.unit);
  o["at"] = d.at.iso();
  o["ancestors"] = to_json(d.ancestors);
  o["children"] = to_json(d.children);
  bj::array states, links;
  for (const auto& s : d.states) {
    states.push_back({{"valid_from", s.valid_from.iso()},
                      {"valid_to", nullable(s.valid_to)},
                      {"name", s.name},
                      {"name_en", nullable(s.name_en)},
                      {"kind", s.kind}});
  }
  for (const auto& l : d.links) {
    links.push_back({{"parent", l.parent}, {"valid_from", l.valid_from.iso()}, {"valid_to", nullable(l.valid_to)}});
  }
  o["history"] = {{"names", std::move(states)}, {"parents", std::move(links)}};
  o["predecessors"] = to_json(d.predecessors);
  o["successors"] = to_json(d.successors);
  return o;
}

http::Response list_units(app::Context& ctx) {
  Date at = ctx.date_param("at", today_in_vietnam());
  auto state = ctx.request.query_param("state").value_or("current");
  if (state == "closed") {
    bj::array out;
    for (const auto& [unit, successors] : closed_before(ctx.db, at)) {
      bj::object o = to_json(unit);
      o["successors"] = to_json(successors);
      out.push_back(std::move(o));
    }
    return http::Response::json(200, {{"items", std::move(out)}, {"next", nullptr}, {"at", at.iso()}});
  }
  if (state != "current") {
    throw invalid_field("state", "Tham số 'state' là current hoặc closed", "Parameter 'state' is current or closed");
  }
  std::size_t limit = ctx.page_limit(kDefaultPage, kMaxPage);
  std::string after = ctx.request.query_param("cursor").value_or("");
  auto page = list(ctx.db, at, after, limit + 1);
  bj::value next = nullptr;
  if (page.size() > limit) {
    page.pop_back();
    next = page.back().code;
  }
  return http::Response::json(200, {{"items", to_json(page)}, {"next", next}, {"at", at.iso()}});
}

http::Response get_unit(app::Context& ctx) {
  Date at = ctx.date_param("at", today_in_vietnam());
  return http::Response::json(200, to_json(detail(ctx.db, ctx.param("code"), at)));
}

http::Response create_unit(app::Context& ctx) {
  auto body = json::parse_object(ctx.request.body);
  json::Fields f(body);
  f.allow_only({"code", "name", "name_en", "kind", "parent", "valid_from", "illustrative", "source"});
  NewUnit u{f.required_string("code", 32),
            f.required_string("name"),
            f.optional_string("name_en"),
            f.required_string("kind", 40),
            f.optional_string("parent", 32),
            f.required_date("valid_from"),
            f.optional_bool("illustrative", false),
            f.optional_string("source", 2000)};
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
  json::Fields f(body);
  f.allow_only({"version", "name", "name_en", "kind", "parent", "effective_from", "source"});
  UnitChange ch{f.required_int("version"),      f.optional_string("name"),
                f.optional_string("name_en"),   f.optional_string("kind", 40),
                f.optional_string("parent", 32), f.optional_date("effective_from"),
                f.optional_string("source", 2000)};
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
  using namespace auth::perm;
  api.get("/api/v1/units", kUnitsRead, list_units);
  api.post("/api/v1/units", kUnitsWrite, create_unit);
  api.get("/api/v1/units/{code}", kUnitsRead, get_unit);
  api.patch("/api/v1/units/{code}", kUnitsWrite, patch_unit);
  api.post("/api/v1/units/{code}/close", kUnitsWrite, close_unit);
}

}  // namespace sen::units
