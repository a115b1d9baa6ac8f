#include "opendata/opendata.hpp"

#include <fmt/format.h>

#include "base/csv.hpp"
#include "base/error.hpp"
#include "opendata/messages.hpp"
#include "targets/evaluation.hpp"
#include "targets/shares.hpp"
#include "targets/targets.hpp"
#include "units/units.hpp"

namespace sen::opendata {

namespace {

bool released(db::Connection& c, const std::string& unit, const Period& period) {
  return c.query("SELECT 1 FROM open_data_releases WHERE unit = $1 AND period = $2", {unit, period.code()}).size() > 0;
}

std::string number(const std::optional<double>& v) {
  return v ? fmt::format("{}", *v) : "";
}

}  // namespace

Release release(db::Connection& c, const std::string& unit, const Period& period, const std::string& actor) {
  units::require_exists(c, unit, "unit");
  if (targets::scorecard(c, unit, period, std::nullopt).items.empty()) {
    throw messages::error<"open_data.nothing">("period", unit, period.code());
  }
  auto now = utc_timestamp();
  c.execute("DELETE FROM open_data_releases WHERE unit = $1 AND period = $2", {unit, period.code()});
  c.execute("INSERT INTO open_data_releases(unit, period, released_at, released_by) VALUES ($1, $2, $3, $4)",
            {unit, period.code(), now, actor});
  return {unit, units::name_at(c, unit, period.days().last), period.code(), now};
}

bool withdraw(db::Connection& c, const std::string& unit, const Period& period) {
  return c.execute("DELETE FROM open_data_releases WHERE unit = $1 AND period = $2", {unit, period.code()}) > 0;
}

std::vector<Release> releases(db::Connection& c) {
  std::vector<Release> out;
  auto r = c.query("SELECT unit, period, released_at FROM open_data_releases ORDER BY period DESC, unit");
  for (std::size_t i = 0; i < r.size(); ++i) {
    auto row = r.row(i);
    auto period = Period::parse(row.text(1)).value();
    out.push_back({row.text(0), units::name_at(c, row.text(0), period.days().last), row.text(1), row.text(2)});
  }
  return out;
}

std::vector<Row> released_rows(db::Connection& c, const std::string& unit, const Period& period) {
  if (!released(c, unit, period)) throw messages::error<"open_data.not_found">("", unit + " " + period.code());
  std::vector<Row> out;
  for (const auto& item : targets::scorecard(c, unit, period, std::nullopt).items) {
    const auto& i = item.indicator;
    if (item.target.illustrative || i.illustrative || (item.actual && item.actual->illustrative)) continue;
    Row row{i.code,
            i.name,
            i.area,
            i.measure,
            targets::describe_target_vi(item.target, i.decimals),
            item.plan_figure,
            std::nullopt,
            item.evaluation.achievement_pct,
            targets::target_share(item),
            "",
            "",
            targets::status_code(item.evaluation.status),
            "",
            i.decimals};
    if (item.actual) {
      row.actual = item.actual->value;
      row.vintage = model::enum_text(item.actual->vintage);
      row.derivation = item.actual->derivation;
      row.source = item.actual->source.value_or(i.source.value_or(""));
    }
    out.push_back(std::move(row));
  }
  return out;
}

std::string to_csv(const std::vector<Row>& rows) {
  std::string out =
      "indicator,name,area,measure,target,plan,actual,achievement_pct,target_pct,status,vintage,derivation,source\n";
  for (const auto& r : rows) {
    out += fmt::format("{},{},{},{},{},{},{},{},{},{},{},{},{}\n", r.indicator, csv::quote(r.name), r.area,
                       csv::quote(r.measure), csv::quote(r.target), number(r.plan), number(r.actual),
                       number(r.achievement_pct), number(r.target_pct), r.status, r.vintage, r.derivation,
                       csv::quote(r.source));
  }
  return out;
}

}  // namespace sen::opendata
