#include "oversight/routes.hpp"

#include <fmt/format.h>

#include <boost/json.hpp>
#include <functional>
#include <set>

#include "access/permissions.hpp"
#include "app/records.hpp"
#include "base/csv.hpp"
#include "base/error.hpp"
#include "base/json.hpp"
#include "base/model.hpp"
#include "base/request.hpp"
#include "oversight/json.hpp"
#include "oversight/messages.hpp"
#include "oversight/oversight.hpp"
#include "oversight/rules.hpp"
#include "oversight/store.hpp"
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

// The objects of the array `field` of `body` (absent: none), each read by `read`.
template <class T, class Read>
std::vector<T> each_of(const bj::object& body, const char* field, bool required, Read read) {
  std::vector<T> out;
  auto it = body.find(field);
  if (it == body.end() && !required) return out;
  if (it == body.end() || !it->value().is_array()) throw messages::error<"field.not_array">(field, field);
  for (const auto& v : it->value().as_array()) {
    if (!v.is_object()) throw messages::error<"field.element_not_object">(field, field);
    out.push_back(read(v.as_object()));
  }
  return out;
}

// A case's subject {kind, code}; a kind that names none is refused naming the field subjects.
Subject subject_in(const bj::object& o) {
  json::Fields f(o);
  f.allow_only({"kind", "code"});
  auto kind = f.required_string("kind", 20);
  auto code = f.required_string("code", 40);
  return {json::enum_named<SubjectKind>(kind, "subjects"), code};
}

// A subject given as subject_kind and subject; a kind that names none is refused naming the field
// subject.
Subject subject_of(const bj::object& body) {
  json::Fields f(body);
  auto kind = f.required_string("subject_kind", 20);
  auto code = f.required_string("subject", 40);
  return {json::enum_named<SubjectKind>(kind, "subject"), code};
}

std::int64_t version_in(const bj::object& body) {
  return json::Fields(body).required_int("version");
}

bj::array items_json(const auto& records, const auto& show_record) {
  bj::array items;
  for (const auto& r : records) {
    if (show_record(r)) items.push_back(to_json(r));
  }
  return items;
}

http::Response stats_route(app::Context& ctx) {
  auto unit = ctx.required_param("unit");
  auto period = ctx.period_param("period");
  units::require_exists(ctx.db, unit, "unit");
  ctx.require_scope(unit, period.days().last);
  bj::object o = to_json(stats(ctx.db, unit, period, ctx.window_param(period)));
  o["unit"] = unit;
  o["period"] = period.code();
  return http::Response::json(200, o);
}

http::Response rule_sets_route(app::Context& ctx) {
  bj::array items;
  for (const auto& r : rule_sets(ctx.db)) items.push_back(model::to_json(r));
  return http::Response::json(200, {{"items", std::move(items)}});
}

http::Response programmes_route(app::Context& ctx) {
  bj::array items;
  for (const auto& p : programmes(ctx.db, ctx.year_param("year", ctx.today().year()))) {
    if (!ctx.in_scope(p.committee, Date::from_ymd(p.year, 12, 31))) continue;
    auto o = model::to_json(p);
    for (auto& item : o["items"].as_array()) item.as_object()["done"] = !item.as_object()["cases"].as_array().empty();
    items.push_back(std::move(o));
  }
  return http::Response::json(200, {{"items", std::move(items)}});
}

http::Response new_programme_route(app::Context& ctx) {
  auto body = json::parse_object(ctx.request.body);
  auto p = json::read_request<Programme>(body, kNewProgrammeRequest, {}, {"items"});
  p.items = each_of<ProgrammeItem>(body, "items", false, [](const bj::object& o) {
    auto item = json::read_request<ProgrammeItem>(o, kNewProgrammeItemRequest, {}, {"kind"});
    item.kind = json::enum_named<CaseKind>(json::Fields(o).required_string("kind", 20), "items");
    return item;
  });
  ctx.require_scope(p.committee, Date::from_ymd(p.year, 12, 31));
  auto created = create_programme(ctx.db, p);
  ctx.audit("create", "oversight_programme", std::to_string(created.id), {created.committee}, nullptr,
            {{"title", created.title}, {"items", created.items.size()}});
  return http::Response::created({{"id", created.id}, {"items", created.items.size()}},
                                 "/api/v1/oversight/programmes?year=" + std::to_string(created.year));
}

