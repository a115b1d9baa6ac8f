#include "tasks/routes.hpp"

#include <fmt/format.h>

#include <boost/json.hpp>

#include "access/permissions.hpp"
#include "app/records.hpp"
#include "base/error.hpp"
#include "base/json.hpp"
#include "tasks/messages.hpp"
#include "tasks/store.hpp"
#include "tasks/tasks.hpp"
#include "units/as_held.hpp"
#include "units/handovers.hpp"

namespace sen::tasks {

namespace bj = boost::json;
using json::nullable;
using model::to_json;

namespace {

// ?scope= of the task statistics: `record` (default: the period's record, with the work inherited
// from before it) or `due_within` (only the work due within the period: a report's count).
StatsScope stats_scope(const app::Context& ctx) {
  auto text = ctx.request.query_param("scope").value_or("record");
  if (text == "record") return StatsScope::record;
  if (text == "due_within") return StatsScope::due_within;
  throw messages::error<"task_stats.scope_unknown">("scope");
}

// A task as the API shows it: the task, and what the view adds (names, due day, status).
bj::object to_json(const TaskView& v) {
  bj::object o = to_json(v.task);
  o["lead_unit_name"] = v.lead_unit_name;
  o["coordinator_names"] = bj::value_from(v.coordinator_names);
  o["due"] = v.due.iso();
  o["days_left"] = v.days_left;
  o["status"] = status_code(v.status);
  o["percent"] = v.percent ? bj::value(*v.percent) : bj::value(nullptr);
  return o;
}

bj::object to_json(const TaskDetail& d) {
  bj::object o = to_json(d.view);
  o["document"] = d.document ? bj::value(to_json(*d.document)) : bj::value(nullptr);
  bj::array deadlines, requests, progress, occurrences, subtasks;
  for (const auto& x : d.deadlines) deadlines.push_back(to_json(x));
  for (const auto& r : d.extension_requests) requests.push_back(to_json(r));
  for (const auto& p : d.progress) {
    progress.push_back(
        {{"date", p.reported_on.iso()}, {"percent", p.percent}, {"text", p.text}, {"reported_by", p.reported_by}});
  }
  for (const auto& x : d.occurrences) {
    bj::object occurrence = to_json(x.occurrence);
    occurrence["status"] = status_code(x.status);
    occurrences.push_back(std::move(occurrence));
  }
  for (const auto& s : d.subtasks) subtasks.push_back(to_json(s));
  o["deadlines"] = std::move(deadlines);
  o["extension_requests"] = std::move(requests);
  o["progress"] = std::move(progress);
  o["occurrences"] = std::move(occurrences);
  o["subtasks"] = std::move(subtasks);
  return o;
}

std::int64_t task_id(const app::Context& ctx) {
  return ctx.id_param<messages, "task.not_found">("id");
}

// Whether the caller sees a task: its lead unit or one of its coordinators lies in the scope.
std::function<bool(const Task&)> visible(const app::Context& ctx) {
  return [&ctx](const Task& t) {
    if (ctx.in_scope(t.lead_unit, t.deadline)) return true;
    for (const auto& u : t.coordinators) {
      if (ctx.in_scope(u, t.deadline)) return true;
    }
    return false;
  };
}

// A document is seen by the staff of the unit that issued it and by those it gave a task they see.
bool document_visible(const app::Context& ctx, const Document& d) {
  if (d.issuer_unit && ctx.in_scope(*d.issuer_unit, d.issued_on)) return true;
  TaskFilter filter;
  filter.document = d.id;
  filter.visible = visible(ctx);
  return !list(ctx.db, filter, ctx.today()).empty();
}

// A programme is seen by the staff of its lead unit and its signatories, and by those it gave a
// task they see.
bool programme_visible(const app::Context& ctx, const Programme& p) {
  if (p.lead_unit && ctx.in_scope(*p.lead_unit, p.valid_to)) return true;
  for (const auto& u : p.units) {
    if (ctx.in_scope(u, p.valid_to)) return true;
  }
  TaskFilter filter;
  filter.visible = visible(ctx);
  for (const auto& v : list(ctx.db, filter, ctx.today())) {
    if (v.task.programme_id == p.id) return true;
  }
  return false;
}

Task visible_task(const app::Context& ctx, std::int64_t id) {
  Task t = view(ctx.db, id, ctx.today()).task;
  if (!visible(ctx)(t)) ctx.require_scope(t.lead_unit, t.deadline);
  return t;
}

std::vector<Link> links_of(const json::Fields& f) {
  std::vector<Link> out;
  for (const auto& ref : f.optional_string_array("indicators")) out.push_back({"indicator", ref});
  return out;
}

http::Response create_task_route(app::Context& ctx) {
  auto body = json::parse_object(ctx.request.body);
  Task t = json::read_request<Task>(body, kNewTaskRequest, {}, {"indicators"});
  t.links = links_of(json::Fields(body));
  ctx.require_scope(t.lead_unit, t.deadline);
  auto created = create(ctx.db, t, ctx.actor());
  auto v = view(ctx.db, created.id, ctx.today());
  ctx.audit("create", "task", std::to_string(created.id), {t.lead_unit}, nullptr, to_json(v));
  return http::Response::created(to_json(v), "/api/v1/tasks/" + std::to_string(created.id));
}

http::Response patch_task_route(app::Context& ctx) {
  auto body = json::parse_object(ctx.request.body);
  json::Fields f(body);
  f.allow_only({"version", "title", "content", "priority", "coordinators", "indicators"});
  auto id = task_id(ctx);
  auto before = view(ctx.db, id, ctx.today());
  ctx.require_scope(before.task.lead_unit, before.task.deadline);
  TaskChange ch{f.required_int("version"),
                f.optional_string("title", 1000),
                f.optional_text("content", 20000),
                json::optional_enum<Priority>(f, "priority"),
                std::nullopt,
                std::nullopt};
  if (f.has("coordinators")) ch.coordinators = f.optional_string_array("coordinators");
  if (f.has("indicators")) ch.links = links_of(f);
  change(ctx.db, id, ch);
  auto after = view(ctx.db, id, ctx.today());
  ctx.audit("change", "task", std::to_string(id), {before.task.lead_unit}, to_json(before), to_json(after));
  return http::Response::json(200, to_json(after));
}

// The lead unit reports; its scope must cover the lead unit.
Task lead_unit_task(const app::Context& ctx) {
  Task t = view(ctx.db, task_id(ctx), ctx.today()).task;
  ctx.require_scope(t.lead_unit, t.deadline);
  return t;
}

http::Response progress_route(app::Context& ctx) {
  auto body = json::parse_object(ctx.request.body);
  json::Fields f(body);
  f.allow_only({"date", "percent", "text"});
  Task t = lead_unit_task(ctx);
  Progress p{0, f.optional_date("date").value_or(ctx.today()), static_cast<int>(f.required_int("percent", 0, 100)),
             f.required_text("text", 5000), ctx.actor()};
  report_progress(ctx.db, t.id, p, ctx.today());
  ctx.audit("progress", "task", std::to_string(t.id), {t.lead_unit}, nullptr,
            {{"date", p.reported_on.iso()}, {"percent", p.percent}, {"text", p.text}});
  return http::Response::json(201, to_json(detail(ctx.db, t.id, ctx.today())));
}

http::Response complete_route(app::Context& ctx) {
  auto body = json::parse_object(ctx.request.body);
  json::Fields f(body);
  f.allow_only({"version", "date", "result", "occurrence"});
  Task t = lead_unit_task(ctx);
  auto before = view(ctx.db, t.id, ctx.today());
  complete(ctx.db, t.id, f.required_int("version"), f.optional_date("date").value_or(ctx.today()),
           f.optional_text("result", 5000), f.optional_date("occurrence"), ctx.today());
  auto after = view(ctx.db, t.id, ctx.today());
  ctx.audit("complete", "task", std::to_string(t.id), {t.lead_unit}, to_json(before), to_json(after));
  return http::Response::json(200, to_json(after));
}

http::Response cancel_route(app::Context& ctx) {
  auto body = json::parse_object(ctx.request.body);
  json::Fields f(body);
  f.allow_only({"version", "date", "reason"});
  Task t = lead_unit_task(ctx);
  auto before = view(ctx.db, t.id, ctx.today());
  cancel(ctx.db, t.id, f.required_int("version"), f.optional_date("date").value_or(ctx.today()),
         f.required_text("reason", 2000));
  auto after = view(ctx.db, t.id, ctx.today());
  ctx.audit("cancel", "task", std::to_string(t.id), {t.lead_unit}, to_json(before), to_json(after));
  return http::Response::json(200, to_json(after));
}

http::Response request_extension_route(app::Context& ctx) {
  auto body = json::parse_object(ctx.request.body);
  json::Fields f(body);
  f.allow_only({"deadline", "reason"});
  Task t = lead_unit_task(ctx);
  auto r = request_extension(ctx.db, t.id, f.required_date("deadline"), f.required_text("reason", 2000), ctx.actor());
  ctx.audit("request_extension", "task", std::to_string(t.id), {t.lead_unit}, nullptr, to_json(r));
  return http::Response::json(201, to_json(r));
}

http::Response decide_extension_route(app::Context& ctx) {
  auto body = json::parse_object(ctx.request.body);
  json::Fields f(body);
  f.allow_only({"approve", "note"});
  if (!f.has("approve")) throw messages::error<"extension.approve_missing">("approve");
  Task t = lead_unit_task(ctx);
  auto request = ctx.id_param<messages, "extension.not_found">("request");
  auto r = decide_extension(ctx.db, t.id, request, f.optional_bool("approve", false), f.optional_text("note", 2000),
                            ctx.actor());
  ctx.audit("decide_extension", "task", std::to_string(t.id), {t.lead_unit}, nullptr, to_json(r));
  return http::Response::json(200, to_json(detail(ctx.db, t.id, ctx.today())));
}

http::Response list_route(app::Context& ctx) {
  TaskFilter filter;
  filter.unit = ctx.request.query_param("unit");
  if (auto project = ctx.request.query_param("project")) filter.linked_to = Link{"project", *project};
  if (auto s = ctx.request.query_param("status")) {
    filter.status = parse_status(*s);
    if (!filter.status) {
      throw messages::error<"task_filter.status_unknown">("status");
    }
  }
  if (auto w = ctx.request.query_param("due_within")) {
    try {
      std::size_t used = 0;
      filter.due_within = std::stoi(*w, &used);
      if (used != w->size() || *filter.due_within < 0) throw std::invalid_argument("due_within");
    } catch (const std::exception&) {
      throw messages::error<"task_filter.due_within_invalid">("due_within");
    }
  }
  if (ctx.request.query_param("document")) {
    try {
      filter.document = std::stoll(*ctx.request.query_param("document"));
    } catch (const std::exception&) {
      throw messages::error<"task_filter.document_invalid">("document");
    }
  }
  filter.visible = visible(ctx);
  bj::array items;
  Date on = ctx.as_of();
  for (const auto& v : list(ctx.db, filter, on)) items.push_back(to_json(v));
  return http::Response::json(200, {{"items", std::move(items)}, {"next", nullptr}, {"today", on.iso()}});
}

// A closed unit's open tasks pass to the unit that takes over their lead.
app::Handover task_handover() {
  return {"lead_unit", std::string(access::perm::kTasksAssign),
          [](db::Connection& c, const std::string& unit, Date today) {
            std::vector<app::OpenRecord> out;
            for (const auto& v : open_led_by(c, unit, today))
              out.push_back({std::to_string(v.task.id), status_code(v.status), v.due});
            return out;
          },
          [](db::Connection& c, const std::string& key, const std::string& to) {
            hand_over(c, app::record_id<messages, "task.not_found">(key), to);
          }};
}

}  // namespace

void register_routes(app::Api& api) {
  using namespace access::perm;
  api.get("/api/v1/documents", kTasksRead, [](app::Context& ctx) {
    bj::array items;
    for (const auto& d : documents(ctx.db)) {
      if (document_visible(ctx, d)) items.push_back(to_json(d));
    }
    return http::Response::json(200, {{"items", std::move(items)}, {"next", nullptr}});
  });
  api.post("/api/v1/documents", kTasksAssign, [](app::Context& ctx) {
    auto d = json::read_request<Document>(json::parse_object(ctx.request.body), kNewDocumentRequest);
    // A document without an issuing unit belongs to nobody's scope: only an account without one.
    if (d.issuer_unit)
      ctx.require_scope(*d.issuer_unit, d.issued_on);
    else
      ctx.require_unscoped("issuer_unit");
    auto created = create_document(ctx.db, d);
    ctx.audit("create", "document", std::to_string(created.id), {created.issuer_unit}, nullptr, to_json(created));
    return http::Response::created(to_json(created), "/api/v1/documents/" + std::to_string(created.id));
  });
  api.get("/api/v1/documents/{id}", kTasksRead, [](app::Context& ctx) {
    auto d = document(ctx.db, ctx.id_param<messages, "document.not_found">("id"));
    if (!document_visible(ctx, d)) throw messages::error<"document.out_of_scope">("");
    TaskFilter filter;
    filter.document = d.id;
    filter.visible = visible(ctx);
    bj::array tasks;
    for (const auto& v : list(ctx.db, filter, ctx.today())) tasks.push_back(to_json(v));
    bj::object o = to_json(d);
    o["tasks"] = std::move(tasks);
    return http::Response::json(200, o);
  });

  api.get("/api/v1/programmes", kTasksRead, [](app::Context& ctx) {
    bj::array items;
    for (const auto& p : programmes(ctx.db)) {
      if (programme_visible(ctx, p)) items.push_back(to_json(p));
    }
    return http::Response::json(200, {{"items", std::move(items)}, {"next", nullptr}});
  });
  api.post("/api/v1/programmes", kTasksAssign, [](app::Context& ctx) {
    auto p = json::read_request<Programme>(json::parse_object(ctx.request.body), kNewProgrammeRequest);
    if (p.lead_unit)
      ctx.require_scope(*p.lead_unit, p.valid_to);
    else
      ctx.require_unscoped("lead_unit");
    auto created = create_programme(ctx.db, p);
    ctx.audit("create", "programme", std::to_string(created.id), {created.lead_unit}, nullptr, to_json(created));
    return http::Response::created(to_json(created), "/api/v1/programmes/" + std::to_string(created.id));
  });
  api.get("/api/v1/programmes/{id}", kTasksRead, [](app::Context& ctx) {
    auto p = programme(ctx.db, ctx.id_param<messages, "programme.not_found">("id"));
    if (!programme_visible(ctx, p)) throw messages::error<"document.out_of_scope">("");
    bj::object o = to_json(p);
    bj::array tasks;
    TaskFilter filter;
    filter.visible = visible(ctx);
    for (const auto& v : list(ctx.db, filter, ctx.today())) {
      if (v.task.programme_id == p.id) tasks.push_back(to_json(v));
    }
    o["tasks"] = std::move(tasks);
    return http::Response::json(200, o);
  });

  api.get("/api/v1/tasks", kTasksRead, list_route);
  api.post("/api/v1/tasks", kTasksAssign, create_task_route);
  api.get("/api/v1/tasks/stats", kTasksRead, [](app::Context& ctx) {
    auto period = ctx.period_param("period");
    auto as_of = ctx.as_of();
    auto scope = stats_scope(ctx);
    auto unit = ctx.request.query_param("unit");
    auto rows = stats(ctx.db, period, as_of,
                      units::as_held(ctx.db, kRecordKind, &Task::lead_unit, period, unit, visible(ctx)), scope);
    auto counts = [](const UnitStats& s) {
      return bj::object{{"in_progress", s.in_progress},   {"overdue", s.overdue},
                        {"done_on_time", s.done_on_time}, {"done_late", s.done_late},
                        {"cancelled", s.cancelled},       {"on_time_pct", nullable(s.on_time_pct)},
                        {"illustrative", s.illustrative}};
    };
    bj::array items;
    for (const auto& s : rows) {
      auto row = counts(s);
      row["unit"] = s.unit;
      row["unit_name"] = s.unit_name;
      items.push_back(std::move(row));
    }
    return http::Response::json(200, {{"period", period.code()},
                                      {"today", judged_on(period, as_of, scope).iso()},
                                      {"scope", scope == StatsScope::due_within ? "due_within" : "record"},
                                      {"items", std::move(items)},
                                      {"total", counts(total(rows))}});
  });
  api.get("/api/v1/tasks/{id}", kTasksRead, [](app::Context& ctx) {
    auto id = task_id(ctx);
    visible_task(ctx, id);
    return http::Response::json(200, to_json(detail(ctx.db, id, ctx.as_of())));
  });
  api.patch("/api/v1/tasks/{id}", kTasksAssign, patch_task_route);
  api.post("/api/v1/tasks/{id}/progress", kTasksReport, progress_route);
  api.post("/api/v1/tasks/{id}/complete", kTasksReport, complete_route);
  api.post("/api/v1/tasks/{id}/cancel", kTasksAssign, cancel_route);
  api.post("/api/v1/tasks/{id}/extension-requests", kTasksReport, request_extension_route);
  api.post("/api/v1/tasks/{id}/extension-requests/{request}/decision", kTasksAssign, decide_extension_route);

  api.post("/api/v1/notices/generate", kTasksAssign, [](app::Context& ctx) {
    auto within = ctx.request.query_param("within").value_or("7");
    int days = 7;
    try {
      days = std::stoi(within);
    } catch (const std::exception&) {
      throw messages::error<"notice.within_invalid">("within");
    }
    bj::array items;
    for (const auto& n : remind(ctx.db, ctx.today(), days, visible(ctx))) {
      items.push_back(
          {{"task_id", n.task_id}, {"due", n.due.iso()}, {"kind", n.kind}, {"unit", n.unit}, {"message", n.message}});
    }
    if (!items.empty()) {
      ctx.audit("generate", "notices", std::to_string(items.size()), ctx.own_scope(), nullptr,
                {{"count", items.size()}});
    }
    return http::Response::json(200, {{"items", std::move(items)}});
  });
  api.get("/api/v1/notices", kTasksAssign, [](app::Context& ctx) {
    bj::array items;
    for (const auto& n : notices(ctx.db, ctx.bool_param("unsent", false))) {
      if (!ctx.in_scope(n.unit, n.due)) continue;
      items.push_back({{"id", n.id},
                       {"task_id", n.task_id},
                       {"due", n.due.iso()},
                       {"kind", n.kind},
                       {"unit", n.unit},
                       {"message", n.message},
                       {"created_at", n.created_at},
                       {"sent_at", nullable(n.sent_at)}});
    }
    return http::Response::json(200, {{"items", std::move(items)}, {"next", nullptr}});
  });

  api.record_kind({kRecordKind, "/api/v1/tasks/{id}", "id", std::string(kTasksRead), std::string(kTasksReport),
                   "/nhiem-vu?task=", true,
                   [](const app::Context& ctx, const std::string& key, app::Access access) {
                     Task t = visible_task(ctx, app::record_id<messages, "task.not_found">(key));
                     // Evidence of progress is attached by those who report it: the lead unit.
                     if (access == app::Access::write) ctx.require_scope(t.lead_unit, t.deadline);
                     return app::RecordRef{t.title, {t.lead_unit}};
                   },
                   store::search_tasks, task_handover()});
  api.record_kind({"document", "/api/v1/documents/{id}", "id", std::string(kTasksRead), std::string(kTasksAssign),
                   "/nhiem-vu?document=", true,
                   [](const app::Context& ctx, const std::string& key, app::Access access) {
                     auto d = document(ctx.db, app::record_id<messages, "document.not_found">(key));
                     if (!document_visible(ctx, d)) throw messages::error<"document.out_of_scope">("");
                     if (access == app::Access::write) {
                       if (d.issuer_unit)
                         ctx.require_scope(*d.issuer_unit, d.issued_on);
                       else
                         ctx.require_unscoped("issuer_unit");
                     }
                     return app::RecordRef{d.number + " " + d.issuer, {d.issuer_unit}};
                   },
                   store::search_documents});
}

}  // namespace sen::tasks
