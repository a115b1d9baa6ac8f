#include "demo/demo.hpp"

#include <fmt/format.h>

#include <map>

#include "audit/audit.hpp"
#include "base/csv.hpp"
#include "base/embedded.hpp"
#include "base/error.hpp"
#include "targets/csv_io.hpp"
#include "targets/targets.hpp"
#include "units/units.hpp"

namespace sen::demo {

namespace {

// Rows of an embedded CSV file as column → value maps; the first row names the columns.
std::vector<std::map<std::string, std::string>> read_table(std::string_view path) {
  auto records = csv::parse(embedded_file(path));
  std::vector<std::map<std::string, std::string>> rows;
  if (records.empty()) return rows;
  const auto& header = records.front().fields;
  for (std::size_t i = 1; i < records.size(); ++i) {
    const auto& fields = records[i].fields;
    if (fields.size() != header.size()) {
      throw std::runtime_error(fmt::format("{} line {}: {} fields, expected {}", path, records[i].line, fields.size(),
                                           header.size()));
    }
    std::map<std::string, std::string> row;
    for (std::size_t k = 0; k < header.size(); ++k) row[header[k]] = fields[k];
    rows.push_back(std::move(row));
  }
  return rows;
}

std::optional<std::string> optional(const std::string& s) {
  if (s.empty()) return std::nullopt;
  return s;
}

std::vector<std::string> split_codes(const std::string& s) {
  std::vector<std::string> out;
  std::size_t at = 0;
  while (at < s.size()) {
    auto end = s.find(' ', at);
    if (end == std::string::npos) end = s.size();
    if (end > at) out.push_back(s.substr(at, end - at));
    at = end + 1;
  }
  return out;
}

void load_units(db::Connection& c) {
  auto rows = read_table("data/demo/units.csv");
  for (const auto& r : rows) {
    units::create(c, units::NewUnit{r.at("code"), r.at("name"), optional(r.at("name_en")), r.at("kind"),
                                    optional(r.at("parent")), Date::parse(r.at("valid_from")).value(),
                                    r.at("illustrative") == "1", optional(r.at("source"))});
  }
  // Close in reverse order so that children close before their parents.
  for (auto it = rows.rbegin(); it != rows.rend(); ++it) {
    if (it->at("valid_to").empty()) continue;
    units::close(c, it->at("code"),
                 units::UnitClosure{1, Date::parse(it->at("valid_to")).value(), split_codes(it->at("successors"))});
  }
}

void load_targets(db::Connection& c) {
  for (const auto& r : read_table("data/demo/indicators.csv")) {
    targets::Indicator i;
    i.code = r.at("code");
    i.name = r.at("name");
    i.name_en = optional(r.at("name_en"));
    i.area = r.at("area");
    i.measure = r.at("measure");
    i.decimals = std::stoi(r.at("decimals"));
    i.direction = r.at("direction");
    i.unit_aggregation = r.at("unit_aggregation");
    i.period_aggregation = r.at("period_aggregation");
    i.illustrative = r.at("illustrative") == "1";
    i.source = optional(r.at("source"));
    targets::create_indicator(c, i);
  }
  for (const auto& r : read_table("data/demo/plans.csv")) {
    targets::create_plan(c, targets::Plan{r.at("code"), r.at("unit"), r.at("kind"), r.at("title"),
                                          optional(r.at("theme")), r.at("period_from"), r.at("period_to"),
                                          optional(r.at("document")), ""});
  }
  targets::ImportOptions options;
  options.entered_by = "demo";
  targets::import_targets(c, embedded_file("data/demo/targets.csv"), options);
  targets::import_values(c, embedded_file("data/demo/values.csv"), options);
}

}  // namespace

void load(db::Database& database) {
  database.write([](db::Connection& c) {
    if (c.query("SELECT 1 FROM units LIMIT 1").size() > 0) {
      throw Error(ErrorKind::conflict, "demo.not_empty", "Cơ sở dữ liệu đã có dữ liệu; dữ liệu mẫu chỉ nạp vào CSDL trống",
                  "The database already holds data; demo data loads only into an empty database");
    }
    load_units(c);
    load_targets(c);
    audit::record(c, audit::Actor{"system", "local", ""}, "load", "demo", "hoi-nghi-tong-ket-2022", nullptr,
                  {{"source", "data/demo (báo cáo hội nghị tổng kết năm 2022 của Thành ủy Hà Tĩnh)"}});
  });
}

}  // namespace sen::demo
