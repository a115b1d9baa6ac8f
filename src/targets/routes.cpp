#include "targets/routes.hpp"

#include <fmt/format.h>

#include <boost/json.hpp>

#include "access/permissions.hpp"
#include "app/records.hpp"
#include "auth/secrets.hpp"
#include "base/error.hpp"
#include "base/json.hpp"
#include "targets/checks.hpp"
#include "targets/csv_io.hpp"
#include "targets/json.hpp"
#include "targets/messages.hpp"
#include "targets/store.hpp"
#include "targets/targets.hpp"
#include "units/lineage.hpp"

namespace sen::targets {

namespace bj = boost::json;

namespace {

// The day on which a unit's data for a period is judged for scope: the period's last day.
Date data_day(const std::string& period) {
  auto p = Period::parse(period);
  return p ? p->days().last : today_in_vietnam();
}

template <class T>
bj::array array_of(const std::vector<T>& list) {
  bj::array out;
  for (const auto& x : list) out.push_back(to_json(x));
  return out;
}

// ?map=DATE: figures on the hierarchy as it stood that day; none when absent.
std::optional<Date> map_param(const app::Context& ctx) {
  if (!ctx.request.query_param("map")) return std::nullopt;
  return ctx.date_param("map", today_in_vietnam());
}

// The days the unit's map changed: formed from predecessors, closed into successors.
bj::array lineage_changes(db::Connection& c, const std::string& unit) {
  auto l = units::lineage(c, unit);
  bj::array out;
  auto add = [&](const std::vector<units::LineageLink>& links, const char* kind, bool predecessors) {
    if (links.empty()) return;
    bj::array codes;
    for (const auto& link : links) codes.push_back(bj::string(predecessors ? link.predecessor : link.successor));
    out.push_back({{"date", links.front().effective.iso()}, {"kind", kind}, {"units", std::move(codes)}});
  };
  add(l.predecessors, "formed", true);
  add(l.successors, "closed", false);
  return out;
}

http::Response ok(bj::object o) {
  return http::Response::json(200, o);
}
http::Response items(bj::array a) {
  return http::Response::json(200, {{"items", std::move(a)}, {"next", nullptr}});
}

http::Response csv_response(std::string body, const std::string& filename) {
  http::Response r;
  r.content_type = "text/csv; charset=utf-8";
  r.body = std::move(body);
  r.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + filename + "\"");
  return r;
}

// The indicator described by the body under `rules`; fields absent from it keep their value in `base`.
Indicator indicator_from(const bj::object& body, const std::vector<json::Rule>& rules, Indicator base) {
  auto i = json::read_request<Indicator>(body, rules, std::move(base), {"version", "min_value", "max_value"});
  json::Fields f(body);
  if (f.has("min_value") || f.has("max_value")) {
    i.min_value = f.optional_number("min_value");
    i.max_value = f.optional_number("max_value");
  }
  return i;
}

http::Response create_indicator_route(app::Context& ctx) {
  static const auto kNewIndicator = json::requiring(kIndicatorRequest, {"code", "name", "area", "measure"});
  auto i = indicator_from(json::parse_object(ctx.request.body), kNewIndicator, {});
  auto created = create_indicator(ctx.db, i);
  ctx.audit("create", "indicator", created.code, {}, nullptr, to_json(created));
  return http::Response::created(to_json(created), "/api/v1/indicators/" + created.code);
}

http::Response patch_indicator_route(app::Context& ctx) {
  auto body = json::parse_object(ctx.request.body);
  json::Fields f(body);
  if (f.has("code")) throw messages::error<"indicator.code_unchangeable">("code");
  auto version = f.required_int("version");
  auto before = indicator(ctx.db, ctx.param("code"));
  auto after = update_indicator(ctx.db, indicator_from(body, kIndicatorRequest, before), version);
  ctx.audit("change", "indicator", after.code, {}, to_json(before), to_json(after));
  return ok(to_json(after));
}

http::Response create_plan_route(app::Context& ctx) {
  auto p = json::read_request<Plan>(json::parse_object(ctx.request.body), kNewPlanRequest);
  ctx.require_scope(p.unit, data_day(p.period_to));
  auto created = create_plan(ctx.db, p);
  ctx.audit("create", "plan", created.code, {created.unit}, nullptr, to_json(created));
  return http::Response::created(to_json(created), "/api/v1/plans/" + created.code);
}

http::Response get_plan_route(app::Context& ctx) {
  auto p = plan(ctx.db, ctx.param("code"));
  ctx.require_scope(p.unit, data_day(p.period_to));
  auto o = to_json(p);
  o["targets"] = array_of(plan_targets(ctx.db, p.code));
  return ok(o);
}

Target target_fields(const json::Fields& f, Target t) {
  if (auto v = f.optional_string("comparator", 10)) t.comparator = *v;
  if (auto v = f.optional_number("value")) t.value = *v;
  if (f.has("value_to") || !f.has("version")) t.value_to = f.optional_number("value_to");
  if (f.has("source") || !f.has("version")) t.source = f.optional_string("source", 2000);
  if (f.has("note") || !f.has("version")) t.note = f.optional_text("note", 2000);
  if (f.has("assigned_by") || !f.has("version")) t.assigned_by = f.optional_string("assigned_by", 100);
  return t;
}

http::Response create_target_route(app::Context& ctx) {
  auto body = json::parse_object(ctx.request.body);
  json::Fields f(body);
  f.allow_only(
      {"plan", "indicator", "unit", "period", "comparator", "value", "value_to", "source", "note", "assigned_by"});
  Target t;
  t.plan = f.required_string("plan", 64);
  t.indicator = f.required_string("indicator", 40);
  t.unit = f.required_string("unit", 32);
  t.period = f.required_string("period", 10);
  t.comparator = f.required_string("comparator", 10);
  if (!f.optional_number("value")) f.required_int("value");  // names the missing field
  t = target_fields(f, t);
  ctx.require_scope(t.unit, data_day(t.period));
  auto created = add_target(ctx.db, t);
  ctx.audit("create", "target", std::to_string(created.id), {created.unit}, nullptr, to_json(created));
  return http::Response::created(to_json(created), "/api/v1/targets/" + std::to_string(created.id));
}

http::Response patch_target_route(app::Context& ctx) {
  auto body = json::parse_object(ctx.request.body);
  json::Fields f(body);
  f.allow_only({"version", "comparator", "value", "value_to", "source", "note", "assigned_by"});
  auto version = f.required_int("version");
  auto current = target(ctx.db, ctx.id_param<messages, "target.not_found">("id"));
  ctx.require_scope(current.unit, data_day(current.period));
  auto after = update_target(ctx.db, target_fields(f, current), version);
  ctx.audit("change", "target", std::to_string(after.id), {after.unit}, to_json(current), to_json(after));
  return ok(to_json(after));
}

http::Response record_value_route(app::Context& ctx) {
  auto body = json::parse_object(ctx.request.body);
  json::Fields f(body);
  f.allow_only({"indicator", "unit", "period", "vintage", "value", "source", "note"});
  Value v;
  v.indicator = f.required_string("indicator", 40);
  v.unit = f.required_string("unit", 32);
  v.period = f.required_string("period", 10);
  auto vintage = f.required_string("vintage", 20);
  auto n = f.optional_number("value");
  if (!n) f.required_int("value");
  v.value = *n;
  v.source = f.optional_string("source", 2000);
  v.note = f.optional_text("note", 2000);
  v.entered_by = ctx.actor();
  if (Period::parse(v.period)) ctx.require_scope(v.unit, data_day(v.period));
  std::vector<ErrorDetail> problems;
  if (auto known = read_vintage(vintage, 0, problems)) v.vintage = *known;
  throw_first(problems);
  auto recorded = record_value(ctx.db, v);
  ctx.audit("enter", "value", fmt::format("{}/{}/{}/{}", v.indicator, v.unit, v.period, model::enum_text(v.vintage)),
            {v.unit}, nullptr, to_json(recorded));
  return http::Response::json(201, to_json(recorded));
}

ImportOptions import_options(app::Context& ctx) {
  ImportOptions o;
  o.numbers = number_style(ctx.request.query_param("numbers").value_or("plain"), "numbers");
  o.dry_run = ctx.bool_param("dry_run", false);
  o.entered_by = ctx.actor();
  o.allowed = [&ctx](const std::string& unit, const Period& period) { return ctx.in_scope(unit, period.days().last); };
  return o;
}

bj::object import_json(const ImportResult& r) {
  bj::object o{{"rows", r.rows}, {"written", r.written}};
  if (!r.value_preview.empty()) o["preview"] = array_of(r.value_preview);
  if (!r.target_preview.empty()) o["preview"] = array_of(r.target_preview);
  return o;
}

http::Response import_route(app::Context& ctx, const char* what) {
  auto options = import_options(ctx);
  auto result = std::string_view(what) == "values" ? import_values(ctx.db, ctx.request.body, options)
                                                   : import_targets(ctx.db, ctx.request.body, options);
  if (result.written) {
    ctx.audit("import", what, fmt::format("{} rows", result.rows), ctx.own_scope(), nullptr,
              bj::object{{"rows", result.rows},
                         {"numbers", options.numbers == NumberStyle::vietnamese ? "vi" : "plain"},
                         {"content_hash", auth::content_hash(ctx.request.body)}});
  }
  return ok(import_json(result));
}

}  // namespace

