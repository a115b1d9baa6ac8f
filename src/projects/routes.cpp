#include "projects/routes.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <boost/json.hpp>

#include "access/permissions.hpp"
#include "app/records.hpp"
#include "auth/secrets.hpp"
#include "base/error.hpp"
#include "base/json.hpp"
#include "projects/csv_import.hpp"
#include "projects/figures.hpp"
#include "projects/iati.hpp"
#include "projects/json.hpp"
#include "projects/messages.hpp"
#include "projects/portfolio.hpp"
#include "projects/store.hpp"
#include "projects/window.hpp"
#include "targets/actuals.hpp"
#include "targets/csv_io.hpp"
#include "targets/store.hpp"
#include "tasks/tasks.hpp"
#include "units/units.hpp"

namespace sen::projects {

namespace bj = boost::json;

namespace {

int year(const app::Context& ctx) {
  return ctx.year_param("year", ctx.today().year());
}

// The project, when its managing unit lies in the caller's scope today.
Project visible_project(const app::Context& ctx) {
  Project p = get(ctx.db, ctx.param("code"));
  ctx.require_scope(p.managing_unit, ctx.today());
  return p;
}

std::vector<Funding> funding_of(const bj::object& body) {
  std::vector<Funding> out;
  auto it = body.find("funding");
  if (it == body.end() || it->value().is_null()) return out;
  if (!it->value().is_array()) throw messages::error<"project.funding_not_array">("funding");
  for (const auto& item : it->value().as_array()) {
    if (!item.is_object()) throw messages::error<"project.funding_not_object">("funding");
    json::Fields f(item.as_object());
    f.allow_only({"source", "amount"});
    out.push_back({f.required_string("source", 20), f.required_int("amount", 0, kLargest)});
  }
  return out;
}

std::vector<std::int64_t> ids_of(const bj::object& body, const char* name) {
  std::vector<std::int64_t> out;
  auto it = body.find(name);
  if (it == body.end() || it->value().is_null()) return out;
  if (!it->value().is_array()) throw messages::error<"project.not_number_array">(name, name);
  for (const auto& v : it->value().as_array()) {
    if (!v.is_int64()) throw messages::error<"project.not_number_array">(name, name);
    out.push_back(v.as_int64());
  }
  return out;
}

// The project described by the body under `rules`; fields absent from it keep their value in `base`.
Project project_from(const bj::object& body, const std::vector<json::Rule>& rules, Project base) {
  Project p = json::read_request<Project>(body, rules, std::move(base), {"funding", "targets", "version"});
  json::Fields f(body);
  if (f.has("funding")) p.funding = funding_of(body);
  if (f.has("targets")) p.targets = ids_of(body, "targets");
  return p;
}

bj::object list_item(const ProjectYear& py) {
  bj::object o = to_json(py.project);
  o["year"] = summary_json(py.ledger);
  o["lag"] = lag_json(py.lag);
  return o;
}

constexpr std::size_t kLaggingShown = 50;

// A lagging project in brief: who, how much, how far behind.
bj::object lag_item(const ProjectYear& py) {
  return {{"code", py.project.code},
          {"name", py.project.name},
          {"managing_unit", py.project.managing_unit},
          {"plan_allocated", py.ledger.allocated_total()},
          {"paid", py.ledger.paid().total()},
          {"rate_allocated", json::nullable(percent(py.ledger.paid().total(), py.ledger.allocated_total()))},
          {"lag", lag_json(py.lag)},
          {"illustrative", py.project.illustrative}};
}

bj::object window_json(db::Connection& c, int plan_year) {
  auto rules = window_rules(c);
  const auto& rule = window_rule(rules, plan_year);
  return {{"plan_year", plan_year},
          {"ends", projects::window_end(rules, plan_year).iso()},
          {"latest_extension", latest_extension(rules, plan_year).iso()},
          {"auto_extend_added_after", json::nullable(rule.auto_extend_added_after)},
          {"law", rule.law}};
}

http::Response detail_route(app::Context& ctx) {
  Project p = visible_project(ctx);
  int y = year(ctx);
  Ledger l = ledger(ctx.db, p.code, y);
  l.illustrative = p.illustrative;
  auto c = curve(ctx.db);
  bj::object o = to_json(p);
  auto unit = units::find_clamped(ctx.db, p.managing_unit, ctx.today());
  o["managing_unit_name"] = unit ? bj::value(unit->name) : bj::value(nullptr);
  o["plan_year"] = y;
  o["summary"] = summary_json(l);
  o["months"] = months_json(l, c);
  o["sources"] = sources_json(l);
  o["lag"] = lag_json(lag(l, c, y, ctx.as_of()));
  o["window"] = window_json(ctx.db, y);
  bj::array milestones, progress, plans, extensions, disbursements, linked;
  for (const auto& m : store::milestones(ctx.db, p.code)) milestones.push_back(to_json(m));
  for (const auto& x : store::progress(ctx.db, p.code)) progress.push_back(to_json(x));
  for (const auto& x : store::plans(ctx.db, p.code)) plans.push_back(to_json(x));
  for (const auto& x : store::extensions(ctx.db, p.code)) extensions.push_back(to_json(x));
  for (const auto& x : store::disbursements(ctx.db, p.code)) disbursements.push_back(to_json(x));
  tasks::TaskFilter filter;
  filter.linked_to = tasks::Link{"project", p.code};
  for (const auto& v : tasks::list(ctx.db, filter, ctx.today())) {
    linked.push_back({{"id", v.task.id},
                      {"title", v.task.title},
                      {"lead_unit", v.task.lead_unit},
                      {"status", tasks::status_code(v.status)},
                      {"due", v.due.iso()}});
  }
  o["milestones"] = std::move(milestones);
  o["progress"] = std::move(progress);
  o["capital_plans"] = std::move(plans);
  o["extensions"] = std::move(extensions);
  o["disbursements"] = std::move(disbursements);
  o["tasks"] = std::move(linked);
  o["today"] = ctx.today().iso();
  return http::Response::json(200, o);
}

http::Response create_route(app::Context& ctx) {
  auto body = json::parse_object(ctx.request.body);
  static const auto kNewProject = json::requiring(
      kProjectRequest,
      {"code", "name", "group", "investor", "managing_unit", "total_investment", "start_year", "end_year"});
  Project p = project_from(body, kNewProject, {});
  p.created_by = ctx.actor();
  ctx.require_scope(p.managing_unit, ctx.today());
  auto created = create(ctx.db, p);
  ctx.audit("create", "project", created.code, {created.managing_unit}, nullptr, to_json(created));
  return http::Response::created(to_json(created), "/api/v1/projects/" + created.code);
}

http::Response change_route(app::Context& ctx) {
  Project before = visible_project(ctx);
  auto body = json::parse_object(ctx.request.body);
  json::Fields f(body);
  auto version = f.required_int("version");
  if (f.has("code") && f.optional_string("code", 32) != before.code) {
    throw messages::error<"project.code_fixed">("code");
  }
  Project edited = project_from(body, kProjectRequest, before);
  ctx.require_scope(edited.managing_unit, ctx.today());
  auto after = change(ctx.db, edited, version);
  ctx.audit("change", "project", after.code, {after.managing_unit}, to_json(before), to_json(after));
  if (before.managing_unit != after.managing_unit) {
    ctx.audit("change", "project", after.code, {before.managing_unit}, to_json(before), to_json(after));
  }
  return http::Response::json(200, to_json(after));
}

http::Response plan_route(app::Context& ctx) {
  Project p = visible_project(ctx);
  auto body = json::parse_object(ctx.request.body);
  json::Fields f(body);
  f.allow_only({"kind", "year_from", "year_to", "source", "level", "amount", "decision", "decision_date", "note",
                "illustrative"});
  CapitalPlan plan;
  plan.project = p.code;
  plan.kind = json::optional_enum<PlanKind>(f, "kind").value_or(PlanKind::annual);
  plan.year_from = static_cast<int>(f.required_int("year_from", kFirstYear, kLastYear));
  plan.year_to = static_cast<int>(f.optional_int("year_to", kFirstYear, kLastYear).value_or(plan.year_from));
  plan.source = f.required_string("source", 20);
  plan.level = json::optional_enum<PlanLevel>(f, "level").value_or(PlanLevel::allocated);
  plan.amount = f.required_int("amount", 0, kLargest);
  plan.decision = f.required_string("decision", 200);
  plan.decision_date = f.required_date("decision_date");
  plan.note = f.optional_text("note", 2000);
  plan.illustrative = f.optional_bool("illustrative", false);
  plan.entered_by = ctx.actor();
  auto added = add_plan(ctx.db, plan);
  ctx.audit("plan", "project", p.code, {p.managing_unit}, nullptr, to_json(added));
  return http::Response::json(201, to_json(added));
}

http::Response extension_route(app::Context& ctx) {
  Project p = visible_project(ctx);
  auto body = json::parse_object(ctx.request.body);
  json::Fields f(body);
  f.allow_only({"plan_year", "source", "until", "basis", "decision_date"});
  Extension e;
  e.project = p.code;
  e.plan_year = static_cast<int>(f.required_int("plan_year", kFirstYear, kLastYear));
  e.source = f.optional_string("source", 20);
  e.until = f.required_date("until");
  e.basis = f.required_text("basis", 1000);
  e.decision_date = f.required_date("decision_date");
  e.entered_by = ctx.actor();
  auto added = add_extension(ctx.db, e);
  ctx.audit("extend_window", "project", p.code, {p.managing_unit}, nullptr, to_json(added));
  return http::Response::json(201, to_json(added));
}

http::Response disburse_route(app::Context& ctx) {
  Project p = visible_project(ctx);
  auto body = json::parse_object(ctx.request.body);
  json::Fields f(body);
  f.allow_only({"plan_year", "source", "paid_on", "amount", "status", "document", "note"});
  Disbursement d;
  d.project = p.code;
  d.paid_on = f.optional_date("paid_on").value_or(ctx.today());
  d.plan_year = static_cast<int>(f.optional_int("plan_year", kFirstYear, kLastYear).value_or(d.paid_on.year()));
  d.source = f.required_string("source", 20);
  d.amount = f.required_int("amount", 0, kLargest);
  auto status = f.optional_string("status", 20);
  d.status = status ? json::enum_named(*status, "status", kNewPaymentStatuses) : DisbursementStatus::confirmed;
  d.document = f.optional_string("document", 500);
  d.note = f.optional_text("note", 2000);
  d.entered_by = ctx.actor();
  if (d.paid_on > ctx.today()) {
    throw messages::error<"disbursement.paid_in_future">("paid_on");
  }
  auto recorded = disburse(ctx.db, d);
  bj::object o = to_json(recorded.disbursement);
  o["basis"] = recorded.basis;
  ctx.audit("disburse", "project", p.code, {p.managing_unit}, nullptr, o);
  return http::Response::created(o, "/api/v1/projects/" + p.code);
}

http::Response import_route(app::Context& ctx) {
  DisbursementImport options;
  options.numbers = targets::number_style(ctx.request.query_param("numbers").value_or("plain"), "numbers");
  options.dry_run = ctx.bool_param("dry_run", false);
  options.entered_by = ctx.actor();
  Date day = ctx.today();
  options.allowed = [&ctx, day](const std::string& unit) { return ctx.in_scope(unit, day); };
  auto result = import_disbursements(ctx.db, ctx.request.body, options);
  if (result.written) {
    ctx.audit(
        "import", "disbursements", fmt::format("{} rows", result.rows), ctx.own_scope(), nullptr,
        bj::object{
            {"rows", result.rows}, {"total", result.total}, {"content_hash", auth::content_hash(ctx.request.body)}});
  }
  bj::array preview;
  for (const auto& r : result.preview) {
    bj::object o = to_json(r.disbursement);
    o["basis"] = r.basis;
    preview.push_back(std::move(o));
  }
  return http::Response::json(
      200,
      {{"rows", result.rows}, {"written", result.written}, {"total", result.total}, {"preview", std::move(preview)}});
}

http::Response portfolio_route(app::Context& ctx) {
  auto unit = ctx.required_param("unit");
  int y = year(ctx);
  Date as_of = ctx.as_of();
  ctx.require_scope(unit, Date::from_ymd(y, 12, 31));
  // As it stood on as_of: the payments made by then, as a report of that date counts them.
  auto pf = portfolio(ctx.db, unit, y, as_of, as_of);
  std::size_t with_plan = 0;
  std::vector<const ProjectYear*> behind;
  for (const auto& py : pf.projects) {
    if (py.ledger.allocated_total() > 0) ++with_plan;
    if (py.lag) behind.push_back(&py);
  }
  // The furthest behind first; the whole list is GET /api/v1/projects?lagging=true.
  auto shortfall = [](const ProjectYear* p) { return p->lag->expected_percent - p->lag->actual_percent; };
  std::stable_sort(behind.begin(), behind.end(), [&](auto a, auto b) { return shortfall(a) > shortfall(b); });
  bj::array lagging;
  for (std::size_t i = 0; i < behind.size() && i < kLaggingShown; ++i) lagging.push_back(lag_item(*behind[i]));
  // This year's and last year's rates side by side, month by month.
  auto now = months_json(pf.total, pf.curve);
  auto before = months_json(pf.last_year, pf.curve);
  for (std::size_t i = 0; i < now.size(); ++i) {
    now[i].as_object()["last_year_rate_allocated"] = before[i].as_object()["rate_allocated"];
    now[i].as_object()["last_year_paid"] = before[i].as_object()["paid"];
  }
  // What the targets module shows for the indicators computed from projects: a figure entered
  // (reported) for the year wins over the one computed here.
  bj::array indicators;
  targets::ActualResolver resolver(ctx.db);
  resolver.use_reader("projects",
                      ledger_reader(ctx.db, unit, y, pf.active ? std::optional<Ledger>(pf.total) : std::nullopt));
  for (const auto& ind : targets::store::list_indicators(ctx.db)) {
    if (ind.computed_from != "projects") continue;
    auto period = Period::year_of(y);
    auto actual = resolver.actual(ind.code, unit, period);
    indicators.push_back({{"code", ind.code},
                          {"name", ind.name},
                          {"measure", ind.measure},
                          {"value", actual ? bj::value(actual->value) : bj::value(nullptr)},
                          {"vintage", actual ? bj::value(model::enum_text(actual->vintage)) : bj::value(nullptr)},
                          {"derivation", actual ? bj::value(actual->derivation) : bj::value(nullptr)},
                          {"source", actual ? json::nullable(actual->source) : bj::value(nullptr)},
                          {"illustrative", actual && actual->illustrative},
                          {"plan", json::nullable(resolver.plan_figure(ind.code, unit, period))}});
  }
  return http::Response::json(200, {{"unit", pf.unit},
                                    {"year", pf.year},
                                    {"years", bj::value_from(store::plan_years(ctx.db))},
                                    {"indicators", std::move(indicators)},
                                    {"as_of", pf.as_of.iso()},
                                    {"projects", pf.projects.size()},
                                    {"projects_with_plan", with_plan},
                                    {"summary", summary_json(pf.total)},
                                    {"last_year", summary_json(pf.last_year)},
                                    {"months", std::move(now)},
                                    {"sources", sources_json(pf.total)},
                                    {"lagging", std::move(lagging)},
                                    {"lagging_count", behind.size()}});
}

// A closed unit's projects under way pass to the unit that takes over their management.
app::Handover project_handover() {
  return {"managing_unit", std::string(access::perm::kProjectsWrite),
          [](db::Connection& c, const std::string& unit, Date) {
            std::vector<app::OpenRecord> out;
            for (const auto& p : open_managed_by(c, unit)) out.push_back({p.code, model::enum_text(p.stage)});
            return out;
          },
          [](db::Connection& c, const std::string& key, const std::string& to) { hand_over(c, key, to); }};
}

}  // namespace

void register_routes(app::Api& api) {
  using namespace access::perm;

  api.get("/api/v1/projects", kProjectsRead, [](app::Context& ctx) {
    auto unit = ctx.required_param("unit");
    int y = year(ctx);
    ctx.require_scope(unit, Date::from_ymd(y, 12, 31));
    bool lagging_only = ctx.bool_param("lagging", false);
    // Pages by project code: ?limit= (default 500, at most 1000) and ?cursor= the last code seen.
    std::size_t limit = ctx.page_limit(500, 1000);
    std::string after = ctx.request.query_param("cursor").value_or("");
    auto as_of = ctx.as_of();
    auto pf = portfolio(ctx.db, unit, y, as_of, as_of);
    bj::array items;
    bj::value next = nullptr;
    for (const auto& py : pf.projects) {
      if ((lagging_only && !py.lag) || py.project.code <= after) continue;
      if (items.size() == limit) {
        next = items.back().as_object().at("code");
        break;
      }
      items.push_back(list_item(py));
    }
    return http::Response::json(200, {{"items", std::move(items)}, {"year", y}, {"next", next}});
  });
  api.post("/api/v1/projects", kProjectsWrite, create_route);
  api.get("/api/v1/projects/{code}", kProjectsRead, detail_route);
  api.patch("/api/v1/projects/{code}", kProjectsWrite, change_route);
  api.get("/api/v1/projects/{code}/iati", kProjectsRead, [](app::Context& ctx) {
    Project p = visible_project(ctx);
    http::Response r = http::Response::json(200, iati_activity(ctx.db, p.code));
    r.headers.emplace_back("Content-Disposition", "attachment; filename=\"iati-" + p.code + ".json\"");
    return r;
  });
  api.post("/api/v1/projects/{code}/milestones", kProjectsWrite, [](app::Context& ctx) {
    Project p = visible_project(ctx);
    auto body = json::parse_object(ctx.request.body);
    json::Fields f(body);
    f.allow_only({"name", "planned_on", "actual_on"});
    auto m = add_milestone(
        ctx.db, p.code,
        Milestone{0, f.required_string("name", 500), f.required_date("planned_on"), f.optional_date("actual_on"), 1});
    ctx.audit("add_milestone", "project", p.code, {p.managing_unit}, nullptr, to_json(m));
    return http::Response::json(201, to_json(m));
  });
  api.patch("/api/v1/projects/{code}/milestones/{id}", kProjectsWrite, [](app::Context& ctx) {
    Project p = visible_project(ctx);
    auto body = json::parse_object(ctx.request.body);
    json::Fields f(body);
    f.allow_only({"name", "planned_on", "actual_on", "version"});
    auto id = ctx.id_param<messages, "milestone.not_found">("id");
    auto all = store::milestones(ctx.db, p.code);
    auto it = std::find_if(all.begin(), all.end(), [&](const Milestone& m) { return m.id == id; });
    if (it == all.end()) throw messages::error<"milestone.not_found">("", std::to_string(id));
    Milestone m = *it;
    if (auto v = f.optional_string("name", 500)) m.name = *v;
    if (auto v = f.optional_date("planned_on")) m.planned_on = *v;
    if (f.has("actual_on")) m.actual_on = f.optional_date("actual_on");
    auto after = change_milestone(ctx.db, p.code, m, f.required_int("version"));
    ctx.audit("change_milestone", "project", p.code, {p.managing_unit}, to_json(*it), to_json(after));
    return http::Response::json(200, to_json(after));
  });
  api.post("/api/v1/projects/{code}/progress", kProjectsWrite, [](app::Context& ctx) {
    Project p = visible_project(ctx);
    auto body = json::parse_object(ctx.request.body);
    json::Fields f(body);
    f.allow_only({"as_of", "percent", "note"});
    auto percent = f.optional_number("percent", 0, 100);
    if (!percent) throw messages::error<"progress.percent_missing">("percent");
    auto added = add_progress(
        ctx.db, p.code,
        Progress{f.optional_date("as_of").value_or(ctx.today()), *percent, f.optional_text("note", 2000), ctx.actor()});
    ctx.audit("report_progress", "project", p.code, {p.managing_unit}, nullptr, to_json(added));
    return http::Response::json(201, to_json(added));
  });
  api.post("/api/v1/projects/{code}/capital-plans", kProjectsPlan, plan_route);
  api.post("/api/v1/projects/{code}/extensions", kProjectsPlan, extension_route);
  api.get("/api/v1/projects/{code}/disbursements", kProjectsRead, [](app::Context& ctx) {
    Project p = visible_project(ctx);
    bj::array items;
    for (const auto& d : store::disbursements(ctx.db, p.code)) items.push_back(to_json(d));
    return http::Response::json(200, {{"items", std::move(items)}, {"next", nullptr}});
  });
  api.post("/api/v1/projects/{code}/disbursements", kProjectsWrite, disburse_route);
  api.patch("/api/v1/projects/{code}/disbursements/{id}", kProjectsWrite, [](app::Context& ctx) {
    Project p = visible_project(ctx);
    auto body = json::parse_object(ctx.request.body);
    json::Fields f(body);
    f.allow_only({"status", "note", "version"});
    auto id = ctx.id_param<messages, "disbursement.not_found">("id");
    auto before = store::find_disbursement(ctx.db, id);
    auto status = json::enum_named(f.required_string("status", 20), "status", kStatusChanges);
    auto after = set_status(ctx.db, p.code, id, status, f.optional_text("note", 2000), f.required_int("version"));
    ctx.audit(after.status == DisbursementStatus::cancelled ? "cancel_disbursement" : "confirm_disbursement", "project",
              p.code, {p.managing_unit}, before ? bj::value(to_json(*before)) : bj::value(nullptr), to_json(after));
    return http::Response::json(200, to_json(after));
  });
  api.post("/api/v1/imports/disbursements", kProjectsWrite, import_route);
  api.get("/api/v1/project-portfolio", kProjectsRead, portfolio_route);
  api.get("/api/v1/disbursement-curve", kProjectsRead, [](app::Context& ctx) {
    auto c = curve(ctx.db);
    return http::Response::json(200, {{"months", bj::value_from(c)}});
  });
  api.patch("/api/v1/disbursement-curve", kProjectsCurve, [](app::Context& ctx) {
    auto body = json::parse_object(ctx.request.body);
    json::Fields f(body);
    f.allow_only({"months"});
    auto it = body.find("months");
    Curve c{};
    if (it == body.end() || !it->value().is_array() || it->value().as_array().size() != 12) {
      throw messages::error<"curve.months_shape">("months");
    }
    for (std::size_t i = 0; i < 12; ++i) {
      const auto& v = it->value().as_array()[i];
      if (!v.is_number()) throw messages::error<"curve.month_not_number">(fmt::format("months[{}]", i));
      c[i] = v.to_number<double>();
    }
    auto before = curve(ctx.db);
    set_curve(ctx.db, c);
    ctx.audit("change", "disbursement_curve", "", {}, {{"months", bj::value_from(before)}},
              {{"months", bj::value_from(c)}});
    return http::Response::json(200, {{"months", bj::value_from(c)}});
  });

  api.record_kind({kRecordKind, "/api/v1/projects/{code}", "code", std::string(kProjectsRead),
                   std::string(kProjectsWrite), "/du-an/", true,
                   [](const app::Context& ctx, const std::string& key, app::Access) {
                     Project p = get(ctx.db, key);
                     ctx.require_scope(p.managing_unit, ctx.today());
                     return app::RecordRef{p.name, {p.managing_unit}};
                   },
                   store::search_rows, project_handover()});
}

}  // namespace sen::projects
