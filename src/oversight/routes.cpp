#include "oversight/routes.hpp"

#include <fmt/format.h>

#include <boost/json.hpp>
#include <functional>
#include <set>

#include "access/permissions.hpp"
#include "base/csv.hpp"
#include "base/error.hpp"
#include "base/json.hpp"
#include "oversight/json.hpp"
#include "oversight/oversight.hpp"
#include "units/units.hpp"

namespace sen::oversight {

namespace bj = boost::json;


namespace {

// The records a list shows: those of the user's scope and, with ?unit=, of that unit's subtree
// as it stood on the day.
std::function<bool(const std::string&, Date)> shown(const app::Context& ctx, Date day) {
  auto unit = ctx.request.query_param("unit");
  std::optional<std::set<std::string>> subtree;
  if (unit) subtree = units::subtree(ctx.db, *unit, day);
  return [&ctx, subtree = std::move(subtree)](const std::string& code, Date on) {
    return ctx.in_scope(code, on) && (!subtree || subtree->count(code) > 0);
  };
}

std::vector<Subject> subjects_of(const bj::object& body) {
  std::vector<Subject> out;
  auto it = body.find("subjects");
  if (it == body.end() || !it->value().is_array())
    throw invalid_field("subjects", "subjects là một mảng", "subjects is an array");
  for (const auto& v : it->value().as_array()) {
    if (!v.is_object())
      throw invalid_field("subjects", "Mỗi đối tượng là {kind, code}", "Each subject is {kind, code}");
    json::Fields f(v.as_object());
    f.allow_only({"kind", "code"});
    out.push_back({f.required_string("kind", 20), f.required_string("code", 40)});
  }
  return out;
}

Subject subject_of(const json::Fields& f) {
  return {f.required_string("subject_kind", 20), f.required_string("subject", 40)};
}

http::Response open_case_route(app::Context& ctx) {
  auto body = json::parse_object(ctx.request.body);
  json::Fields f(body);
  f.allow_only({"kind", "type", "body", "decision_number", "decision_type", "issuer", "term", "decided_on", "team",
                "period_from", "period_to", "programme_item_id", "subjects"});
  Case k;
  k.kind = f.required_string("kind", 20);
  k.type = f.required_string("type", 40);
  k.body = f.required_string("body", 32);
  k.decision_number = static_cast<int>(f.optional_int("decision_number", 1, 99999).value_or(0));
  k.decision_type = f.optional_string("decision_type", 10).value_or("QĐ");
  k.issuer = f.required_string("issuer", 40);
  k.term = f.required_string("term", 20);
  k.decided_on = f.optional_date("decided_on").value_or(ctx.today());
  k.team = f.optional_text("team", 2000);
  k.period_from = f.optional_date("period_from");
  k.period_to = f.optional_date("period_to");
  k.programme_item_id = f.optional_int("programme_item_id");
  k.subjects = subjects_of(body);
  k.created_by = ctx.actor();
  ctx.require_scope(k.body, k.decided_on);
  auto opened = open_case(ctx.db, k);
  ctx.audit("open", "oversight_case", opened.decision_text(), {opened.body}, nullptr, to_json(opened));
  return http::Response::created(to_json(opened), "/api/v1/oversight/cases/" + std::to_string(opened.id));
}

http::Response conclusion_route(app::Context& ctx) {
  auto id = ctx.id_param("id", "bản ghi", "record");
  auto before = get_case(ctx.db, id);
  ctx.require_scope(before.body, before.decided_on);
  auto body = json::parse_object(ctx.request.body);
  json::Fields f(body);
  f.allow_only({"conclusion", "concluded_on", "recommendations", "remedies", "version"});
  Case c;
  c.conclusion = f.optional_text("conclusion", 20000);
  c.concluded_on = f.optional_date("concluded_on");
  c.recommendations = f.optional_text("recommendations", 20000);
  if (auto it = body.find("remedies"); it != body.end() && it->value().is_array()) {
    for (const auto& v : it->value().as_array()) {
      if (!v.is_object())
        throw invalid_field("remedies", "Mỗi kiến nghị là {content, due}", "Each remedy is {content, due}");
      json::Fields r(v.as_object());
      r.allow_only({"content", "due"});
      c.remedies.push_back(
          {0, r.required_text("content", 2000), r.optional_date("due"), std::nullopt, std::nullopt, 1});
    }
  }
  auto after = conclude(ctx.db, id, c, f.required_int("version"));
  ctx.audit("conclude", "oversight_case", after.decision_text(), {after.body}, to_json(before), to_json(after));
  return http::Response::json(200, to_json(after));
}

http::Response discipline_route(app::Context& ctx) {
  auto body = json::parse_object(ctx.request.body);
  json::Fields f(body);
  f.allow_only({"subject_kind", "subject", "form", "violation_on", "concluded_on", "decided_on", "decision", "body",
                "case_id", "reason"});
  Discipline d;
  d.subject = subject_of(f);
  d.form = f.required_string("form", 20);
  d.violation_on = f.required_date("violation_on");
  d.concluded_on = f.required_date("concluded_on");
  d.decided_on = f.optional_date("decided_on").value_or(ctx.today());
  d.decision = f.required_string("decision", 100);
  d.body = f.required_string("body", 32);
  d.case_id = f.optional_int("case_id");
  d.reason = f.required_text("reason", 5000);
  d.created_by = ctx.actor();
  ctx.require_scope(d.body, d.decided_on);
  auto decided = discipline(ctx.db, d);
  ctx.audit("discipline", "discipline_decision", decided.decision, {decided.body}, nullptr, to_json(decided));
  return http::Response::created(to_json(decided), "/api/v1/oversight/discipline/" + std::to_string(decided.id));
}

http::Response rating_route(app::Context& ctx) {
  auto body = json::parse_object(ctx.request.body);
  json::Fields f(body);
  f.allow_only({"year", "subject_kind", "subject", "step", "level", "score", "exempt_reason"});
  Rating r;
  r.year = static_cast<int>(f.required_int("year", kFirstYear, kLastYear));
  r.subject = subject_of(f);
  r.step = f.optional_string("step", 20).value_or("decision");
  r.level = f.optional_string("level", 20);
  r.score = f.optional_number("score", 0, 100);
  r.exempt_reason = f.optional_string("exempt_reason", 500);
  r.recorded_by = ctx.actor();
  auto rated = rate(ctx.db, r);
  ctx.require_scope(rated.rated_within, Date::from_ymd(rated.year, 12, 31));
  ctx.audit("rate", "quality_rating", fmt::format("{}/{}/{}", rated.year, rated.subject.code, rated.step),
            {rated.rated_within}, nullptr, to_json(rated));
  return http::Response::created(to_json(rated), "/api/v1/oversight/ratings?year=" + std::to_string(rated.year));
}

}  // namespace

void register_routes(app::Api& api) {
  using namespace access::perm;
  register_membership_routes(api);

  api.get("/api/v1/oversight/stats", kOversightRead, [](app::Context& ctx) {
    auto unit = ctx.required_param("unit");
    auto period = ctx.period_param("period");
    units::require_exists(ctx.db, unit, "unit");
    ctx.require_scope(unit, period.days().last);
    bj::object o = to_json(stats(ctx.db, unit, period));
    o["unit"] = unit;
    o["period"] = period.code();
    return http::Response::json(200, o);
  });
  api.get("/api/v1/oversight/rule-sets", kOversightRead, [](app::Context& ctx) {
    bj::array items;
    for (const auto& r : rule_sets(ctx.db)) {
      items.push_back({{"code", r.code},
                       {"subject", r.subject},
                       {"valid_from", r.valid_from.iso()},
                       {"valid_to", json::nullable(r.valid_to)},
                       {"name", r.name},
                       {"scale", r.scale}});
    }
    return http::Response::json(200, {{"items", std::move(items)}});
  });
  api.get("/api/v1/oversight/programmes", kOversightRead, [](app::Context& ctx) {
    bj::array items;
    for (const auto& p : programmes(ctx.db, ctx.year_param("year", ctx.today().year()))) {
      if (!ctx.in_scope(p.committee, Date::from_ymd(p.year, 12, 31))) continue;
      bj::array planned;
      for (const auto& i : p.items) {
        planned.push_back({{"id", i.id},
                           {"kind", i.kind},
                           {"subject", i.subject},
                           {"content", i.content},
                           {"timing", i.timing},
                           {"cases", bj::value_from(i.cases)},
                           {"done", !i.cases.empty()}});
      }
      items.push_back({{"id", p.id},
                       {"committee", p.committee},
                       {"year", p.year},
                       {"title", p.title},
                       {"document", json::nullable(p.document)},
                       {"illustrative", p.illustrative},
                       {"items", std::move(planned)}});
    }
    return http::Response::json(200, {{"items", std::move(items)}});
  });
  api.post("/api/v1/oversight/programmes", kOversightWrite, [](app::Context& ctx) {
    auto body = json::parse_object(ctx.request.body);
    json::Fields f(body);
    f.allow_only({"committee", "year", "title", "document", "items"});
    Programme p;
    p.committee = f.required_string("committee", 32);
    p.year = static_cast<int>(f.required_int("year", kFirstYear, kLastYear));
    p.title = f.required_string("title", 500);
    p.document = f.optional_string("document", 100);
    if (auto it = body.find("items"); it != body.end() && it->value().is_array()) {
      for (const auto& v : it->value().as_array()) {
        if (!v.is_object()) throw invalid_field("items", "Mỗi nội dung là một đối tượng", "Each item is an object");
        json::Fields i(v.as_object());
        i.allow_only({"kind", "subject", "content", "timing"});
        p.items.push_back({0,
                           i.required_string("kind", 20),
                           i.required_string("subject", 500),
                           i.required_text("content", 2000),
                           i.required_string("timing", 50),
                           {}});
      }
    }
    ctx.require_scope(p.committee, Date::from_ymd(p.year, 12, 31));
    auto created = create_programme(ctx.db, p);
    ctx.audit("create", "oversight_programme", std::to_string(created.id), {created.committee}, nullptr,
              {{"title", created.title}, {"items", created.items.size()}});
    return http::Response::created({{"id", created.id}, {"items", created.items.size()}},
                                   "/api/v1/oversight/programmes?year=" + std::to_string(created.year));
  });
  api.get("/api/v1/oversight/cases", kOversightRead, [](app::Context& ctx) {
    auto period = ctx.period_param("period");
    auto show = shown(ctx, period.days().last);
    bj::array items;
    for (const auto& k : cases(ctx.db, period)) {
      if (show(k.body, k.decided_on)) items.push_back(to_json(k));
    }
    return http::Response::json(200, {{"items", std::move(items)}, {"next", nullptr}});
  });
  api.post("/api/v1/oversight/cases", kOversightWrite, open_case_route);
  api.get("/api/v1/oversight/cases/{id}", kOversightRead, [](app::Context& ctx) {
    auto k = get_case(ctx.db, ctx.id_param("id", "bản ghi", "record"));
    ctx.require_scope(k.body, k.decided_on);
    return http::Response::json(200, to_json(k));
  });
  api.post("/api/v1/oversight/cases/{id}/conclusion", kOversightWrite, conclusion_route);
  api.patch("/api/v1/oversight/cases/{id}/remedies/{remedy}", kOversightWrite, [](app::Context& ctx) {
    auto id = ctx.id_param("id", "bản ghi", "record");
    auto k = get_case(ctx.db, id);
    ctx.require_scope(k.body, k.decided_on);
    auto body = json::parse_object(ctx.request.body);
    json::Fields f(body);
    f.allow_only({"done_on", "note", "version"});
    Remedy r;
    r.id = ctx.id_param("remedy", "kiến nghị", "remedy");
    r.done_on = f.optional_date("done_on");
    r.note = f.optional_text("note", 2000);
    auto after = follow_up(ctx.db, id, r, f.required_int("version"));
    ctx.audit("follow_up", "oversight_case", k.decision_text(), {k.body}, nullptr, to_json(after));
    return http::Response::json(200, to_json(after));
  });
  api.get("/api/v1/oversight/discipline", kOversightRead, [](app::Context& ctx) {
    auto period = ctx.period_param("period");
    auto show = shown(ctx, period.days().last);
    bj::array items;
    for (const auto& d : disciplines(ctx.db, period)) {
      if (show(d.body, d.decided_on)) items.push_back(to_json(d));
    }
    return http::Response::json(200, {{"items", std::move(items)}, {"next", nullptr}});
  });
  api.post("/api/v1/oversight/discipline", kOversightWrite, discipline_route);
  api.post("/api/v1/oversight/discipline/{id}/notice", kOversightWrite, [](app::Context& ctx) {
    auto body = json::parse_object(ctx.request.body);
    json::Fields f(body);
    f.allow_only({"notified_on", "version"});
    auto id = ctx.id_param("id", "bản ghi", "record");
    auto before = get_discipline(ctx.db, id);
    ctx.require_scope(before.body, before.decided_on);
    auto after = record_notice(ctx.db, id, f.required_date("notified_on"), f.required_int("version"));
    ctx.audit("notify", "discipline_decision", after.decision, {after.body}, nullptr, to_json(after));
    return http::Response::json(200, to_json(after));
  });
  api.post("/api/v1/oversight/discipline/{id}/complaints", kOversightWrite, [](app::Context& ctx) {
    auto body = json::parse_object(ctx.request.body);
    json::Fields f(body);
    f.allow_only({"received_on", "note"});
    auto id = ctx.id_param("id", "bản ghi", "record");
    auto decision = get_discipline(ctx.db, id);
    ctx.require_scope(decision.body, decision.decided_on);
    auto complaint = complain(ctx.db, id, f.required_date("received_on"), f.optional_text("note", 5000));
    ctx.audit("complain", "discipline_decision", std::to_string(id), {decision.body}, nullptr,
              {{"complaint", complaint}});
    return http::Response::created({{"id", complaint}, {"decision_id", id}}, "/api/v1/oversight/discipline?period=");
  });
  api.get("/api/v1/oversight/ratings", kOversightRead, [](app::Context& ctx) {
    int year = ctx.year_param("year", ctx.today().year() - 1);
    Date year_end = Date::from_ymd(year, 12, 31);
    auto show = shown(ctx, year_end);
    bj::array items;
    for (const auto& r : ratings(ctx.db, year, ctx.request.query_param("step").value_or("decision"))) {
      if (show(r.rated_within, year_end)) items.push_back(to_json(r));
    }
    return http::Response::json(200, {{"items", std::move(items)}, {"year", year}});
  });
  api.post("/api/v1/oversight/ratings", kOversightWrite, rating_route);
}

}  // namespace sen::oversight