void register_routes(app::Api& api) {
  using namespace access::perm;
  api.get("/api/v1/indicators", kTargetsRead, [](app::Context& ctx) { return items(array_of(indicators(ctx.db))); });
  api.post("/api/v1/indicators", kIndicatorsWrite, create_indicator_route);
  api.get("/api/v1/indicators/{code}", kTargetsRead,
          [](app::Context& ctx) { return ok(to_json(indicator(ctx.db, ctx.param("code")))); });
  api.patch("/api/v1/indicators/{code}", kIndicatorsWrite, patch_indicator_route);

  api.get("/api/v1/periods/{period}", kSignedIn, [](app::Context& ctx) {
    auto p = Period::parse(ctx.param("period"));
    if (!p) throw messages::error<"period.not_found">("", ctx.param("period"));
    return ok(to_json(*p));
  });

  api.get("/api/v1/plans", kTargetsRead, [](app::Context& ctx) {
    bj::array out;
    for (const auto& p : plans(ctx.db, ctx.request.query_param("unit"))) {
      if (ctx.in_scope(p.unit, data_day(p.period_to))) out.push_back(to_json(p));
    }
    return items(std::move(out));
  });
  api.post("/api/v1/plans", kTargetsPlan, create_plan_route);
  api.get("/api/v1/plans/{code}", kTargetsRead, get_plan_route);

  api.get("/api/v1/targets", kTargetsRead, [](app::Context& ctx) {
    auto unit = ctx.required_param("unit");
    auto period = ctx.period_param("period");
    ctx.require_scope(unit, period.days().last);
    return items(array_of(targets(ctx.db, unit, period, ctx.request.query_param("plan"))));
  });
  api.post("/api/v1/targets", kTargetsPlan, create_target_route);
  api.patch("/api/v1/targets/{id}", kTargetsPlan, patch_target_route);

  api.get("/api/v1/values", kTargetsRead, [](app::Context& ctx) {
    auto unit = ctx.required_param("unit");
    auto period = ctx.period_param("period");
    ctx.require_scope(unit, period.days().last);
    return items(array_of(current_values(ctx.db, unit, period)));
  });
  api.post("/api/v1/values", kTargetsEnter, record_value_route);
  api.get("/api/v1/values/history", kTargetsRead, [](app::Context& ctx) {
    auto unit = ctx.required_param("unit");
    auto period = ctx.period_param("period");
    ctx.require_scope(unit, period.days().last);
    return items(array_of(value_history(ctx.db, ctx.required_param("indicator"), unit, period)));
  });

  api.get("/api/v1/scorecard", kTargetsRead, [](app::Context& ctx) {
    auto unit = ctx.required_param("unit");
    auto period = ctx.period_param("period");
    ctx.require_scope(unit, period.days().last);
    return ok(to_json(scorecard(ctx.db, unit, period, ctx.request.query_param("plan"), map_param(ctx))));
  });

  api.get("/api/v1/series", kTargetsRead, [](app::Context& ctx) {
    auto unit = ctx.required_param("unit");
    auto code = ctx.required_param("indicator");
    auto year = [&](const char* name) {
      auto p = Period::parse(ctx.required_param(name));
      if (!p || p->kind() != PeriodKind::year) {
        throw messages::error<"param.not_year">(name, name);
      }
      return p->year();
    };
    int from = year("from"), to = year("to");
    ctx.require_scope(unit, Period::year_of(to).days().last);
    bj::array points;
    for (const auto& pt : series(ctx.db, code, unit, from, to, map_param(ctx))) {
      bj::object target;
      if (pt.target) {
        target = to_json(*pt.target);
        add_lineage(target, pt.target_lineage);
      }
      points.push_back({{"period", pt.period.code()},
                        {"actual", pt.actual ? bj::value(to_json(*pt.actual)) : bj::value(nullptr)},
                        {"target", pt.target ? bj::value(std::move(target)) : bj::value(nullptr)},
                        {"not_comparable", to_json(pt.refusal)}});
    }
    return ok({{"indicator", to_json(indicator(ctx.db, code))},
               {"unit", unit},
               {"points", std::move(points)},
               {"changes", lineage_changes(ctx.db, unit)}});
  });
  api.get("/api/v1/breakdown", kTargetsRead, [](app::Context& ctx) {
    auto unit = ctx.required_param("unit");
    auto period = ctx.period_param("period");
    ctx.require_scope(unit, period.days().last);
    bj::array rows;
    for (const auto& r : breakdown(ctx.db, ctx.required_param("indicator"), unit, period, map_param(ctx))) {
      rows.push_back({{"unit", r.unit},
                      {"unit_name", r.unit_name},
                      {"illustrative", r.illustrative},
                      {"actual", r.actual ? bj::value(to_json(*r.actual)) : bj::value(nullptr)},
                      {"not_comparable", to_json(r.refusal)}});
    }
    return items(std::move(rows));
  });

  api.get("/api/v1/submissions", kTargetsRead, [](app::Context& ctx) {
    auto unit = ctx.required_param("unit");
    auto period = ctx.period_param("period");
    ctx.require_scope(unit, period.days().last);
    auto report = submissions(ctx.db, unit, period, ctx.required_param("regime"), ctx.as_of());
    bj::array rows;
    for (const auto& s : report.units) {
      rows.push_back({{"unit", s.unit},
                      {"unit_name", s.unit_name},
                      {"first_entry", json::nullable(s.first_entry)},
                      {"state", s.state}});
    }
    return ok({{"period", period.code()},
               {"cutoff_from", report.cutoff.first.iso()},
               {"cutoff_to", report.cutoff.last.iso()},
               {"due", report.due.iso()},
               {"items", std::move(rows)}});
  });

  api.post("/api/v1/imports/values", kTargetsEnter, [](app::Context& ctx) { return import_route(ctx, "values"); });
  api.post("/api/v1/imports/targets", kTargetsPlan, [](app::Context& ctx) { return import_route(ctx, "targets"); });
  api.get("/api/v1/exports/values", kTargetsRead, [](app::Context& ctx) {
    auto unit = ctx.required_param("unit");
    auto period = ctx.period_param("period");
    ctx.require_scope(unit, period.days().last);
    auto numbers = number_style(ctx.request.query_param("numbers").value_or("plain"), "numbers");
    return csv_response(export_values(ctx.db, unit, period, numbers), "values-" + unit + "-" + period.code() + ".csv");
  });
  api.get("/api/v1/exports/targets", kTargetsRead, [](app::Context& ctx) {
    auto p = plan(ctx.db, ctx.required_param("plan"));
    ctx.require_scope(p.unit, data_day(p.period_to));
    auto numbers = number_style(ctx.request.query_param("numbers").value_or("plain"), "numbers");
    return csv_response(export_targets(ctx.db, p.code, numbers), "targets-" + p.code + ".csv");
  });

  // The indicator catalogue is shared by every unit.
  api.record_kind({"indicator", "/api/v1/indicators/{code}", "code", std::string(kTargetsRead),
                   std::string(kIndicatorsWrite), "/chi-tieu?indicator=", false,
                   [](const app::Context& ctx, const std::string& key, app::Access) {
                     return app::RecordRef{indicator(ctx.db, key).name, {}};
                   },
                   store::search_indicators});
}

}  // namespace sen::targets
