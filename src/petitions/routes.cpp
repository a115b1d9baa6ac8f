#include "petitions/routes.hpp"

#include <fmt/format.h>

#include <boost/json.hpp>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <tuple>

#include "access/permissions.hpp"
#include "app/records.hpp"
#include "base/csv.hpp"
#include "base/error.hpp"
#include "base/json.hpp"
#include "petitions/json.hpp"
#include "petitions/messages.hpp"
#include "petitions/petitions.hpp"
#include "petitions/store.hpp"
#include "units/as_held.hpp"
#include "units/handovers.hpp"
#include "units/units.hpp"

namespace sen::petitions {

namespace bj = boost::json;

namespace {

std::int64_t id_param(const app::Context& ctx) {
  return ctx.id_param<messages, "petition.not_found">("id");
}

// The caller sees a letter handled within their scope — except a denunciation against their
// own unit (or a unit above it), which its staff must never see.
std::function<bool(const Petition&)> visible(const app::Context& ctx) {
  // Many letters share a unit and a day: each question is asked of the hierarchy once a request.
  using Question = std::tuple<bool, std::string, Date>;  // (concerned_by?, unit, day)
  auto answers = std::make_shared<std::map<Question, bool>>();
  auto ask = [&ctx, answers](bool concerned, const std::string& unit, Date day) {
    auto [it, fresh] = answers->try_emplace(Question{concerned, unit, day}, false);
    if (fresh) it->second = concerned ? ctx.concerned_by(unit, day) : ctx.in_scope(unit, day);
    return it->second;
  };
  return [ask](const Petition& p) {
    if (!ask(false, p.handling_unit, p.received_on)) return false;
    return !(p.denunciation() && p.concerned_unit && ask(true, *p.concerned_unit, p.received_on));
  };
}

// The audit rows of a letter belong to its handling unit; a denunciation's are hidden from the
// unit it concerns.
access::Where audit_where(const Petition& p) {
  return {p.handling_unit, p.denunciation() ? p.concerned_unit : std::nullopt};
}

// Earlier letters that may be the same matter, among those the caller may see.
bj::array suggestions_json(const app::Context& ctx, const std::vector<Suggestion>& found) {
  auto check = visible(ctx);
  bj::array out;
  for (const auto& s : found) {
    if (!check(s.petition)) continue;
    out.push_back({{"id", s.petition.id},
                   {"tracking_code", s.petition.tracking_code},
                   {"received_on", s.petition.received_on.iso()},
                   {"reason", s.reason},
                   {"similarity", s.similarity}});
  }
  return out;
}

View visible_view(const app::Context& ctx, std::int64_t id) {
  auto v = view(ctx.db, id, ctx.today());
  if (!visible(ctx)(v.petition)) {
    throw messages::error<"petition.out_of_scope">("");
  }
  return v;
}

std::vector<Person> people_of(const bj::object& body) {
  std::vector<Person> out;
  auto it = body.find("petitioners");
  if (it == body.end() || it->value().is_null()) return out;
  if (!it->value().is_array()) throw messages::error<"petition.petitioners_not_array">("petitioners");
  for (const auto& item : it->value().as_array()) {
    if (!item.is_object()) throw messages::error<"petition.petitioner_not_object">("petitioners");
    out.push_back(json::read_request<Person>(item.as_object(), kPersonRequest));
  }
  return out;
}

http::Response receive_route(app::Context& ctx) {
  auto body = json::parse_object(ctx.request.body);
  Intake in;
  Petition received_today;
  received_today.received_on = ctx.today();
  in.petition = json::read_request<Petition>(body, kReceiveRequest, received_today, {"petitioners"});
  const Petition& p = in.petition;
  in.people = people_of(body);
  ctx.require_scope(p.handling_unit, p.received_on);
  auto received = receive(ctx.db, in, ctx.actor(), ctx.today());
  // The audit keeps what was received, never who denounced, nor the lookup PIN.
  ctx.audit("receive", "petition", received.view.petition.tracking_code, audit_where(received.view.petition), nullptr,
            to_json(received.view));
  bj::object o = to_json(received.view);
  o["possible_duplicates"] = suggestions_json(ctx, received.duplicates);
  o["lookup_pin"] = received.lookup_pin;
  return http::Response::created(o, "/api/v1/petitions/" + std::to_string(received.view.petition.id));
}

http::Response event_route(app::Context& ctx) {
  auto body = json::parse_object(ctx.request.body);
  json::Fields f(body);
  f.allow_only({"version", "kind", "date", "note", "reason", "recipient", "decision_number", "decision_date",
                "new_deadline", "result", "partial"});
  auto id = id_param(ctx);
  auto before = visible_view(ctx, id);
  Event e;
  auto kind = f.required_string("kind", 20);
  if (auto k = model::enum_from_text<EventKind>(kind)) {
    e.kind = *k;
  } else {
    throw messages::error<"petition.step_unknown">("kind", kind);
  }
  e.on = f.optional_date("date").value_or(ctx.today());
  e.note = f.optional_text("note", 5000);
  e.reason = f.optional_string("reason", 40);
  e.recipient = f.optional_string("recipient", 500);
  e.decision_number = f.optional_string("decision_number", 100);
  e.decision_date = f.optional_date("decision_date");
  e.new_deadline = f.optional_date("new_deadline");
  if (auto result = f.optional_string("result", 20)) {
    e.result = model::enum_from_text<Result>(*result);
    if (!e.result) throw messages::error<"petition.result_invalid">("result");
  }
  e.partial = f.optional_bool("partial", false);
  auto after = record(ctx.db, id, f.required_int("version"), e, ctx.actor(), ctx.today());
  ctx.audit(model::enum_text(e.kind), "petition", after.petition.tracking_code, audit_where(after.petition),
            to_json(before), to_json(after));
  return http::Response::json(200, to_json(after));
}

bj::object stats_json(const Stats& s) {
  return {{"received", s.received},
          {"carried_over", s.carried_over},
          {"in_competence", s.in_competence},
          {"accepted", s.accepted},
          {"accepted_requests", s.accepted_requests},
          {"forwarded", s.forwarded},
          {"guided", s.guided},
          {"filed", s.filed},
          {"duplicates", s.duplicates},
          {"resolved", s.resolved},
          {"resolved_on_time", s.resolved_on_time},
          {"on_time_pct", json::nullable(s.on_time_pct)},
          {"overdue", s.overdue},
          {"withdrawn", s.withdrawn},
          {"long_unresolved", s.long_unresolved},
          {"open", s.open}};
}

// A closed unit's open letters pass to the unit that takes over their handling.
app::Handover letter_handover() {
  return {"handling_unit", std::string(access::perm::kPetitionsProcess),
          [](db::Connection& c, const std::string& unit, Date today) {
            std::vector<app::OpenRecord> out;
            for (const auto& v : open_handled_by(c, unit, today))
              out.push_back({std::to_string(v.petition.id), model::enum_text(v.state.status), v.state.due});
            return out;
          },
          [](db::Connection& c, const std::string& key, const std::string& to) {
            hand_over(c, app::record_id<messages, "petition.not_found">(key), to);
          },
          [](db::Connection& c, const std::string& key, const std::string& to, Date today) {
            check_receiver(c, app::record_id<messages, "petition.not_found">(key), to, today);
          }};
}

}  // namespace

void register_routes(app::Api& api) {
  using namespace access::perm;

  api.get("/api/v1/petitions", kPetitionsRead, [](app::Context& ctx) {
    Filter f;
    auto status = ctx.request.query_param("status");
    if (status) f.status = model::enum_from_text<Status>(*status);
    bool no_letter = status && !f.status;  // a status no letter has: none listed
    f.type = ctx.request.query_param("type");
    f.query = ctx.request.query_param("q");
    f.long_unresolved_only = ctx.bool_param("long_unresolved", false);
    f.visible = visible(ctx);
    bj::array items;
    if (!no_letter) {
      for (const auto& v : list(ctx.db, f, ctx.today())) items.push_back(to_json(v));
    }
    return http::Response::json(200, {{"items", std::move(items)}, {"next", nullptr}, {"today", ctx.today().iso()}});
  });
  api.post("/api/v1/petitions", kPetitionsProcess, receive_route);
  api.post("/api/v1/petitions/duplicate-check", kPetitionsProcess, [](app::Context& ctx) {
    auto body = json::parse_object(ctx.request.body);
    json::Fields f(body);
    f.allow_only({"content", "petitioners"});
    auto found = suggest_duplicates(ctx.db, f.required_text("content", 20000), people_of(body), ctx.today());
    return http::Response::json(200, {{"items", suggestions_json(ctx, found)}});
  });
  api.get("/api/v1/petitions/stats", kPetitionsRead, [](app::Context& ctx) {
    auto period = ctx.period_param("period");
    auto as_of = ctx.as_of();
    auto unit = ctx.request.query_param("unit");
    auto handled =
        handled_in(ctx.db, ctx.window_param(period), as_of,
                   units::as_held(ctx.db, kRecordKind, &Petition::handling_unit, period, unit, visible(ctx)));
    bj::object o = stats_json(stats(handled));
    o["period"] = period.code();
    o["as_of"] = handled.on.iso();
    return http::Response::json(200, o);
  });
  api.get("/api/v1/petitions/{id}", kPetitionsRead, [](app::Context& ctx) {
    auto id = id_param(ctx);
    visible_view(ctx, id);
    auto d = detail(ctx.db, id, ctx.today());
    bj::object o = to_json(d.view);
    bj::array events, petitioners, duplicates;
    for (const auto& e : d.events) events.push_back(to_json(e));
    for (const auto& p : d.petitioners) petitioners.push_back(to_json(p));
    for (const auto& v : d.duplicates)
      duplicates.push_back({{"id", v.petition.id},
                            {"tracking_code", v.petition.tracking_code},
                            {"received_on", v.petition.received_on.iso()}});
    o["events"] = std::move(events);
    o["petitioners"] = std::move(petitioners);
    o["denouncer_count"] = d.denouncer_count;
    o["processing_rule"] = d.processing_rule;
    o["processing_due"] = d.processing_due.iso();
    o["resolution_rule"] = json::nullable(d.resolution_rule);
    o["linked_duplicates"] = std::move(duplicates);
    return http::Response::json(200, o);
  });
  api.get(
      "/api/v1/petitions/{id}/denouncers", kPetitionIdentity,
      [](app::Context& ctx) {
        auto id = id_param(ctx);
        auto v = visible_view(ctx, id);
        bj::array items;
        for (const auto& p : denouncers(ctx.db, id)) items.push_back(to_json(p));
        // Every reading of a denouncer's identity is recorded, without the identity itself.
        ctx.audit("read_identity", "petition", v.petition.tracking_code, audit_where(v.petition), nullptr,
                  {{"denouncers", items.size()}});
        return http::Response::json(200, {{"items", std::move(items)}});
      },
      app::Transaction::write);
  api.post("/api/v1/petitions/{id}/lookup-pin", kPetitionsProcess, [](app::Context& ctx) {
    auto id = id_param(ctx);
    auto v = visible_view(ctx, id);
    auto pin = renew_lookup_pin(ctx.db, id);
    ctx.audit("renew_lookup_pin", "petition", v.petition.tracking_code, audit_where(v.petition), nullptr, nullptr);
    return http::Response::json(200, {{"tracking_code", v.petition.tracking_code}, {"lookup_pin", pin}});
  });
  api.post("/api/v1/petitions/{id}/events", kPetitionsProcess, event_route);
  api.post("/api/v1/petitions/{id}/duplicate-of", kPetitionsProcess, [](app::Context& ctx) {
    auto body = json::parse_object(ctx.request.body);
    json::Fields f(body);
    f.allow_only({"version", "of"});
    auto id = id_param(ctx);
    auto before = visible_view(ctx, id);
    auto of = f.required_int("of");
    visible_view(ctx, of);
    auto after = link_duplicate(ctx.db, id, of, f.required_int("version"), ctx.today());
    ctx.audit("link_duplicate", "petition", after.petition.tracking_code, audit_where(after.petition), to_json(before),
              to_json(after));
    return http::Response::json(200, to_json(after));
  });
  api.get("/api/v1/exports/petitions", kPetitionsRead, [](app::Context& ctx) {
    auto period = ctx.period_param("period");
    // The letters the period's statistics count, as they stood then; no names, addresses, phones or
    // content: what statistics and follow-up need.
    auto unit = ctx.request.query_param("unit");
    auto handled =
        handled_in(ctx.db, ctx.window_param(period), ctx.as_of(),
                   units::as_held(ctx.db, kRecordKind, &Petition::handling_unit, period, unit, visible(ctx)));
    std::string out =
        "tracking_code,received_on,carried_over,channel,types,field,handling_unit,status,due,closed_on,result,"
        "long_unresolved,illustrative\n";
    for (const auto& v : handled.letters) {
      const auto& p = v.petition;
      std::string types;
      for (const auto& t : p.types) types += (types.empty() ? "" : " ") + t;
      out += fmt::format("{},{},{},{},{},{},{},{},{},{},{},{},{}\n", p.tracking_code, p.received_on.iso(),
                         p.received_on < handled.first ? 1 : 0, p.channel, types, p.field, csv::quote(p.handling_unit),
                         model::enum_text(v.state.status), v.state.due ? v.state.due->iso() : "",
                         v.state.closed_on ? v.state.closed_on->iso() : "",
                         v.state.result ? model::enum_text(*v.state.result) : "", v.long_unresolved ? 1 : 0,
                         p.illustrative ? 1 : 0);
    }
    http::Response r;
    r.content_type = "text/csv; charset=utf-8";
    r.body = std::move(out);
    r.headers.emplace_back("Content-Disposition", "attachment; filename=\"don-thu-" + period.code() + ".csv\"");
    return r;
  });

  api.record_kind({kRecordKind, "/api/v1/petitions/{id}", "id", std::string(kPetitionsRead),
                   std::string(kPetitionsProcess), "/don-thu?petition=", true,
                   [](const app::Context& ctx, const std::string& key, app::Access access) {
                     auto v = visible_view(ctx, app::record_id<messages, "petition.not_found">(key));
                     if (access == app::Access::write)
                       ctx.require_scope(v.petition.handling_unit, v.petition.received_on);
                     return app::RecordRef{v.petition.tracking_code, audit_where(v.petition), "",
                                           v.petition.denunciation() ? std::string(kPetitionIdentity) : ""};
                   },
                   store::search_rows, letter_handover()});
}

}  // namespace sen::petitions
