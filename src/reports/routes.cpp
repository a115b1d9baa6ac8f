#include "reports/routes.hpp"

#include <fmt/format.h>

#include "access/permissions.hpp"
#include "base/error.hpp"
#include "reports/messages.hpp"
#include "reports/options.hpp"
#include "reports/report.hpp"
#include "reports/report_date.hpp"
#include "units/units.hpp"

namespace sen::reports {

namespace {

// The report's sections are those the reader may see, of the unit asked for within their scope;
// its date is the one asked for, else the end of the period's reporting window or today if sooner
// (statuses are never judged on a day to come), and never a day the unit did not exist.
ReportOptions options_of(const app::Context& ctx, const std::string& unit, const Period& period) {
  ReportOptions o;
  o.header.issuer = require_issuer(ctx.request.query_param("issuer").value_or("party"), "issuer");
  o.header.number = ctx.request.query_param("number");
  if (o.header.number && (o.header.number->empty() || o.header.number->size() > 20)) {
    throw messages::error<"report.number_length">("number");
  }
  o.header.date = ctx.date_param("date", report_date(ctx.db, unit, period, o.header.issuer, ctx.today()));
  require_open_on(ctx.db, unit, o.header.date, "date");
  const auto* principal = ctx.principal;
  o.may = [principal](std::string_view permission) { return principal->can(permission); };
  return o;
}

}  // namespace

http::Response document_response(std::string bytes, const std::string& file_stem, Format f) {
  http::Response out;
  out.content_type = content_type(f);
  out.body = std::move(bytes);
  out.headers.emplace_back(
      "Content-Disposition",
      fmt::format("{}; filename=\"{}.{}\"", f == Format::html ? "inline" : "attachment", file_stem, extension(f)));
  return out;
}

void register_routes(app::Api& api) {
  using namespace access::perm;
  api.get("/api/v1/reports/annual", kTargetsRead, [](app::Context& ctx) {
    auto unit = ctx.required_param("unit");
    int year = ctx.year_param("year", today_in_vietnam().year() - 1);
    auto format = require_format(ctx.request.query_param("format").value_or("html"), "format");
    units::require_exists(ctx.db, unit, "unit");
    ctx.require_scope(unit, Date::from_ymd(year, 12, 31));
    auto report = annual_report(ctx.db, unit, year, options_of(ctx, unit, Period::year_of(year)));
    return document_response(render(report, format), report.file_stem, format);
  });
  api.get("/api/v1/reports/periodic", kTargetsRead, [](app::Context& ctx) {
    auto unit = ctx.required_param("unit");
    auto period = ctx.period_param("period");
    auto format = require_format(ctx.request.query_param("format").value_or("html"), "format");
    units::require_exists(ctx.db, unit, "unit");
    ctx.require_scope(unit, period.days().last);
    auto report = periodic_report(ctx.db, unit, period, options_of(ctx, unit, period));
    return document_response(render(report, format), report.file_stem, format);
  });
  register_draft_routes(api);
}

}  // namespace sen::reports
