#include "calendar/routes.hpp"

#include <fmt/format.h>

#include <boost/json.hpp>

#include "access/permissions.hpp"
#include "app/messages.hpp"
#include "base/error.hpp"
#include "base/json.hpp"
#include "base/model.hpp"
#include "calendar/calendar.hpp"
#include "calendar/lunar.hpp"
#include "calendar/messages.hpp"

namespace sen::calendar {

namespace bj = boost::json;

namespace {

bj::object to_json(Date solar, const LunarDate& l) {
  return {{"date", solar.iso()},
          {"day", l.day},
          {"month", l.month},
          {"year", l.year},
          {"leap", l.leap},
          {"month_days", l.month_days},
          {"year_name", year_name(l.year)},
          {"text", fmt::format("Ngày {} tháng {}{} năm {} ({})", l.day, l.month, l.leap ? " nhuận" : "",
                               year_name(l.year), l.year)}};
}

bj::object to_json(const DeadlineRule& r) {
  return {{"code", r.code},
          {"variant", r.variant},
          {"name", r.name},
          {"event", r.event},
          {"limit", r.limit},
          {"basis", model::enum_text(r.basis)},
          {"valid_from", r.valid_from.iso()},
          {"valid_to", json::nullable(r.valid_to)},
          {"source", r.source}};
}

bj::object to_json(const Decision& d) {
  return {{"from", d.from.iso()},
          {"to", d.to.iso()},
          {"kind", model::enum_text(d.kind)},
          {"name", d.name},
          {"source", d.source}};
}

// A date parameter; whether the calendar answers for it is checked by the calendar's functions.
Date required_date(const app::Context& ctx, const char* name) {
  auto text = ctx.required_param(name);
  auto d = Date::parse(text);
  if (!d) {
    throw app::messages::error<"param.not_date">(name, name);
  }
  return *d;
}

// The basis of a rule being added (field "basis"): Error rule.basis_invalid for another text.
DeadlineBasis basis_field(const json::Fields& f) {
  if (auto basis = model::enum_from_text<DeadlineBasis>(f.required_string("basis", 20))) return *basis;
  throw messages::error<"rule.basis_invalid">("basis");
}

// The kind of a decision being added (field "kind"): Error decision.kind_invalid for another text.
DayKind kind_field(const json::Fields& f) {
  if (auto kind = model::enum_from_text<DayKind>(f.required_string("kind", 20))) return *kind;
  throw messages::error<"decision.kind_invalid">("kind");
}

int int_param(const app::Context& ctx, const char* name, int min, int max) {
  auto text = ctx.required_param(name);
  try {
    std::size_t used = 0;
    int v = std::stoi(text, &used);
    if (used == text.size() && v >= min && v <= max) return v;
  } catch (const std::exception&) {
  }
  throw messages::error<"calendar.param_range">(name, name, min, max);
}

}  // namespace

void register_routes(app::Api& api) {
  using namespace access::perm;

  api.get("/api/v1/calendar/lunar", kSignedIn, [](app::Context& ctx) {
    Date d = required_date(ctx, "date");
    return http::Response::json(200, to_json(d, lunar_date(d)));
  });
  api.get("/api/v1/calendar/solar", kSignedIn, [](app::Context& ctx) {
    int year = int_param(ctx, "year", 1, 9999), month = int_param(ctx, "month", 1, 12),
        day = int_param(ctx, "day", 1, 30);
    Date d = solar_date(year, month, day, ctx.bool_param("leap", false));
    return http::Response::json(200, to_json(d, to_lunar(d)));
  });
  api.get("/api/v1/calendar/holidays", kSignedIn, [](app::Context& ctx) {
    int year = int_param(ctx, "year", 1, 9999);
    bj::array items;
    for (const auto& d : days_off(ctx.db, year)) {
      items.push_back({{"date", d.date.iso()},
                       {"name", d.name},
                       {"kind", d.kind},
                       {"source", d.source},
                       {"weekday", d.date.weekday()}});
    }
    return http::Response::json(200, {{"year", year}, {"items", std::move(items)}});
  });
  api.get("/api/v1/calendar/working-days", kSignedIn, [](app::Context& ctx) {
    Date from = required_date(ctx, "from"), to = required_date(ctx, "to");
    return http::Response::json(
        200, {{"from", from.iso()}, {"to", to.iso()}, {"working_days", working_days(ctx.db, from, to)}});
  });
  api.get("/api/v1/calendar/add-working-days", kSignedIn, [](app::Context& ctx) {
    Date from = required_date(ctx, "from");
    int days = int_param(ctx, "days", 1, 2000);
    return http::Response::json(
        200, {{"from", from.iso()}, {"days", days}, {"date", add_working_days(ctx.db, from, days).iso()}});
  });
  api.get("/api/v1/calendar/deadline", kSignedIn, [](app::Context& ctx) {
    Date start = required_date(ctx, "start");
    auto due = deadline(ctx.db, ctx.required_param("rule"), ctx.request.query_param("variant").value_or("base"), start);
    return http::Response::json(200, {{"start", start.iso()}, {"due", due.date.iso()}, {"rule", to_json(due.rule)}});
  });
  api.get("/api/v1/calendar/rules", kSignedIn, [](app::Context& ctx) {
    bj::array items;
    for (const auto& r : rules(ctx.db)) items.push_back(to_json(r));
    return http::Response::json(200, {{"items", std::move(items)}, {"next", nullptr}});
  });
  api.post("/api/v1/calendar/rules", kCalendarManage, [](app::Context& ctx) {
    auto body = json::parse_object(ctx.request.body);
    json::Fields f(body);
    f.allow_only({"code", "variant", "name", "event", "limit", "basis", "valid_from", "valid_to", "source"});
    DeadlineRule r{f.required_string("code", 60),
                   f.optional_string("variant", 40).value_or("base"),
                   f.required_string("name", 500),
                   f.required_string("event", 60),
                   static_cast<int>(f.required_int("limit", 1, 3650)),
                   basis_field(f),
                   f.required_date("valid_from"),
                   f.optional_date("valid_to"),
                   f.required_string("source", 1000)};
    auto added = add_rule(ctx.db, r);
    ctx.audit("create", "deadline_rule", added.code + "/" + added.variant, {}, nullptr, to_json(added));
    return http::Response::json(201, to_json(added));
  });
  api.get("/api/v1/calendar/decisions", kSignedIn, [](app::Context& ctx) {
    bj::array items;
    for (const auto& d : decisions(ctx.db)) items.push_back(to_json(d));
    return http::Response::json(200, {{"items", std::move(items)}, {"next", nullptr}});
  });
  api.post("/api/v1/calendar/decisions", kCalendarManage, [](app::Context& ctx) {
    auto body = json::parse_object(ctx.request.body);
    json::Fields f(body);
    f.allow_only({"from", "to", "kind", "name", "source"});
    Decision d{f.required_date("from"), f.required_date("to"), kind_field(f), f.required_string("name", 500),
               f.required_string("source", 1000)};
    auto added = add_decision(ctx.db, d);
    ctx.audit("create", "holiday_decision", added.from.iso() + "/" + added.to.iso(), {}, nullptr, to_json(added));
    return http::Response::json(201, to_json(added));
  });
  api.patch("/api/v1/calendar/settings", kCalendarManage, [](app::Context& ctx) {
    auto body = json::parse_object(ctx.request.body);
    json::Fields f(body);
    f.allow_only({"rest_weekdays"});
    auto it = body.find("rest_weekdays");
    if (it == body.end() || !it->value().is_array()) {
      throw messages::error<"rest_weekdays.not_array">("rest_weekdays");
    }
    std::set<unsigned> days;
    for (const auto& v : it->value().as_array()) {
      if (!v.is_int64() || v.as_int64() < 0 || v.as_int64() > 6) {
        throw messages::error<"rest_weekdays.not_array">("rest_weekdays");
      }
      days.insert(static_cast<unsigned>(v.as_int64()));
    }
    auto before = store::rest_weekdays(ctx.db);
    set_rest_weekdays(ctx.db, days);
    ctx.audit("change", "calendar_settings", "rest_weekdays", {}, {{"rest_weekdays", bj::value_from(before)}},
              {{"rest_weekdays", bj::value_from(days)}});
    return http::Response::json(200, {{"rest_weekdays", bj::value_from(days)}});
  });
  api.get("/api/v1/calendar/regimes", kSignedIn, [](app::Context& ctx) {
    bj::array items;
    for (const auto& r : regimes(ctx.db)) {
      items.push_back(
          {{"code", r.code}, {"name", r.name}, {"due_working_days", r.due_working_days}, {"source", r.source}});
    }
    return http::Response::json(200, {{"items", std::move(items)}, {"next", nullptr}});
  });
  api.get("/api/v1/calendar/report-due", kSignedIn, [](app::Context& ctx) {
    auto due = report_due(ctx.db, ctx.required_param("regime"), ctx.period_param("period"));
    return http::Response::json(200, {{"regime", due.regime.code},
                                      {"cutoff_from", due.cutoff.first.iso()},
                                      {"cutoff_to", due.cutoff.last.iso()},
                                      {"due", due.due.iso()},
                                      {"due_working_days", due.regime.due_working_days}});
  });
}

}  // namespace sen::calendar
