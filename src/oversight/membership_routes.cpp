// The routes of membership records — members, admissions, the discipline export with names —
// behind the oversight.members grant, every reading audited.
#include <fmt/format.h>

#include <boost/json.hpp>
#include <optional>
#include <set>

#include "access/permissions.hpp"
#include "base/csv.hpp"
#include "base/error.hpp"
#include "base/json.hpp"
#include "base/request.hpp"
#include "oversight/common.hpp"
#include "oversight/json.hpp"
#include "oversight/messages.hpp"
#include "oversight/oversight.hpp"
#include "oversight/routes.hpp"
#include "units/units.hpp"

namespace sen::oversight {

namespace bj = boost::json;

namespace {

// Reading member identities: each read is recorded, without the identities themselves, in the
// reader's own scope.
void audit_read(const app::Context& ctx, const std::string& what, std::size_t count) {
  ctx.audit("read_members", what, "", ctx.own_scope(), nullptr, {{"records", count}});
}

http::Response admission_event_route(app::Context& ctx, const std::string& event) {
  auto id = ctx.id_param<messages, "record.not_found">("id");
  auto before = get_admission(ctx.db, id);
  ctx.require_scope(before.organisation, ctx.today());
  auto body = json::parse_object(ctx.request.body);
  json::Fields f(body);
  Admission after;
  if (event == "steps") {
    after = record_step(ctx.db, id, json::read_request<AdmissionStep>(body, kAdmissionStepRequest));
  } else if (event == "decision") {
    f.allow_only({"decision", "admitted_on", "member_code", "version"});
    after = admit(ctx.db, id, f.required_string("decision", 100), f.required_date("admitted_on"),
                  f.required_string("member_code", 32), f.required_int("version"));
  } else {
    f.allow_only({"decision", "confirmed_on", "version"});
    after = confirm(ctx.db, id, f.required_string("decision", 100), f.required_date("confirmed_on"),
                    f.required_int("version"));
  }
  ctx.audit("admission_" + event, "admission", std::to_string(id), {before.organisation}, to_json(before),
            to_json(after));
  return http::Response::json(200, to_json(after));
}

http::Response members_route(app::Context& ctx) {
  auto organisation = ctx.request.query_param("organisation");
  bj::array items;
  for (const auto& m : members(ctx.db)) {
    if (organisation && m.organisation != *organisation) continue;
    if (ctx.in_scope(m.organisation, m.admitted_on)) items.push_back(to_json(m));
  }
  audit_read(ctx, "party_members", items.size());
  return http::Response::json(200, {{"items", std::move(items)}, {"next", nullptr}});
}

http::Response new_member_route(app::Context& ctx) {
  auto m = json::read_request<Member>(json::parse_object(ctx.request.body), kNewMemberRequest, {}, {"version"});
  ctx.require_scope(m.organisation, m.admitted_on);
  auto created = create_member(ctx.db, m);
  ctx.audit("create", "party_member", created.code, {created.organisation}, nullptr,
            {{"organisation", created.organisation}});
  return http::Response::created(to_json(created), "/api/v1/party-members/" + created.code);
}

http::Response member_route(app::Context& ctx) {
  auto m = member(ctx.db, ctx.param("code"));
  ctx.require_scope(m.organisation, m.admitted_on);
  ctx.audit("read_member", "party_member", m.code, {m.organisation}, nullptr, nullptr);
  return http::Response::json(200, to_json(m));
}

http::Response change_member_route(app::Context& ctx) {
  auto before = member(ctx.db, ctx.param("code"));
  ctx.require_scope(before.organisation, before.admitted_on);
  auto body = json::parse_object(ctx.request.body);
  // The code names the member in the path; a body may repeat it.
  auto changed = json::read_request<Member>(body, kMemberChangeRequest, before, {"code", "version"});
  auto after = change_member(ctx.db, changed, json::Fields(body).required_int("version"));
  ctx.audit("change", "party_member", after.code, {after.organisation},
            {{"organisation", before.organisation}, {"status", model::enum_text(before.status)}},
            {{"organisation", after.organisation}, {"status", model::enum_text(after.status)}});
  return http::Response::json(200, to_json(after));
}

http::Response admissions_route(app::Context& ctx) {
  bj::array items;
  for (const auto& a : admissions(ctx.db)) {
    if (ctx.in_scope(a.organisation, a.admitted_on.value_or(ctx.today())))
      items.push_back(to_json(get_admission(ctx.db, a.id)));
  }
  audit_read(ctx, "admissions", items.size());
  return http::Response::json(200, {{"items", std::move(items)}, {"next", nullptr}});
}

http::Response new_admission_route(app::Context& ctx) {
  auto a = json::read_request<Admission>(json::parse_object(ctx.request.body), kNewAdmissionRequest);
  ctx.require_scope(a.organisation, ctx.today());
  auto opened = open_admission(ctx.db, a);
  ctx.audit("open", "admission", std::to_string(opened.id), {opened.organisation}, nullptr,
            {{"organisation", opened.organisation}});
  return http::Response::created(to_json(opened), "/api/v1/oversight/admissions");
}

// A closed party organisation's members pass to the organisation that took it over (chuyển
// sinh hoạt đảng). Listed by code only: reading a member's name is audited on its own route.
app::RecordKind member_kind() {
  using namespace access::perm;
  app::Handover handover{"organisation", std::string(kPartyMembers),
                         [](db::Connection& c, const std::string& unit, Date) {
                           std::vector<app::OpenRecord> out;
                           for (const auto& m : members(c)) {
                             if (m.organisation == unit && m.status != MemberStatus::left)
                               out.push_back({m.code, model::enum_text(m.status)});
                           }
                           return out;
                         },
                         [](db::Connection& c, const std::string& key, const std::string& to) {
                           auto m = member(c, key);
                           m.organisation = to;
                           change_member(c, m, m.version);
                         },
                         [](db::Connection& c, const std::string&, const std::string& to, Date today) {
                           detail::party_unit(c, to, today, "to");
                         }};
  return {"party_member",
          "/api/v1/party-members/{code}",
          "code",
          std::string(kPartyMembers),
          std::string(kPartyMembers),
          "/kiem-tra-giam-sat?view=members&member=",
          false,
          [](const app::Context& ctx, const std::string& key, app::Access) {
            auto m = member(ctx.db, key);
            ctx.require_scope(m.organisation, m.admitted_on);
            return app::RecordRef{"Đảng viên " + m.code, {m.organisation}};
          },
          nullptr,
          std::move(handover)};
}

}  // namespace

void register_membership_routes(app::Api& api) {
  using namespace access::perm;
  api.get("/api/v1/party-members", kPartyMembers, members_route, app::Transaction::write);
  api.post("/api/v1/party-members", kPartyMembers, new_member_route);
  api.get("/api/v1/party-members/{code}", kPartyMembers, member_route, app::Transaction::write);
  api.patch("/api/v1/party-members/{code}", kPartyMembers, change_member_route);
  api.get("/api/v1/oversight/admissions", kPartyMembers, admissions_route, app::Transaction::write);
  api.post("/api/v1/oversight/admissions", kPartyMembers, new_admission_route);
  api.post("/api/v1/oversight/admissions/{id}/steps", kPartyMembers,
           [](app::Context& ctx) { return admission_event_route(ctx, "steps"); });
  api.post("/api/v1/oversight/admissions/{id}/decision", kPartyMembers,
           [](app::Context& ctx) { return admission_event_route(ctx, "decision"); });
  api.post("/api/v1/oversight/admissions/{id}/confirmation", kPartyMembers,
           [](app::Context& ctx) { return admission_event_route(ctx, "confirmation"); });
  api.get(
      "/api/v1/exports/discipline", kOversightRead,
      [](app::Context& ctx) {
        auto period = ctx.period_param("period");
        // Member names only when asked and allowed; otherwise the pseudonymous codes do not leave either.
        bool with_members = ctx.bool_param("members", false);
        if (with_members && !ctx.principal->can(access::perm::kPartyMembers)) {
          throw messages::error<"member.grant_needed">("members");
        }
        // `illustrative` 1: a record invented for the demo, or an invented detail (the form) of a real one.
        std::string out =
            with_members ? "decided_on,decision,body,subject_kind,subject,full_name,form,violation_on,illustrative\n"
                         : "decided_on,decision,body,subject_kind,form,violation_on,illustrative\n";
        // With `unit`: the decisions of the bodies in its subtree at the period's end, as its statistics count them.
        std::optional<std::set<std::string>> within;
        if (auto unit = ctx.request.query_param("unit")) within = units::subtree(ctx.db, *unit, period.days().last);
        std::size_t rows = 0;
        for (const auto& d : disciplines(ctx.db, period)) {
          if (!ctx.in_scope(d.body, d.decided_on)) continue;
          if (within && !within->count(d.body)) continue;
          ++rows;
          if (with_members) {
            std::string name = d.subject.kind == SubjectKind::member ? member(ctx.db, d.subject.code).full_name : "";
            out +=
                fmt::format("{},{},{},{},{},{},{},{},{}\n", d.decided_on.iso(), csv::quote(d.decision),
                            csv::quote(d.body), model::enum_text(d.subject.kind), csv::quote(d.subject.code),
                            csv::quote(name), model::enum_text(d.form), d.violation_on.iso(), d.illustrative ? 1 : 0);
          } else {
            out += fmt::format("{},{},{},{},{},{},{}\n", d.decided_on.iso(), csv::quote(d.decision), csv::quote(d.body),
                               model::enum_text(d.subject.kind), model::enum_text(d.form), d.violation_on.iso(),
                               d.illustrative ? 1 : 0);
          }
        }
        if (with_members) audit_read(ctx, "discipline_export", rows);
        http::Response r;
        r.content_type = "text/csv; charset=utf-8";
        r.body = std::move(out);
        r.headers.emplace_back("Content-Disposition", "attachment; filename=\"ky-luat-" + period.code() + ".csv\"");
        return r;
      },
      app::Transaction::write);
  api.record_kind(member_kind());
}

}  // namespace sen::oversight
