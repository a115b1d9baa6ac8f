#include "open311/routes.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <charconv>
#include <set>

#include "access/permissions.hpp"
#include "base/text.hpp"
#include "open311/datetime.hpp"
#include "open311/form.hpp"
#include "open311/intake.hpp"
#include "open311/messages.hpp"
#include "open311/response.hpp"
#include "open311/services.hpp"
#include "petitions/petitions.hpp"

namespace sen::open311 {

namespace bj = boost::json;

namespace {

constexpr std::string_view kBase = "/open311/v2";
// When the services or their definitions last changed: clients refresh what they cached.
constexpr std::string_view kChangeset = "2026-11-27T00:00:00+07:00";
constexpr std::size_t kMostIds = 100;  // service_request_id values in one GET requests

using Jurisdiction = std::optional<std::string>;

// A query parameter as the spec reads it: absent when empty.
std::optional<std::string> param(const app::Context& ctx, std::string_view name) {
  auto value = ctx.request.query_param(name);
  if (!value) return std::nullopt;
  return received_field(name, *value, 2000, Lines::one);
}

// This server serves one jurisdiction: a request may name it, or name none.
void check_jurisdiction(const Jurisdiction& ours, const std::optional<std::string>& named) {
  if (!named || named == ours) return;
  if (ours) throw messages::error<"open311.jurisdiction">("jurisdiction_id", *named, *ours);
  throw messages::error<"open311.jurisdiction_unused">("jurisdiction_id", *named);
}

// Comma-separated values, trimmed, empty ones dropped.
std::vector<std::string> list_of(const std::optional<std::string>& text) {
  std::vector<std::string> out;
  if (!text) return out;
  std::size_t at = 0;
  while (at <= text->size()) {
    auto end = text->find(',', at);
    if (end == std::string::npos) end = text->size();
    auto item = trim(std::string_view(*text).substr(at, end - at));
    if (!item.empty()) out.push_back(std::move(item));
    at = end + 1;
  }
  return out;
}

// A whole number from 1 to `most`, or `fallback` when absent.
std::size_t count_param(const app::Context& ctx, std::string_view name, std::size_t fallback, std::size_t most) {
  auto text = param(ctx, name);
  if (!text) return fallback;
  std::size_t n = 0;
  auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), n);
  if (ec != std::errc() || end != text->data() + text->size() || n < 1 || n > most) {
    throw messages::error<"open311.count_invalid">(std::string(name), name, most);
  }
  return n;
}

bj::object request_json(const petitions::PublicRequest& r) {
  const auto& s = r.state;
  Date updated = s.closed_on.value_or(s.accepted_on.value_or(r.received_on));
  const Service* service = find_service(r.field);
  return {{"service_request_id", r.tracking_code},
          {"status", s.open ? "open" : "closed"},
          {"status_notes", petitions::status_text(s.status)},
          {"service_name", service ? service->name : r.field},
          {"service_code", r.field},
          {"agency_responsible", r.handling_unit_name},
          {"requested_datetime", day_start_text(r.received_on)},
          {"updated_datetime", day_start_text(updated)},
          {"expected_datetime", s.due ? bj::value(day_end_text(*s.due)) : bj::value(nullptr)}};
}

const Service& service_param(const app::Context& ctx) {
  const Service* s = find_service(ctx.param("service_code"));
  if (!s) {
    throw messages::error<"open311.no_service">("service_code", ctx.param("service_code"));
  }
  return *s;
}

// The public letter a path names by its tracking code (read loosely: case, a missing hyphen).
petitions::PublicRequest request_param(const app::Context& ctx, const std::string& name) {
  const auto& code = ctx.param(name);
  auto normal = petitions::normalize_tracking_code(code);
  auto found = normal ? petitions::public_request(ctx.db, *normal, ctx.today()) : std::nullopt;
  if (!found) throw messages::error<"service_request.not_found">("", code);
  return *found;
}

bj::object discovery(const app::Context& ctx) {
  bool en = ctx.request.prefers_english();
  std::string origin = origin_of(ctx.request);
  return {{"changeset", kChangeset},
          {"contact", en ? "The citizen-reception office of the unit that runs this Sen: " + origin + "/tra-cuu"
                         : "Bộ phận tiếp công dân của đơn vị vận hành Sen này: " + origin + "/tra-cuu"},
          {"key_service", en ? "An api_key is an API token of a service account allowed to take in letters; ask the "
                               "administrator of this Sen for one"
                             : "api_key là mã API của một tài khoản dịch vụ được quyền tiếp nhận đơn; hãy đề nghị "
                               "quản trị viên của Sen này cấp"},
          {"endpoints", bj::array{{{"specification", "http://wiki.open311.org/GeoReport_v2"},
                                   {"url", origin + std::string(kBase)},
                                   {"changeset", kChangeset},
                                   {"type", "production"},
                                   {"formats", bj::array{"text/xml", "application/json"}}}}}};
}

