#include "opendata/routes.hpp"

#include <boost/json.hpp>

#include "access/permissions.hpp"
#include "base/error.hpp"
#include "base/json.hpp"
#include "opendata/messages.hpp"
#include "opendata/opendata.hpp"

namespace sen::opendata {

namespace bj = boost::json;

namespace {

bj::value optional_number(const std::optional<double>& v) {
  return v ? bj::value(*v) : bj::value(nullptr);
}

bj::object to_json(const Release& r) {
  return {{"unit", r.unit}, {"unit_name", r.unit_name}, {"period", r.period}, {"released_at", r.released_at}};
}

Period period_of(const std::string& text) {
  auto p = Period::parse(text);
  if (!p) throw messages::error<"open_data.period_invalid">("period");
  return *p;
}

// The body {unit, period} of a release or withdrawal, within the caller's scope.
std::pair<std::string, Period> unit_period_of(const app::Context& ctx) {
  auto body = json::parse_object(ctx.request.body);
  json::Fields f(body);
  f.allow_only({"unit", "period"});
  auto unit = f.required_string("unit", 32);
  auto period = period_of(f.required_string("period", 10));
  ctx.require_scope(unit, period.days().last);
  return {unit, period};
}

}  // namespace

void register_routes(app::Api& api) {
  using namespace access::perm;
  api.get("/api/v1/open-data", kPublic, [](app::Context& ctx) {
    bj::array items;
    for (const auto& r : releases(ctx.db)) items.push_back(to_json(r));
    return http::Response::json(200, {{"items", std::move(items)}});
  });
  api.get("/api/v1/open-data/indicators", kPublic, [](app::Context& ctx) {
    auto unit = ctx.required_param("unit");
    auto period = ctx.period_param("period");
    auto format = ctx.request.query_param("format").value_or("json");
    if (format != "json" && format != "csv") throw messages::error<"open_data.format_unknown">("format");
    auto rows = released_rows(ctx.db, unit, period);
    if (format == "csv") {
      http::Response r;
      r.content_type = "text/csv; charset=utf-8";
      r.body = to_csv(rows);
      r.headers.emplace_back("Content-Disposition",
                             "attachment; filename=\"chi-tieu-" + unit + "-" + period.code() + ".csv\"");
      return r;
    }
    bj::array items;
    for (const auto& row : rows) {
      items.push_back({{"indicator", row.indicator},
                       {"name", row.name},
                       {"area", row.area},
                       {"measure", row.measure},
                       {"target", row.target},
                       {"plan", optional_number(row.plan)},
                       {"actual", optional_number(row.actual)},
                       {"achievement_pct", optional_number(row.achievement_pct)},
                       {"target_pct", optional_number(row.target_pct)},
                       {"status", row.status},
                       {"vintage", row.vintage.empty() ? bj::value(nullptr) : bj::value(row.vintage)},
                       {"derivation", row.derivation.empty() ? bj::value(nullptr) : bj::value(row.derivation)},
                       {"source", row.source.empty() ? bj::value(nullptr) : bj::value(row.source)},
                       {"decimals", row.decimals}});
    }
    return http::Response::json(200, {{"unit", unit}, {"period", period.code()}, {"items", std::move(items)}});
  });
  api.post("/api/v1/open-data/releases", kTargetsPlan, [](app::Context& ctx) {
    auto [unit, period] = unit_period_of(ctx);
    auto r = release(ctx.db, unit, period, ctx.actor());
    ctx.audit("release", "open_data", unit + " " + period.code(), {unit}, nullptr, to_json(r));
    return http::Response::created(to_json(r),
                                   "/api/v1/open-data/indicators?unit=" + unit + "&period=" + period.code());
  });
  api.post("/api/v1/open-data/withdrawals", kTargetsPlan, [](app::Context& ctx) {
    auto [unit, period] = unit_period_of(ctx);
    if (!withdraw(ctx.db, unit, period)) {
      throw messages::error<"open_data_release.not_found">("", unit + " " + period.code());
    }
    ctx.audit("withdraw", "open_data", unit + " " + period.code(), {unit}, nullptr, nullptr);
    return http::Response::no_content();
  });
}

}  // namespace sen::opendata
