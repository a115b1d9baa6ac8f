#include "calendar/calendar.hpp"

#include <fmt/format.h>

#include "base/csv.hpp"
#include "base/embedded.hpp"
#include "base/error.hpp"

namespace sen::calendar {

namespace {

std::vector<std::map<std::string, std::string>> reference_rows(std::string_view path) {
  return csv::read_table(embedded_file(path), path);
}

Date date(const std::string& iso) { return Date::parse(iso).value(); }

void check_rule(const DeadlineRule& r) {
  if (r.code.empty() || r.variant.empty()) throw invalid_field("code", "Thiếu mã quy tắc", "The rule needs a code and a variant");
  if (r.limit <= 0 || r.limit > 3650) throw invalid_field("limit", "Thời hạn từ 1 đến 3650 ngày", "limit must be 1 to 3650 days");
  if (r.basis != "working_days" && r.basis != "calendar_days") {
    throw invalid_field("basis", "Cách tính là working_days hoặc calendar_days", "basis is working_days or calendar_days");
  }
  if (r.valid_to && *r.valid_to < r.valid_from) {
    throw invalid_field("valid_to", "Ngày hết hiệu lực phải sau ngày có hiệu lực", "valid_to must not be before valid_from");
  }
}

}  // namespace

void load_reference_data(db::Connection& c) {
  for (const auto& r : reference_rows("data/reference/holidays-vn.csv")) {
    store::insert_decision(c, Decision{date(r.at("from")), date(r.at("to")), r.at("kind"), r.at("name"), r.at("source")});
  }
  for (const auto& r : reference_rows("data/reference/deadline-rules.csv")) {
    std::optional<Date> to;
    if (!r.at("valid_to").empty()) to = date(r.at("valid_to"));
    store::insert_rule(c, DeadlineRule{r.at("code"), r.at("variant"), r.at("name"), r.at("event"), std::stoi(r.at("limit")),
                                       r.at("basis"), date(r.at("valid_from")), to, r.at("source")});
  }
  for (const auto& r : reference_rows("data/reference/reporting-regimes.csv")) {
    store::insert_regime(c, store::Regime{r.at("code"), r.at("name"), std::stoi(r.at("due_working_days")), r.at("source")});
  }
}

WorkingCalendar working_calendar(db::Connection& c) {
  return WorkingCalendar(store::rest_weekdays(c), store::decisions(c));
}

std::vector<DeadlineRule> rules(db::Connection& c) { return store::rules(c); }

DeadlineRule rule(db::Connection& c, const std::string& code, const std::string& variant, Date on) {
  std::string known;
  std::optional<DeadlineRule> found;
  for (const auto& r : store::rules(c)) {
    if (r.code != code) continue;
    if (known.find(r.variant) == std::string::npos) known += (known.empty() ? "" : ", ") + r.variant;
    bool in_force = r.variant == variant && r.valid_from <= on && (!r.valid_to || on <= *r.valid_to);
    // A later rule supersedes an earlier one from its first day.
    if (in_force && (!found || r.valid_from > found->valid_from)) found = r;
  }
  if (found) return *found;
  if (known.empty()) {
    throw Error(ErrorKind::not_found, "rule.unknown", fmt::format("Không có quy tắc thời hạn '{}'", code),
                fmt::format("No deadline rule '{}'", code), "rule");
  }
  throw Error(ErrorKind::not_found, "rule.not_in_force",
              fmt::format("Quy tắc {} không có biến thể '{}' có hiệu lực ngày {}; các biến thể: {}", code, variant,
                          on.vietnamese(), known),
              fmt::format("Rule {} has no variant '{}' in force on {}; variants: {}", code, variant, on.iso(), known),
              "variant");
}

DeadlineRule add_rule(db::Connection& c, DeadlineRule r) {
  check_rule(r);
  if (!store::insert_rule(c, r)) {
    throw Error(ErrorKind::conflict, "rule.exists", "Đã có quy tắc cùng mã, biến thể và ngày hiệu lực",
                "A rule with this code, variant and start exists", "valid_from");
  }
  return r;
}

std::vector<Decision> decisions(db::Connection& c) { return store::decisions(c); }

Decision add_decision(db::Connection& c, Decision d) {
  if (d.kind != "days_off" && d.kind != "working_day") {
    throw invalid_field("kind", "Loại là days_off hoặc working_day", "kind is days_off or working_day");
  }
  if (d.to < d.from) throw invalid_field("to", "Ngày kết thúc trước ngày bắt đầu", "to is before from");
  if (d.from.days_until(d.to) > 31) throw invalid_field("to", "Một quyết định không quá 32 ngày", "A decision spans at most 32 days");
  if (!store::insert_decision(c, d)) {
    throw Error(ErrorKind::conflict, "decision.exists", "Đã có quyết định cho khoảng ngày này",
                "A decision for these days exists", "from");
  }
  return d;
}

void set_rest_weekdays(db::Connection& c, const std::set<unsigned>& days) {
  for (auto d : days) {
    if (d > 6) throw invalid_field("rest_weekdays", "Ngày trong tuần từ 0 (Chủ nhật) đến 6 (Thứ bảy)", "Weekdays are 0 (Sunday) to 6 (Saturday)");
  }
  if (days.size() > 3) throw invalid_field("rest_weekdays", "Tối đa 3 ngày nghỉ mỗi tuần", "At most 3 rest days a week");
  store::set_rest_weekdays(c, days);
}

Due deadline(db::Connection& c, const std::string& code, const std::string& variant, Date event) {
  auto r = rule(c, code, variant, event);
  return Due{due_date(working_calendar(c), r, event), r};
}

std::vector<store::Regime> regimes(db::Connection& c) { return store::regimes(c); }

ReportDue report_due(db::Connection& c, const std::string& code, const Period& period) {
  for (const auto& r : store::regimes(c)) {
    if (r.code != code) continue;
    auto cutoff = period.cutoff();
    return ReportDue{cutoff, working_calendar(c).add_working_days(cutoff.last, r.due_working_days), r};
  }
  throw Error(ErrorKind::not_found, "regime.unknown", fmt::format("Không có chế độ báo cáo '{}'", code),
              fmt::format("No reporting regime '{}'", code), "regime");
}

}  // namespace sen::calendar
