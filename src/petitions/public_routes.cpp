// The routes citizens and city apps reach: the lookup of a letter by tracking code, and Open311
// GeoReport v2 for recommendations and feedback. Nothing personal and no content leaves here;
// complaints and denunciations are not listed at all.
#include <fmt/format.h>

#include <boost/json.hpp>
#include <boost/url/parse_query.hpp>

#include "auth/permissions.hpp"
#include "auth/throttle.hpp"
#include "base/error.hpp"
#include "base/json.hpp"
#include "base/text.hpp"
#include "http/problem.hpp"
#include "petitions/petitions.hpp"
#include "petitions/routes.hpp"
#include "units/units.hpp"

namespace sen::petitions {

namespace bj = boost::json;

namespace {

std::string field_name(const std::string& field) {
  static const std::map<std::string, std::string> kNames = {
      {"dat_dai", "Đất đai"},          {"moi_truong", "Môi trường"},       {"xay_dung", "Xây dựng"},
      {"tai_chinh", "Tài chính"},      {"can_bo", "Cán bộ, công chức"},    {"chinh_sach_xa_hoi", "Chính sách xã hội"},
      {"trat_tu_do_thi", "Trật tự đô thị"}, {"khac", "Lĩnh vực khác"}};
  auto it = kNames.find(field);
  return it == kNames.end() ? field : it->second;
}

bool public_kind(const Petition& p) { return !p.has("khieu_nai") && !p.has("to_cao"); }

// Lookups: a tracking code after 5 failures, a client after 20, wait from 30 s doubling to 15 min.
constexpr auth::ThrottleRule kLookupPerCode{5, std::chrono::seconds(30), std::chrono::minutes(15)};
constexpr auth::ThrottleRule kLookupPerClient{20, std::chrono::seconds(30), std::chrono::minutes(15)};

// Open311's dates: ISO 8601 with the offset of Vietnam.
std::string open311_time(Date d, bool end_of_day = false) {
  return d.iso() + (end_of_day ? "T23:59:59+07:00" : "T00:00:00+07:00");
}

bj::object open311_request(const View& v) {
  const Petition& p = v.petition;
  return {{"service_request_id", p.tracking_code},
          {"status", v.state.open ? "open" : "closed"},
          {"status_notes", status_text(v.state.status)},
          {"service_name", "Phản ánh, kiến nghị: " + field_name(p.field)},
          {"service_code", p.field},
          {"agency_responsible", v.handling_unit_name},
          {"requested_datetime", open311_time(p.received_on)},
          {"updated_datetime", open311_time(v.state.closed_on.value_or(v.state.accepted_on.value_or(p.received_on)))},
          {"expected_datetime", v.state.due ? bj::value(open311_time(*v.state.due, true)) : bj::value(nullptr)}};
}

// Fields of an Open311 POST: form-encoded (as the standard says) or JSON.
std::map<std::string, std::string> form_fields(const http::Request& r) {
  std::map<std::string, std::string> out;
  if (r.header("content-type").value_or("").find("json") != std::string::npos) {
    auto o = json::parse_object(r.body);
    for (const auto& kv : o) {
      if (kv.value().is_string()) out[std::string(kv.key())] = std::string(kv.value().as_string());
      else if (kv.value().is_number()) out[std::string(kv.key())] = json::serialize(kv.value());
    }
    return out;
  }
  auto params = boost::urls::parse_query(r.body);
  if (!params) throw invalid_field("body", "Nội dung không đúng dạng biểu mẫu", "The body is not form-encoded");
  boost::urls::encoding_opts opts;
  opts.space_as_plus = true;
  for (auto p : *params) out[p.key.decode(opts)] = p.has_value ? p.value.decode(opts) : "";
  return out;
}

}  // namespace

void register_public_routes(app::Api& api) {
  using namespace auth::perm;

  // The citizen's lookup: the tracking code and the PIN of the receipt, in the body (never in a URL,
  // which logs keep). Guessing is slowed per code and per client; failures are committed.
  api.post("/api/v1/public/petitions/lookup", kPublic, [](app::Context& ctx) {
    auto body = json::parse_object(ctx.request.body);
    json::Fields f(body);
    f.allow_only({"tracking_code", "pin"});
    auto typed = f.required_string("tracking_code", 40);
    auto pin = f.required_string("pin", 40);
    auto code = normalize_tracking_code(typed).value_or(typed);
    const std::string by_code = "lookup-code:" + code, by_client = "lookup-client:" + ctx.request.client_address;
    int wait = std::max(auth::throttle_wait(ctx.db, by_code), auth::throttle_wait(ctx.db, by_client));
    if (wait > 0) {
      auto r = http::problem(Error(ErrorKind::unauthorized, "petition.lookup_wait",
                                   fmt::format("Tra cứu sai quá nhiều lần; hãy thử lại sau {} giây", wait),
                                   fmt::format("Too many failed lookups; try again in {} seconds", wait)),
                             ctx.request);
      r.status = 429;
      r.headers.emplace_back("Retry-After", std::to_string(wait));
      return r;
    }
    auto s = public_status(ctx.db, code, pin, ctx.today());
    if (!s) {
      auth::throttle_failure(ctx.db, by_code, kLookupPerCode);
      auth::throttle_failure(ctx.db, by_client, kLookupPerClient);
      // Returned, not thrown, so that the transaction keeps the failure counts.
      return http::problem(
          Error(ErrorKind::not_found, "petition.lookup_failed", "Không tìm thấy đơn với mã và mã tra cứu này",
                "No letter with this tracking code and lookup PIN"),
          ctx.request);
    }
    auth::throttle_success(ctx.db, by_code);
    return http::Response::json(200, {{"tracking_code", s->tracking_code},
                                      {"received_on", s->received_on.iso()},
                                      {"status", s->status},
                                      {"status_text", s->status_text},
                                      {"next_deadline", json::nullable(s->next_deadline)},
                                      {"handling_unit", s->handling_unit_name}});
  });

  api.get("/open311/v2/services.json", kPublic, [](app::Context&) {
    bj::array services;
    for (const auto& f : kFields) {
      services.push_back({{"service_code", f},
                          {"service_name", "Phản ánh, kiến nghị: " + field_name(f)},
                          {"description", "Phản ánh, kiến nghị của người dân về " + field_name(f)},
                          {"metadata", false},
                          {"type", "realtime"},
                          {"keywords", "phan anh, kien nghi"},
                          {"group", "phan_anh"}});
    }
    return http::Response::json(200, services);
  });

  api.get("/open311/v2/requests.json", kPublic, [](app::Context& ctx) {
    Filter f;
    auto code = ctx.request.query_param("service_code");
    auto status = ctx.request.query_param("status");
    bj::array out;
    for (const auto& v : list(ctx.db, f, ctx.today())) {
      if (!public_kind(v.petition) || v.petition.duplicate_of) continue;
      if (code && v.petition.field != *code) continue;
      if (status && *status != (v.state.open ? "open" : "closed")) continue;
      out.push_back(open311_request(v));
      if (out.size() >= 1000) break;
    }
    return http::Response::json(200, out);
  });

  api.get("/open311/v2/requests/{file}", kPublic, [](app::Context& ctx) {
    std::string file = ctx.param("file");
    constexpr std::string_view kSuffix = ".json";
    if (file.size() <= kSuffix.size() || file.substr(file.size() - kSuffix.size()) != kSuffix) {
      throw not_found("yêu cầu", "request", file);
    }
    std::string code = file.substr(0, file.size() - kSuffix.size());
    Filter f;
    for (const auto& v : list(ctx.db, f, ctx.today())) {
      if (v.petition.tracking_code == code && public_kind(v.petition)) return http::Response::json(200, bj::array{open311_request(v)});
    }
    throw not_found("yêu cầu", "request", code);
  });

  api.post("/open311/v2/requests.json", kPetitionsProcess, [](app::Context& ctx) {
    auto fields = form_fields(ctx.request);
    auto get = [&](const char* name) -> std::optional<std::string> {
      auto it = fields.find(name);
      if (it == fields.end() || it->second.empty()) return std::nullopt;
      return it->second;
    };
    auto jurisdiction = get("jurisdiction_id");
    if (!jurisdiction) throw invalid_field("jurisdiction_id", "Thiếu jurisdiction_id (mã đơn vị nhận)", "jurisdiction_id (the receiving unit's code) is required");
    auto service = get("service_code");
    if (!service) throw invalid_field("service_code", "Thiếu service_code", "service_code is required");
    auto description = get("description");
    if (!description) throw invalid_field("description", "Thiếu nội dung phản ánh", "description is required");
    if (description->size() > 20000) throw invalid_field("description", "Nội dung quá dài", "description is too long");
    Intake in;
    in.petition.channel = "portal";
    in.petition.received_on = ctx.today();
    in.petition.types = {"phan_anh"};
    in.petition.field = *service;
    std::string content = *description;
    if (auto where = get("address_string")) content += "\nĐịa điểm: " + *where;
    if (get("lat") && get("long")) content += fmt::format("\nTọa độ: {}, {}", *get("lat"), *get("long"));
    in.petition.content = content;
    in.petition.handling_unit = *jurisdiction;
    std::string name = trim(get("first_name").value_or("") + " " + get("last_name").value_or(""));
    if (name.empty()) in.petition.anonymous = true;
    else in.people.push_back({name, std::nullopt, get("phone")});
    ctx.require_scope(*jurisdiction, in.petition.received_on);
    auto received = receive(ctx.db, in, ctx.actor(), ctx.today());
    ctx.audit("receive", "petition", received.view.petition.tracking_code, {received.view.petition.handling_unit},
              nullptr, {{"channel", "open311"}});
    return http::Response::json(
        201, bj::array{{{"service_request_id", received.view.petition.tracking_code},
                        {"service_notice", "Đã tiếp nhận; tra cứu bằng mã này và mã tra cứu " + received.lookup_pin},
                        {"account_id", nullptr}}});
  });
}

}  // namespace sen::petitions
