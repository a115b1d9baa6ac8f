#include "calendar/calendar.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <stdexcept>

#include "base/csv.hpp"
#include "base/embedded.hpp"
#include "base/error.hpp"
#include "calendar/messages.hpp"

namespace sen::calendar {

namespace {

std::vector<std::map<std::string, std::string>> reference_rows(std::string_view path) {
  return csv::read_table(embedded_file(path), path);
}

Date date(const std::string& iso) {
  return Date::parse(iso).value();
}

std::optional<Date> optional_date(const std::string& iso) {
  if (iso.empty()) return std::nullopt;
  return date(iso);
}

// The described enum a shipped reference file names (a file naming another is a bug: it throws).
template <class E>
E reference_enum(const std::string& name) {
  if (auto e = model::enum_from_text<E>(name)) return *e;
  throw std::logic_error("the reference data names an unknown value '" + name + "'");
}

void check_rule(const DeadlineRule& r) {
  if (r.code.empty() || r.variant.empty()) throw messages::error<"rule.code_missing">("code");
  if (r.limit <= 0 || r.limit > 3650) throw messages::error<"rule.limit_range">("limit");
  if (r.valid_to && *r.valid_to < r.valid_from) {
    throw messages::error<"rule.valid_to_before_from">("valid_to");
  }
}

bool in_force(const DeadlineRule& r, Date on) {
  return r.valid_from <= on && (!r.valid_to || on <= *r.valid_to);
}

std::string periods_of(const std::vector<DeadlineRule>& rules, bool vietnamese) {
  std::string out;
  for (const auto& r : rules) {
    out += out.empty() ? "" : "; ";
    out += vietnamese ? r.valid_from.vietnamese() : r.valid_from.iso();
    out += "–";
    if (r.valid_to) out += vietnamese ? r.valid_to->vietnamese() : r.valid_to->iso();
  }
  return out;
}

}  // namespace

void load_reference_data(db::Connection& c) {
  for (const auto& r : reference_rows("data/reference/holidays-vn.csv")) {
    store::insert_decision(c, Decision{date(r.at("from")), date(r.at("to")), reference_enum<DayKind>(r.at("kind")),
                                       r.at("name"), r.at("source")});
  }
  for (const auto& r : reference_rows("data/reference/deadline-rules.csv")) {
    store::insert_rule(c, DeadlineRule{r.at("code"), r.at("variant"), r.at("name"), r.at("event"),
                                       std::stoi(r.at("limit")), reference_enum<DeadlineBasis>(r.at("basis")),
                                       date(r.at("valid_from")), optional_date(r.at("valid_to")), r.at("source")});
  }
  for (const auto& r : reference_rows("data/reference/reporting-regimes.csv")) {
    store::insert_regime(
        c, store::Regime{r.at("code"), r.at("name"), std::stoi(r.at("due_working_days")), r.at("source")});
  }
}

std::vector<HolidayRule> holiday_rules() {
  static const std::vector<HolidayRule> rules = [] {
    std::vector<HolidayRule> out;
    for (const auto& r : reference_rows("data/reference/holiday-rules.csv")) {
      out.push_back(HolidayRule{r.at("holiday"), r.at("name"), reference_enum<CalendarKind>(r.at("calendar")),
                                static_cast<unsigned>(std::stoi(r.at("month"))),
                                static_cast<unsigned>(std::stoi(r.at("day"))), std::stoi(r.at("first_offset")),
                                std::stoi(r.at("days")), date(r.at("valid_from")), optional_date(r.at("valid_to")),
                                r.at("source"), r.at("compensation_source")});
    }
    return out;
  }();
  return rules;
}

WorkingCalendar working_calendar(db::Connection& c) {
  return WorkingCalendar(store::rest_weekdays(c), holiday_rules(), store::decisions(c));
}

LunarDate lunar_date(Date solar) {
  require_within(lunar_span(), solar, "date");
  return to_lunar(solar);
}

Date solar_date(int year, int month, int day, bool leap) {
  require_year_within(lunar_span(), year, "year");
  auto d = to_solar(year, month, day, leap);
  if (!d) {
    throw messages::error<"lunar.no_such_day">("", day, month, leap ? Localized{" nhuận", "leap "} : Localized{}, year);
  }
  if (!lunar_span().contains(*d)) throw beyond_span(lunar_span(), "day");
  return *d;
}

std::vector<DayOff> days_off(db::Connection& c, int year) {
  auto calendar = working_calendar(c);
  require_year_within(calendar.span(), year, "year");
  return calendar.days_off(year);
}

int working_days(db::Connection& c, Date from, Date to) {
  auto calendar = working_calendar(c);
  require_within(calendar.span(), from, "from");
  require_within(calendar.span(), to, "to");
  if (to < from) throw messages::error<"working_days.to_before_from">("to");
  if (from.days_until(to) > 3660) throw messages::error<"working_days.range_too_long">("to");
  return calendar.working_days_between(from, to);
}

Date add_working_days(db::Connection& c, Date from, int days) {
  auto calendar = working_calendar(c);
  require_within(calendar.span(), from, "from");
  if (days < 1 || days > 2000) {
    throw messages::error<"working_days.count_range">("days");
  }
  auto due = calendar.add_working_days(from, days);
  if (!due) throw beyond_span(calendar.span(), "days");
  return *due;
}

std::vector<DeadlineRule> rules(db::Connection& c) {
  return store::rules(c);
}

namespace {

DeadlineRule rule_among(const std::vector<DeadlineRule>& rules, const std::string& code, const std::string& variant,
                        Date on) {
  std::vector<DeadlineRule> of_code, of_variant;
  for (auto r : rules) {
    if (r.code != code) continue;
    if (r.variant == variant) of_variant.push_back(r);
    of_code.push_back(std::move(r));
  }
  if (of_code.empty()) {
    throw messages::error<"rule.unknown">("rule", code);
  }
  if (of_variant.empty()) {
    std::vector<std::string> variants;
    for (const auto& r : of_code) {
      if (std::find(variants.begin(), variants.end(), r.variant) == variants.end()) variants.push_back(r.variant);
    }
    std::string known = fmt::format("{}", fmt::join(variants, ", "));
    throw messages::error<"rule.unknown_variant">("variant", code, variant, known);
  }
  std::optional<DeadlineRule> found;
  for (const auto& r : of_variant) {
    // A later rule supersedes an earlier one from its first day.
    if (in_force(r, on) && (!found || r.valid_from > found->valid_from)) found = r;
  }
  if (found) return *found;
  std::sort(of_variant.begin(), of_variant.end(),
            [](const DeadlineRule& a, const DeadlineRule& b) { return a.valid_from < b.valid_from; });
  const auto& earliest = of_variant.front();
  if (on < earliest.valid_from) {
    throw messages::error<"rule.before_first_text">("start", on, code, variant, earliest.source, earliest.valid_from);
  }
  throw messages::error<"rule.not_in_force">("start", code, variant, on,
                                             Localized{periods_of(of_variant, true), periods_of(of_variant, false)});
}

}  // namespace

DeadlineRule rule(db::Connection& c, const std::string& code, const std::string& variant, Date on) {
  return rule_among(store::rules(c), code, variant, on);
}

DeadlineRule add_rule(db::Connection& c, DeadlineRule r) {
  check_rule(r);
  if (!store::insert_rule(c, r)) {
    throw messages::error<"rule.exists">("valid_from");
  }
  return r;
}

std::vector<Decision> decisions(db::Connection& c) {
  return store::decisions(c);
}

Decision add_decision(db::Connection& c, Decision d) {
  auto span = working_calendar(c).span();
  require_within(span, d.from, "from");
  require_within(span, d.to, "to");
  if (d.to < d.from) throw messages::error<"decision.to_before_from">("to");
  if (d.from.days_until(d.to) > 31) throw messages::error<"decision.too_long">("to");
  if (!store::insert_decision(c, d)) {
    throw messages::error<"decision.exists">("from");
  }
  return d;
}

void set_rest_weekdays(db::Connection& c, const std::set<unsigned>& days) {
  for (auto d : days) {
    if (d > 6) throw messages::error<"rest_weekdays.day_range">("rest_weekdays");
  }
  if (days.size() > 3) throw messages::error<"rest_weekdays.too_many">("rest_weekdays");
  store::set_rest_weekdays(c, days);
}

Due deadline(db::Connection& c, const std::string& code, const std::string& variant, Date event) {
  return Deadlines(c).deadline(code, variant, event);
}

Deadlines::Deadlines(db::Connection& c) : calendar_(working_calendar(c)), rules_(store::rules(c)) {}

Due Deadlines::deadline(const std::string& code, const std::string& variant, Date event) const {
  require_within(calendar_.span(), event, "start");
  auto r = rule_among(rules_, code, variant, event);
  auto due = due_date(calendar_, r, event);
  if (!due) throw beyond_span(calendar_.span(), "start");
  return Due{*due, r};
}

std::vector<store::Regime> regimes(db::Connection& c) {
  return store::regimes(c);
}

ReportDue report_due(db::Connection& c, const std::string& code, const Period& period) {
  for (const auto& r : store::regimes(c)) {
    if (r.code != code) continue;
    auto calendar = working_calendar(c);
    auto cutoff = period.cutoff();
    require_within(calendar.span(), cutoff.last, "period");
    auto due = calendar.add_working_days(cutoff.last, r.due_working_days);
    if (!due) throw beyond_span(calendar.span(), "period");
    return ReportDue{cutoff, *due, r};
  }
  throw messages::error<"regime.unknown">("regime", code);
}

}  // namespace sen::calendar