bj::array requests(const app::Context& ctx) {
  bj::array out;
  if (auto ids = list_of(param(ctx, "service_request_id")); !ids.empty()) {
    // The spec: service_request_id overrides every other argument. Unknown ids are left out.
    if (ids.size() > kMostIds) {
      throw messages::error<"open311.too_many_ids">("service_request_id", kMostIds);
    }
    std::set<std::string> seen;
    for (const auto& id : ids) {
      auto code = petitions::normalize_tracking_code(id);
      if (!code || !seen.insert(*code).second) continue;
      if (auto r = petitions::public_request(ctx.db, *code, ctx.today())) out.push_back(request_json(*r));
    }
    return out;
  }
  auto days = request_days(param(ctx, "start_date"), param(ctx, "end_date"), ctx.today());
  petitions::PublicQuery q;
  q.first = days.first;
  q.last = days.last;
  q.fields = list_of(param(ctx, "service_code"));
  for (const auto& code : q.fields) {
    if (!find_service(code)) {
      throw messages::error<"open311.service_code_unknown">("service_code", code);
    }
  }
  auto statuses = list_of(param(ctx, "status"));
  for (const auto& s : statuses) require_one_of("status", s, {"open", "closed"});
  bool open = std::find(statuses.begin(), statuses.end(), "open") != statuses.end();
  bool closed = std::find(statuses.begin(), statuses.end(), "closed") != statuses.end();
  if (open != closed) q.open = open;
  // The widespread paging extension: page and page_size, 1000 (the spec's limit) at most.
  q.limit = count_param(ctx, "page_size", 1000, 1000);
  q.skip = (count_param(ctx, "page", 1, 100000) - 1) * q.limit;
  if (days.first > days.last) return out;
  for (const auto& r : petitions::public_requests(ctx.db, q, ctx.today())) out.push_back(request_json(r));
  return out;
}

}  // namespace

void register_routes(app::Api& api) {
  using access::perm::kPublic;
  Jurisdiction ours = api.options().open311_jurisdiction;
  api.render_errors(std::string(kBase) + "/", error_answer);

  // Every method answers in both formats; each reads jurisdiction_id from its query first.
  auto both = [&](http::Method method, const std::string& path,
                  std::function<http::Response(app::Context&, Format)> handler) {
    for (Format format : {Format::json, Format::xml}) {
      auto route = std::string(kBase) + path + (format == Format::json ? ".json" : ".xml");
      auto run = [ours, handler, format](app::Context& ctx) {
        check_jurisdiction(ours, param(ctx, "jurisdiction_id"));
        return handler(ctx, format);
      };
      if (method == http::Method::get)
        api.get(route, kPublic, run);
      else
        api.post(route, kPublic, run);
    }
  };

  both(http::Method::get, "/discovery",
       [](app::Context& ctx, Format f) { return answer(f, 200, "discovery", discovery(ctx)); });
  both(http::Method::get, "/services", [](app::Context&, Format f) {
    bj::array out;
    for (const auto& s : services()) out.push_back(service_json(s));
    return answer(f, 200, "services", out);
  });
  both(http::Method::get, "/services/{service_code}", [](app::Context& ctx, Format f) {
    return answer(f, 200, "service_definition", definition_json(service_param(ctx)));
  });
  both(http::Method::get, "/requests",
       [](app::Context& ctx, Format f) { return answer(f, 200, "service_requests", requests(ctx)); });
  both(http::Method::get, "/requests/{service_request_id}", [](app::Context& ctx, Format f) {
    return answer(f, 200, "service_requests", bj::array{request_json(request_param(ctx, "service_request_id"))});
  });
  // Sen creates requests at once, so a request's token is its service_request_id.
  both(http::Method::get, "/tokens/{token}", [](app::Context& ctx, Format f) {
    auto r = request_param(ctx, "token");
    return answer(f, 200, "service_requests",
                  bj::array{{{"service_request_id", r.tracking_code}, {"token", ctx.param("token")}}});
  });
  // Form-encoded, as the spec sends it; jurisdiction_id may come in the form too.
  both(http::Method::post, "/requests", [ours](app::Context& ctx, Format f) {
    auto type = ctx.request.header("content-type").value_or("application/x-www-form-urlencoded");
    if (type.rfind("application/x-www-form-urlencoded", 0) != 0) {
      throw messages::error<"open311.content_type">("body");
    }
    auto form = Form::parse(ctx.request.body);
    check_jurisdiction(ours, form.line("jurisdiction_id", 200));
    return take_in(ctx, form, f);
  });
}

}  // namespace sen::open311