http::Response cases_route(app::Context& ctx) {
  auto period = ctx.period_param("period");
  auto show = shown(ctx, period.days().last);
  auto items = items_json(cases(ctx.db, period), [&](const Case& k) { return show(k.body, k.decided_on); });
  return http::Response::json(200, {{"items", std::move(items)}, {"next", nullptr}});
}

http::Response open_case_route(app::Context& ctx) {
  auto body = json::parse_object(ctx.request.body);
  Case base;
  base.decided_on = ctx.today();
  auto k = json::read_request<Case>(body, kNewCaseRequest, base, {"subjects"});
  k.subjects = each_of<Subject>(body, "subjects", true, subject_in);
  k.created_by = ctx.actor();
  ctx.require_scope(k.body, k.decided_on);
  auto opened = open_case(ctx.db, k);
  ctx.audit("open", "oversight_case", opened.decision_text(), {opened.body}, nullptr, to_json(opened));
  return http::Response::created(to_json(opened), "/api/v1/oversight/cases/" + std::to_string(opened.id));
}

http::Response case_route(app::Context& ctx) {
  auto k = get_case(ctx.db, ctx.id_param<messages, "record.not_found">("id"));
  ctx.require_scope(k.body, k.decided_on);
  return http::Response::json(200, to_json(k));
}

http::Response conclusion_route(app::Context& ctx) {
  auto id = ctx.id_param<messages, "record.not_found">("id");
  auto before = get_case(ctx.db, id);
  ctx.require_scope(before.body, before.decided_on);
  auto body = json::parse_object(ctx.request.body);
  auto c = json::read_request<Case>(body, kConclusionRequest, {}, {"remedies", "version"});
  c.remedies = each_of<Remedy>(body, "remedies", false,
                               [](const bj::object& o) { return json::read_request<Remedy>(o, kNewRemedyRequest); });
  auto after = conclude(ctx.db, id, c, version_in(body));
  ctx.audit("conclude", "oversight_case", after.decision_text(), {after.body}, to_json(before), to_json(after));
  return http::Response::json(200, to_json(after));
}

http::Response follow_up_route(app::Context& ctx) {
  auto id = ctx.id_param<messages, "record.not_found">("id");
  auto k = get_case(ctx.db, id);
  ctx.require_scope(k.body, k.decided_on);
  auto body = json::parse_object(ctx.request.body);
  auto r = json::read_request<Remedy>(body, kRemedyFollowUpRequest, {}, {"version"});
  r.id = ctx.id_param<messages, "remedy.id_not_found">("remedy");
  auto after = follow_up(ctx.db, id, r, version_in(body));
  ctx.audit("follow_up", "oversight_case", k.decision_text(), {k.body}, nullptr, to_json(after));
  return http::Response::json(200, to_json(after));
}

http::Response disciplines_route(app::Context& ctx) {
  auto period = ctx.period_param("period");
  auto show = shown(ctx, period.days().last);
  auto items = items_json(disciplines(ctx.db, period), [&](const Discipline& d) { return show(d.body, d.decided_on); });
  return http::Response::json(200, {{"items", std::move(items)}, {"next", nullptr}});
}

http::Response discipline_route(app::Context& ctx) {
  auto body = json::parse_object(ctx.request.body);
  Discipline base;
  base.decided_on = ctx.today();
  auto d = json::read_request<Discipline>(body, kNewDisciplineRequest, base, {"subject_kind", "subject"});
  d.subject = subject_of(body);
  d.created_by = ctx.actor();
  ctx.require_scope(d.body, d.decided_on);
  auto decided = discipline(ctx.db, d);
  ctx.audit("discipline", "discipline_decision", decided.decision, {decided.body}, nullptr, to_json(decided));
  return http::Response::created(to_json(decided), "/api/v1/oversight/discipline/" + std::to_string(decided.id));
}

http::Response notice_route(app::Context& ctx) {
  auto body = json::parse_object(ctx.request.body);
  json::Fields f(body);
  f.allow_only({"notified_on", "version"});
  auto id = ctx.id_param<messages, "record.not_found">("id");
  auto before = get_discipline(ctx.db, id);
  ctx.require_scope(before.body, before.decided_on);
  auto after = record_notice(ctx.db, id, f.required_date("notified_on"), f.required_int("version"));
  ctx.audit("notify", "discipline_decision", after.decision, {after.body}, nullptr, to_json(after));
  return http::Response::json(200, to_json(after));
}

