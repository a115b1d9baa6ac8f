#include "extraction/routes.hpp"

#include <fmt/format.h>

#include <boost/json.hpp>
#include <cmath>

#include "access/permissions.hpp"
#include "auth/secrets.hpp"
#include "base/error.hpp"
#include "base/json.hpp"
#include "base/received_text.hpp"
#include "extraction/document_text.hpp"
#include "extraction/extraction.hpp"
#include "extraction/json.hpp"
#include "extraction/messages.hpp"
#include "extraction/multipart.hpp"
#include "targets/evaluation.hpp"
#include "targets/json.hpp"
#include "targets/targets.hpp"
#include "units/units.hpp"

namespace sen::extraction {

namespace bj = boost::json;

namespace {

// The day on which a unit's data for a period is judged for scope: the period's last day.
std::optional<Date> data_day(const std::string& period) {
  auto p = Period::parse(period);
  if (!p) return std::nullopt;
  return p->days().last;
}

// Scope is checked once the unit and period are known to be valid; otherwise create() names
// the bad field.
void require_scope(app::Context& ctx, const std::string& unit, const std::string& period) {
  auto day = data_day(period);
  if (day && units::lifetime(ctx.db, unit)) ctx.require_scope(unit, *day);
}

// The request from a JSON body {text, unit, period, vintage?, document?} or a multipart form
// with the same fields and the report as `file`.
Request request_of(app::Context& ctx) {
  Request r;
  r.created_by = ctx.actor();
  auto content_type = ctx.request.header("content-type").value_or("");
  if (is_multipart(content_type)) {
    std::optional<std::string> text;
    for (auto& part : parse_multipart(content_type, ctx.request.body)) {
      if (part.name == "file") {
        auto document = document_text(part.content, "file");
        r.text = std::move(document.text);
        r.media_type = document.media_type;
        if (!r.document && part.filename && !part.filename->empty()) r.document = part.filename;
      } else if (part.name == "text") {
        text = part.content;
      } else if (part.name == "unit") {
        r.unit = received_text(part.content, "unit", 32, Lines::one);
      } else if (part.name == "period") {
        r.period = received_text(part.content, "period", 10, Lines::one);
      } else if (part.name == "vintage" && !part.content.empty()) {
        r.vintage = received_text(part.content, "vintage", 20, Lines::one);
      } else if (part.name == "document" && !part.content.empty()) {
        r.document = received_text(part.content, "document", 500, Lines::one);
      } else {
        throw messages::error<"request.field_not_allowed">(part.name, part.name);
      }
    }
    if (text && r.text.empty()) r.text = received_text(*text, "text", 2'000'000, Lines::many);
    if (r.unit.empty()) throw messages::error<"request.field_required">("unit", "unit");
    if (r.period.empty()) throw messages::error<"request.field_required">("period", "period");
    return r;
  }
  auto body = json::parse_object(ctx.request.body);
  json::Fields f(body);
  f.allow_only({"text", "unit", "period", "vintage", "document"});
  r.unit = f.required_string("unit", 32);
  r.period = f.required_string("period", 10);
  if (!f.has("text")) throw messages::error<"request.field_required">("text", "text");
  r.text = f.required_text("text", 2'000'000);
  r.vintage = f.optional_string("vintage", 20).value_or("preliminary");
  r.document = f.optional_string("document", 500);
  return r;
}

// targets::vintage_rank with the plan below every actual.
int vintage_order(targets::Vintage v) {
  return v == targets::Vintage::plan ? -1 : targets::vintage_rank(v);
}

// The extraction as the review shows it: each item with the unit's current figure beside it
// (the value of the same vintage, else the best one entered; Sen's % of plan and change on last
// year), each count with the scorecard's.
bj::object view(db::Connection& c, const Extraction& e, bool with_text) {
  bj::object o = to_json(e.proposals);
  o["id"] = e.id;
  o["unit"] = e.request.unit;
  o["period"] = e.request.period;
  o["vintage"] = e.request.vintage;
  o["document"] = json::nullable(e.request.document);
  o["media_type"] = e.request.media_type;
  o["created_by"] = e.request.created_by;
  o["created_at"] = e.created_at;
  bj::array accepted;
  for (auto id : e.accepted) accepted.push_back(id);
  o["accepted"] = std::move(accepted);
  if (with_text) o["text"] = e.request.text;
  auto period = *Period::parse(e.request.period);
  auto values = targets::current_values(c, e.request.unit, period);
  auto card = targets::scorecard(c, e.request.unit, period, std::nullopt);
  auto& items = o["items"].as_array();
  for (std::size_t i = 0; i < items.size(); ++i) {
    const auto& p = e.proposals.items[i];
    bj::value current = nullptr;
    if (p.measure == "value") {
      const targets::Value* best = nullptr;
      for (const auto& v : values) {
        if (v.indicator != *p.indicator) continue;
        bool same = model::enum_text(v.vintage) == p.vintage;
        if (!best || same ||
            (model::enum_text(best->vintage) != p.vintage && vintage_order(v.vintage) > vintage_order(best->vintage))) {
          best = &v;
          if (same) break;
        }
      }
      if (best) current = bj::object{{"value", best->value}, {"vintage", model::enum_text(best->vintage)}};
    } else {
      for (const auto& s : card.items) {
        if (s.indicator.code != *p.indicator) continue;
        if (p.measure == "percent_of_plan" && s.evaluation.achievement_pct) {
          current = bj::object{{"value", *s.evaluation.achievement_pct}};
        } else if (p.measure == "change_on_last_year" && p.unit == "%" && s.change_pct) {
          current = bj::object{{"value", *s.change_pct}};
        } else if (p.measure == "change_on_last_year" && s.change) {
          current = bj::object{{"value", *s.change}};
        }
      }
    }
    items[i].as_object()["current"] = current;
  }
  for (auto& count : o["counts"].as_array()) {
    count.as_object()["current"] =
        card.total() ? bj::value(bj::object{{"met", card.exceeded + card.met}, {"total", card.total()}}) : nullptr;
  }
  return o;
}

http::Response create_route(app::Context& ctx) {
  auto r = request_of(ctx);
  require_scope(ctx, r.unit, r.period);
  auto e = create(ctx.db, std::move(r));
  ctx.audit("create", "extraction", std::to_string(e.id), {e.request.unit}, nullptr,
            bj::object{{"unit", e.request.unit},
                       {"period", e.request.period},
                       {"document", json::nullable(e.request.document)},
                       {"media_type", e.request.media_type},
                       {"content_hash", auth::content_hash(e.request.text)},
                       {"items", e.proposals.items.size()},
                       {"suggestions", e.proposals.suggestions.size()}});
  return http::Response::created(view(ctx.db, e, true), "/api/v1/extractions/" + std::to_string(e.id));
}

Extraction extraction_in_scope(app::Context& ctx) {
  auto e = find(ctx.db, ctx.id_param<messages, "extraction.not_found">("id"));
  ctx.require_scope(e.request.unit, *data_day(e.request.period));
  return e;
}

std::vector<Acceptance> acceptances_of(const bj::object& body) {
  json::Fields f(body);
  f.allow_only({"items"});
  auto* items = body.if_contains("items");
  if (!items || !items->is_array()) {
    throw messages::error<"items.not_list">("items");
  }
  std::vector<Acceptance> out;
  for (std::size_t i = 0; i < items->as_array().size(); ++i) {
    const auto& v = items->as_array()[i];
    auto field = [i](const char* name) { return fmt::format("items[{}].{}", i, name); };
    if (!v.is_object()) throw messages::error<"figure.not_object">(field("indicator"));
    const auto& o = v.as_object();
    auto text = [&](const char* name, bool required) -> std::optional<std::string> {
      auto* x = o.if_contains(name);
      if (!x || x->is_null()) {
        if (required) throw messages::error<"item.field_required">(field(name), name);
        return std::nullopt;
      }
      if (!x->is_string()) throw messages::error<"item.field_not_string">(field(name));
      return std::string(x->as_string());
    };
    for (const auto& [key, _] : o) {
      static const std::vector<std::string_view> kAllowed = {"indicator", "value",      "vintage", "quote",
                                                             "start",     "end",        "measure", "unit",
                                                             "name",      "as_written", "approx",  "current"};
      if (std::find(kAllowed.begin(), kAllowed.end(), key) == kAllowed.end()) {
        throw messages::error<"item.field_not_allowed">(field(std::string(key).c_str()));
      }
    }
    if (auto m = text("measure", false); m && *m != "value") {
      throw messages::error<"item.measure_not_value">(field("measure"));
    }
    Acceptance a;
    a.indicator = *text("indicator", true);
    a.vintage = *text("vintage", true);
    auto* value = o.if_contains("value");
    if (!value || !value->is_number()) throw messages::error<"item.value_not_number">(field("value"));
    a.value = value->to_number<double>();
    a.quote = text("quote", false);
    auto position = [&](const char* name) -> std::optional<std::size_t> {
      auto* x = o.if_contains(name);
      if (!x || x->is_null()) return std::nullopt;
      if (!x->is_int64() || x->as_int64() < 0) throw messages::error<"item.position_invalid">(field(name));
      return static_cast<std::size_t>(x->as_int64());
    };
    a.start = position("start");
    a.end = position("end");
    out.push_back(std::move(a));
  }
  return out;
}

http::Response accept_route(app::Context& ctx) {
  auto e = extraction_in_scope(ctx);
  auto items = acceptances_of(json::parse_object(ctx.request.body));
  auto written = accept(ctx.db, e, items, ctx.actor());
  bj::array out;
  for (const auto& v : written) {
    ctx.audit("enter", "value", fmt::format("{}/{}/{}/{}", v.indicator, v.unit, v.period, model::enum_text(v.vintage)),
              {v.unit}, nullptr, targets::to_json(v));
    out.push_back(targets::to_json(v));
  }
  ctx.audit("accept", "extraction", std::to_string(e.id), {e.request.unit}, nullptr,
            bj::object{{"values", written.size()}});
  return http::Response::json(201, bj::object{{"items", std::move(out)}});
}

http::Response patch_words_route(app::Context& ctx) {
  auto body = json::parse_object(ctx.request.body);
  json::Fields f(body);
  f.allow_only({"names", "excluded", "version"});
  auto before = words(ctx.db, ctx.param("code"));
  auto version = f.required_int("version");
  IndicatorWords w = before;
  if (f.has("names")) w.names = f.optional_string_array("names");
  if (f.has("excluded")) w.excluded = f.optional_string_array("excluded");
  w.updated_by = ctx.actor();
  auto after = set_words(ctx.db, w, version);
  ctx.audit("change", "indicator_words", after.indicator, {}, before.version ? bj::value(to_json(before)) : nullptr,
            to_json(after));
  return http::Response::json(200, to_json(after));
}

}  // namespace

void register_routes(app::Api& api) {
  using namespace access::perm;
  api.post("/api/v1/extractions", kTargetsEnter, create_route);
  api.get("/api/v1/extractions", kTargetsEnter, [](app::Context& ctx) {
    auto unit = ctx.required_param("unit");
    auto period = ctx.period_param("period");
    ctx.require_scope(unit, period.days().last);
    bj::array out;
    for (const auto& e : list(ctx.db, unit, period.code())) {
      out.push_back({{"id", e.id},
                     {"unit", e.request.unit},
                     {"period", e.request.period},
                     {"document", json::nullable(e.request.document)},
                     {"media_type", e.request.media_type},
                     {"created_by", e.request.created_by},
                     {"created_at", e.created_at}});
    }
    return http::Response::json(200, {{"items", std::move(out)}, {"next", nullptr}});
  });
  api.get("/api/v1/extractions/{id}", kTargetsEnter,
          [](app::Context& ctx) { return http::Response::json(200, view(ctx.db, extraction_in_scope(ctx), true)); });
  api.post("/api/v1/extractions/{id}/accept", kTargetsEnter, accept_route);

  api.get("/api/v1/indicator-words", kTargetsRead, [](app::Context& ctx) {
    bj::array out;
    for (const auto& w : all_words(ctx.db)) out.push_back(to_json(w));
    return http::Response::json(200, {{"items", std::move(out)}, {"next", nullptr}});
  });
  api.get("/api/v1/indicators/{code}/words", kTargetsRead,
          [](app::Context& ctx) { return http::Response::json(200, to_json(words(ctx.db, ctx.param("code")))); });
  api.patch("/api/v1/indicators/{code}/words", kIndicatorsWrite, patch_words_route);
}

}  // namespace sen::extraction
