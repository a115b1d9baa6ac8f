#include "targets/csv_io.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "base/csv.hpp"
#include "base/csv_import.hpp"
#include "base/date.hpp"
#include "base/error.hpp"
#include "base/text.hpp"
#include "targets/checks.hpp"
#include "targets/messages.hpp"
#include "targets/rollups.hpp"
#include "targets/store.hpp"
#include "targets/targets.hpp"

namespace sen::targets {

namespace {

constexpr std::size_t kPreviewRows = 20;

// Adds a problem when the row's unit and period are outside what the importer may write;
// returns whether it did.
bool check_allowed(const ImportOptions& options, const std::string& unit, const std::string& period, int line,
                   std::vector<ErrorDetail>& problems) {
  auto p = Period::parse(period);
  if (!options.allowed || !p || options.allowed(unit, *p)) return false;
  problems.push_back(messages::detail<"unit.out_of_scope">("unit", line, unit));
  return true;
}

std::string number_text(double v, NumberStyle style) {
  if (style == NumberStyle::vietnamese) return format_vi(v, 6);
  std::string s = fmt::format("{:.6f}", v);
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s;
}

std::string optional_text(const std::optional<std::string>& s) {
  return csv::quote(s.value_or(""));
}

}  // namespace

NumberStyle number_style(const std::string& name, const std::string& field) {
  if (name == "vi") return NumberStyle::vietnamese;
  if (name == "plain") return NumberStyle::plain;
  throw messages::error<"number_style.invalid">(field);
}

ImportResult import_values(db::Connection& c, std::string_view text, const ImportOptions& options) {
  Checker checker(c);
  std::vector<ErrorDetail> problems;
  std::vector<Value> rows;
  bool forbidden = false;
  std::string now = utc_timestamp();
  csv::read_rows(text, {"indicator", "unit", "period", "vintage", "value"}, {"source", "note", "illustrative"},
                 problems, [&](const csv::Columns& cols, const csv::Record& r) {
                   Value v;
                   v.indicator = cols.get(r, "indicator");
                   v.unit = cols.get(r, "unit");
                   v.period = cols.get(r, "period");
                   v.source = cols.optional(r, "source");
                   v.note = cols.optional(r, "note");
                   v.illustrative = csv::flag(cols.get(r, "illustrative"), "illustrative", r.line, problems);
                   v.entered_by = options.entered_by;
                   v.entered_at = now;
                   auto n = csv::number(cols.get(r, "value"), "value", r.line, options.numbers, problems);
                   if (n) v.value = *n;
                   auto found = checker.check_value(v, r.line);
                   problems.insert(problems.end(), found.begin(), found.end());
                   if (auto vintage = read_vintage(cols.get(r, "vintage"), r.line, problems)) v.vintage = *vintage;
                   forbidden = check_allowed(options, v.unit, v.period, r.line, problems) || forbidden;
                   if (problems.empty()) rows.push_back(std::move(v));
                 });
  if (!problems.empty()) csv::refuse_import(std::move(problems), forbidden);
  ImportResult result{rows.size(), !options.dry_run, {}, {}};
  result.value_preview.assign(rows.begin(), rows.begin() + static_cast<long>(std::min(rows.size(), kPreviewRows)));
  if (!options.dry_run) {
    // In the order of the table's index, so that each row lands next to the previous one; stable,
    // so that revisions of one key keep the file's order.
    std::stable_sort(rows.begin(), rows.end(), [](const Value& a, const Value& b) {
      auto key_a = std::tie(a.unit, a.period, a.indicator), key_b = std::tie(b.unit, b.period, b.indicator);
      if (key_a != key_b) return key_a < key_b;
      return model::enum_text(a.vintage) < model::enum_text(b.vintage);  // the index holds the names
    });
    store::append_values(c, rows);
    rollups::refresh_after(c, rows);
  }
  return result;
}

ImportResult import_targets(db::Connection& c, std::string_view text, const ImportOptions& options) {
  Checker checker(c);
  std::vector<ErrorDetail> problems;
  std::vector<Target> rows;
  bool forbidden = false;
  std::map<std::tuple<std::string, std::string, std::string, std::string>, int> seen;
  csv::read_rows(text, {"plan", "indicator", "unit", "period", "comparator", "value"},
                 {"value_to", "source", "note", "illustrative", "assigned_by"}, problems,
                 [&](const csv::Columns& cols, const csv::Record& r) {
                   Target t;
                   t.plan = cols.get(r, "plan");
                   t.indicator = cols.get(r, "indicator");
                   t.unit = cols.get(r, "unit");
                   t.period = cols.get(r, "period");
                   t.comparator = cols.get(r, "comparator");
                   if (t.comparator == "≥") t.comparator = ">=";
                   if (t.comparator == "≤") t.comparator = "<=";
                   t.source = cols.optional(r, "source");
                   t.note = cols.optional(r, "note");
                   t.assigned_by = cols.optional(r, "assigned_by");
                   t.illustrative = csv::flag(cols.get(r, "illustrative"), "illustrative", r.line, problems);
                   auto n = csv::number(cols.get(r, "value"), "value", r.line, options.numbers, problems);
                   if (n) t.value = *n;
                   if (auto to = cols.optional(r, "value_to"))
                     t.value_to = csv::number(*to, "value_to", r.line, options.numbers, problems);
                   auto found = checker.check_target(t, r.line);
                   problems.insert(problems.end(), found.begin(), found.end());
                   forbidden = check_allowed(options, t.unit, t.period, r.line, problems) || forbidden;
                   auto key = std::make_tuple(t.plan, t.indicator, t.unit, t.period);
                   if (auto it = seen.find(key); it != seen.end()) {
                     problems.push_back(messages::detail<"target.duplicate_row">("indicator", r.line, it->second));
                   } else {
                     seen[key] = r.line;
                   }
                   if (problems.empty()) rows.push_back(std::move(t));
                 });
  if (!problems.empty()) csv::refuse_import(std::move(problems), forbidden);
  // A target already in its plan is replaced by the imported one.
  ImportResult result{rows.size(), !options.dry_run, {}, {}};
  result.target_preview.assign(rows.begin(), rows.begin() + static_cast<long>(std::min(rows.size(), kPreviewRows)));
  if (!options.dry_run) {
    for (auto& t : rows) {
      if (auto existing = store::find_target(c, t.plan, t.indicator, t.unit, t.period)) {
        t.id = existing->id;
        store::update_target(c, t, existing->version);
      } else {
        store::insert_target(c, t);
      }
    }
  }
  return result;
}

std::string export_values(db::Connection& c, const std::string& unit, const Period& period, NumberStyle numbers) {
  std::string out = "indicator,unit,period,vintage,value,source,note,illustrative\n";
  for (const auto& v : current_values(c, unit, period)) {
    out += fmt::format("{},{},{},{},{},{},{},{}\n", csv::quote(v.indicator), csv::quote(v.unit), v.period,
                       model::enum_text(v.vintage), csv::quote(number_text(v.value, numbers)), optional_text(v.source),
                       optional_text(v.note), v.illustrative ? 1 : 0);
  }
  return out;
}

std::string export_targets(db::Connection& c, const std::string& plan_code, NumberStyle numbers) {
  plan(c, plan_code);  // not_found for an unknown plan
  std::string out = "plan,indicator,unit,period,comparator,value,value_to,source,note,illustrative,assigned_by\n";
  for (const auto& t : store::targets_of_plan(c, plan_code)) {
    out += fmt::format("{},{},{},{},{},{},{},{},{},{},{}\n", csv::quote(t.plan), csv::quote(t.indicator),
                       csv::quote(t.unit), t.period, t.comparator, csv::quote(number_text(t.value, numbers)),
                       t.value_to ? csv::quote(number_text(*t.value_to, numbers)) : "", optional_text(t.source),
                       optional_text(t.note), t.illustrative ? 1 : 0, optional_text(t.assigned_by));
  }
  return out;
}

}  // namespace sen::targets