http::Response complaint_route(app::Context& ctx) {
  auto body = json::parse_object(ctx.request.body);
  json::Fields f(body);
  f.allow_only({"received_on", "note"});
  auto id = ctx.id_param<messages, "record.not_found">("id");
  auto decision = get_discipline(ctx.db, id);
  ctx.require_scope(decision.body, decision.decided_on);
  auto complaint = complain(ctx.db, id, f.required_date("received_on"), f.optional_text("note", 5000));
  ctx.audit("complain", "discipline_decision", std::to_string(id), {decision.body}, nullptr,
            {{"complaint", complaint}});
  return http::Response::created({{"id", complaint}, {"decision_id", id}}, "/api/v1/oversight/discipline?period=");
}

http::Response ratings_route(app::Context& ctx) {
  int year = ctx.year_param("year", ctx.today().year() - 1);
  Date year_end = Date::from_ymd(year, 12, 31);
  auto show = shown(ctx, year_end);
  // A step that names none has no ratings.
  auto step = model::enum_from_text<RatingStep>(ctx.request.query_param("step").value_or("decision"));
  auto items =
      step ? items_json(ratings(ctx.db, year, *step), [&](const Rating& r) { return show(r.rated_within, year_end); })
           : bj::array{};
  return http::Response::json(200, {{"items", std::move(items)}, {"year", year}});
}

http::Response rating_route(app::Context& ctx) {
  auto body = json::parse_object(ctx.request.body);
  auto r = json::read_request<Rating>(body, kNewRatingRequest, {}, {"subject_kind", "subject"});
  r.subject = subject_of(body);
  r.recorded_by = ctx.actor();
  auto rated = rate(ctx.db, r);
  ctx.require_scope(rated.rated_within, Date::from_ymd(rated.year, 12, 31));
  ctx.audit("rate", "quality_rating",
            fmt::format("{}/{}/{}", rated.year, rated.subject.code, model::enum_text(rated.step)), {rated.rated_within},
            nullptr, to_json(rated));
  return http::Response::created(to_json(rated), "/api/v1/oversight/ratings?year=" + std::to_string(rated.year));
}

}  // namespace

void register_routes(app::Api& api) {
  using namespace access::perm;
  register_membership_routes(api);
  api.get("/api/v1/oversight/stats", kOversightRead, stats_route);
  api.get("/api/v1/oversight/rule-sets", kOversightRead, rule_sets_route);
  api.get("/api/v1/oversight/programmes", kOversightRead, programmes_route);
  api.post("/api/v1/oversight/programmes", kOversightWrite, new_programme_route);
  api.get("/api/v1/oversight/cases", kOversightRead, cases_route);
  api.post("/api/v1/oversight/cases", kOversightWrite, open_case_route);
  api.get("/api/v1/oversight/cases/{id}", kOversightRead, case_route);
  api.post("/api/v1/oversight/cases/{id}/conclusion", kOversightWrite, conclusion_route);
  api.patch("/api/v1/oversight/cases/{id}/remedies/{remedy}", kOversightWrite, follow_up_route);
  api.get("/api/v1/oversight/discipline", kOversightRead, disciplines_route);
  api.post("/api/v1/oversight/discipline", kOversightWrite, discipline_route);
  api.post("/api/v1/oversight/discipline/{id}/notice", kOversightWrite, notice_route);
  api.post("/api/v1/oversight/discipline/{id}/complaints", kOversightWrite, complaint_route);
  api.get("/api/v1/oversight/ratings", kOversightRead, ratings_route);
  api.post("/api/v1/oversight/ratings", kOversightWrite, rating_route);

  api.record_kind(
      {"oversight_case", "/api/v1/oversight/cases/{id}", "id", std::string(kOversightRead),
       std::string(kOversightWrite), "/kiem-tra-giam-sat?case=", true,
       [](const app::Context& ctx, const std::string& key, app::Access) {
         auto k = get_case(ctx.db, app::record_id<messages, "record.not_found">(key));
         ctx.require_scope(k.body, k.decided_on);
         return app::RecordRef{fmt::format("{}-{}/{}", k.decision_number, k.decision_type, k.issuer), {k.body}};
       },
       store::search_cases});
}

}  // namespace sen::oversight
