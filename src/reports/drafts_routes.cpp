// /api/v1/report-drafts: drafts of reports, their text by part, their document, issuing.
#include <fmt/format.h>

#include <boost/json.hpp>

#include "access/permissions.hpp"
#include "app/records.hpp"
#include "base/error.hpp"
#include "base/json.hpp"
#include "base/text.hpp"
#include "reports/drafts.hpp"
#include "reports/drafts_store.hpp"
#include "reports/messages.hpp"
#include "reports/options.hpp"
#include "reports/routes.hpp"
#include "units/units.hpp"

namespace sen::reports {

namespace bj = boost::json;

namespace {

constexpr std::size_t kMaxPartText = 30000;  // characters of one part: some pages

Period period_of(const Draft& d) {
  return *Period::parse(d.period);
}

May may_of(const app::Context& ctx) {
  const auto* principal = ctx.principal;
  return [principal](std::string_view permission) { return principal->can(permission); };
}

// The draft of the path, within the caller's scope.
Draft scoped_draft(const app::Context& ctx) {
  auto d = draft(ctx.db, ctx.id_param<messages, "report_draft.not_found">("id"));
  ctx.require_scope(d.unit, period_of(d).days().last);
  return d;
}

bj::value optional(const std::optional<std::string>& s) {
  return s ? bj::value(*s) : bj::value(nullptr);
}

bj::object section_json(const DraftSection& s) {
  return {{"key", s.key},
          {"title", s.title},
          {"text", s.text},
          {"version", s.version},
          {"updated_by", optional(s.updated_by)},
          {"updated_at", optional(s.updated_at)}};
}

bj::object draft_json(db::Connection& c, const Draft& d) {
  bj::array sections, files;
  for (const auto& s : d.sections) sections.push_back(section_json(s));
  for (const auto& f : d.files) {
    files.push_back({{"format", f.format},
                     {"sha256", f.sha256},
                     {"href", fmt::format("/api/v1/report-drafts/{}/document?format={}", d.id, f.format)}});
  }
  return {{"id", d.id},
          {"unit", d.unit},
          {"unit_name", units::name_at(c, d.unit, period_of(d).days().last)},
          {"kind", d.kind},
          {"period", d.period},
          {"issuer", d.issuer},
          {"status", d.issued() ? "issued" : "draft"},
          {"date", draft_date(c, d).iso()},
          {"created_by", d.created_by},
          {"created_at", d.created_at},
          {"number", optional(d.number)},
          {"issued_on", d.issued_on ? bj::value(d.issued_on->iso()) : bj::value(nullptr)},
          {"signer", optional(d.signer)},
          {"issued_by", optional(d.issued_by)},
          {"issued_at", optional(d.issued_at)},
          {"sections", std::move(sections)},
          {"files", std::move(files)}};
}

// The text of a part: several lines, NFC, no control characters; blank clears it.
std::string part_text(const bj::object& body) {
  const auto* v = body.if_contains("text");
  if (v && v->is_string() && trim(std::string_view(v->as_string())).empty()) return "";
  return json::Fields(body).required_text("text", kMaxPartText);
}

// The document's number: the ordinal in Arabic numerals (Decree 30; Guidance 36-HD).
std::string document_number(const json::Fields& f) {
  auto number = f.required_string("number", 20);
  bool digits = number.size() <= 6 && number.find_first_not_of("0123456789") == std::string::npos;
  if (!digits) throw messages::error<"report.number_digits">("number");
  return number;
}

}  // namespace

void register_draft_routes(app::Api& api) {
  using namespace access::perm;
  api.post("/api/v1/report-drafts", kReportsWrite, [](app::Context& ctx) {
    auto body = json::parse_object(ctx.request.body);
    json::Fields f(body);
    f.allow_only({"unit", "kind", "period", "issuer"});
    auto unit = f.required_string("unit", 32);
    auto kind = f.required_string("kind", 10);
    auto period = Period::parse(f.required_string("period", 10));
    if (!period) {
      throw messages::error<"report.period_invalid">("period");
    }
    NewDraft n{unit, kind, *period, require_issuer(f.required_string("issuer", 10), "issuer")};
    units::require_exists(ctx.db, n.unit, "unit");
    ctx.require_scope(n.unit, n.period.days().last);
    auto d = create_draft(ctx.db, n, ctx.actor());
    auto out = draft_json(ctx.db, d);
    ctx.audit("create", "report_draft", std::to_string(d.id), {d.unit}, nullptr,
              bj::object{{"unit", d.unit}, {"kind", d.kind}, {"period", d.period}, {"issuer", d.issuer}});
    return http::Response::created(out, fmt::format("/api/v1/report-drafts/{}", d.id));
  });
  api.get("/api/v1/report-drafts", kTargetsRead, [](app::Context& ctx) {
    auto unit = ctx.required_param("unit");
    units::require_exists(ctx.db, unit, "unit");
    ctx.require_scope(unit, ctx.today());
    auto period = ctx.request.query_param("period");
    bj::array items;
    for (const auto& d : drafts_of(ctx.db, unit)) {
      if (!period || d.period == *period) items.push_back(draft_json(ctx.db, d));
    }
    return http::Response::json(200, {{"items", std::move(items)}});
  });
  api.get("/api/v1/report-drafts/{id}", kTargetsRead,
          [](app::Context& ctx) { return http::Response::json(200, draft_json(ctx.db, scoped_draft(ctx))); });
  api.put("/api/v1/report-drafts/{id}/sections/{key}", kReportsWrite, [](app::Context& ctx) {
    auto d = scoped_draft(ctx);
    auto body = json::parse_object(ctx.request.body);
    json::Fields f(body);
    f.allow_only({"text", "version"});
    auto text = part_text(body);
    auto version = f.required_int("version", 1);
    const auto& key = ctx.param("key");
    std::string before;
    for (const auto& s : d.sections) {
      if (s.key == key) before = s.text;
    }
    auto s = write_section(ctx.db, d.id, key, text, version, ctx.actor());
    ctx.audit("write_section", "report_draft", fmt::format("{} {}", d.id, key), {d.unit}, bj::object{{"text", before}},
              bj::object{{"text", s.text}, {"version", s.version}});
    return http::Response::json(200, section_json(s));
  });
  api.get("/api/v1/report-drafts/{id}/document", kTargetsRead, [](app::Context& ctx) {
    auto d = scoped_draft(ctx);
    auto format = require_format(ctx.request.query_param("format").value_or("html"), "format");
    if (d.issued()) {
      auto stem = fmt::format("bao-cao-{}-{}-so-{}", d.unit, d.period, d.number.value_or(""));
      return document_response(issued_document(ctx.db, d, format, may_of(ctx)), stem, format);
    }
    auto report = draft_report(ctx.db, d, may_of(ctx));
    return document_response(render(report, format), report.file_stem + "-du-thao", format);
  });
  api.post("/api/v1/report-drafts/{id}/issue", kReportsIssue, [](app::Context& ctx) {
    auto d = scoped_draft(ctx);
    auto body = json::parse_object(ctx.request.body);
    json::Fields f(body);
    f.allow_only({"number", "date", "signer"});
    Issue i{document_number(f), f.required_date("date"), f.required_string("signer", 100)};
    auto issued = issue(ctx.db, d.id, i, may_of(ctx), ctx.today(), ctx.actor());
    bj::object files;
    for (const auto& file : issued.files) files[file.format] = file.sha256;
    ctx.audit("issue", "report_draft", std::to_string(d.id), {d.unit}, nullptr,
              bj::object{{"number", i.number}, {"date", i.date.iso()}, {"signer", i.signer}, {"sha256", files}});
    return http::Response::json(200, draft_json(ctx.db, issued));
  });

  // The signed copy of an issued report (a scan of the paper with its seal) is attached to it.
  api.record_kind({"report", "/api/v1/report-drafts/{id}", "id", std::string(kTargetsRead), std::string(kReportsIssue),
                   "/bao-cao?draft=", true,
                   [](const app::Context& ctx, const std::string& key, app::Access access) {
                     auto d = draft(ctx.db, app::record_id<messages, "report.not_found">(key));
                     ctx.require_scope(d.unit, period_of(d).days().last);
                     if (d.issued()) {
                       for (const auto& p : d.permissions) ctx.require_permission(p);
                     }
                     if (access == app::Access::write && !d.issued()) throw messages::error<"report.not_issued">("");
                     std::string title = d.issued() ? fmt::format("Báo cáo {} số {}", d.period, *d.number)
                                                    : fmt::format("Dự thảo báo cáo {}", d.period);
                     return app::RecordRef{title, {d.unit}};
                   },
                   store::issued_search_rows});
}

}  // namespace sen::reports
