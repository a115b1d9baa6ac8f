#include "calendar/working_days.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "calendar/lunar.hpp"

namespace sen::calendar {

namespace {

struct Holiday {
  Date date;
  const HolidayRule* rule;
};

// The days of each holiday of year `y` under the rules in force on those days, by holiday.
std::map<std::string, std::vector<Holiday>> rule_holidays(const std::vector<HolidayRule>& rules, int y) {
  std::map<std::string, std::vector<Holiday>> out;
  for (const auto& r : rules) {
    if (r.valid_from.year() > y || (r.valid_to && r.valid_to->year() < y)) continue;  // not in force in y
    std::optional<Date> anchor = r.calendar == CalendarKind::lunar
                                     ? to_solar(y, static_cast<int>(r.month), static_cast<int>(r.day), false)
                                     : Date::from_ymd(y, r.month, r.day);
    if (!anchor) continue;
    for (int i = 0; i < r.days; ++i) {
      Date d = anchor->plus_days(r.first_offset + i);
      if (r.valid_from <= d && (!r.valid_to || d <= *r.valid_to)) out[r.holiday].push_back({d, &r});
    }
  }
  return out;
}

bool holds(const Decision& d, Date x) {
  return d.from <= x && x <= d.to;
}

Span span_of(const std::vector<HolidayRule>& rules) {
  Span span = lunar_span();
  if (rules.empty()) return span;
  auto first = std::min_element(rules.begin(), rules.end(),
                                [](const HolidayRule& a, const HolidayRule& b) { return a.valid_from < b.valid_from; });
  span.first = std::max(span.first, first->valid_from);
  span.reason_vi =
      fmt::format("ngày nghỉ lễ tính theo các Bộ luật Lao động có trong Sen, từ {}", span.first.vietnamese());
  span.reason_en = fmt::format("holidays follow the Labour Codes Sen holds, from {}", span.first.iso());
  return span;
}

}  // namespace

WorkingCalendar::WorkingCalendar(std::set<unsigned> rest_weekdays, std::vector<HolidayRule> rules,
                                 std::vector<Decision> decisions)
    : rest_(std::move(rest_weekdays)),
      rules_(std::move(rules)),
      decisions_(std::move(decisions)),
      span_(span_of(rules_)) {}

// A decision on days off settles every holiday with a day inside it: the holiday's days and its
// compensatory days are what the decision says. The other holidays are days off, and each that
// falls on a weekly rest day gives the next day that is neither a rest day nor already off —
// counted over the whole year at once, so that two holidays never share a compensatory day.
std::vector<DayOff> WorkingCalendar::compute_year(int y) const {
  std::map<Date, DayOff> off;
  std::vector<const Decision*> days_off;
  for (const auto& d : decisions_) {
    if (d.kind == DayKind::days_off && d.from.year() <= y && y <= d.to.year()) days_off.push_back(&d);
  }
  for (const auto* d : days_off) {
    for (Date x = d->from; x <= d->to; x = x.plus_days(1)) {
      if (x.year() == y) off[x] = {x, d->name, "decision", d->source};
    }
  }
  std::vector<Holiday> holidays;
  for (auto& [code, days] : rule_holidays(rules_, y)) {
    bool settled = std::any_of(days.begin(), days.end(), [&](const Holiday& h) {
      return std::any_of(days_off.begin(), days_off.end(), [&](const Decision* d) { return holds(*d, h.date); });
    });
    if (!settled) holidays.insert(holidays.end(), days.begin(), days.end());
  }
  std::sort(holidays.begin(), holidays.end(), [](const Holiday& a, const Holiday& b) { return a.date < b.date; });
  for (const auto& h : holidays) off[h.date] = {h.date, h.rule->name, "holiday", h.rule->source};
  for (const auto& h : holidays) {
    if (!weekly_rest(h.date)) continue;
    Date next = h.date.plus_days(1);
    while (weekly_rest(next) || off.count(next)) next = next.plus_days(1);
    off[next] = {next, fmt::format("Nghỉ bù: {} ngày {} trùng ngày nghỉ hằng tuần", h.rule->name, h.date.vietnamese()),
                 "compensatory", h.rule->compensation_source};
  }
  for (const auto& d : decisions_) {
    if (d.kind != DayKind::working_day) continue;
    for (Date x = d.from; x <= d.to; x = x.plus_days(1)) {
      if (x.year() == y) off[x] = {x, d.name, "working_day", d.source};
    }
  }
  std::vector<DayOff> out;
  for (auto& [date, day] : off) {
    if (date.year() == y) out.push_back(std::move(day));
  }
  return out;
}

const std::vector<DayOff>& WorkingCalendar::year(int y) const {
  auto it = years_.find(y);
  if (it == years_.end()) {
    it = years_.emplace(y, compute_year(y)).first;
    for (const auto& d : it->second) special_[d.date] = d.kind == "working_day";
  }
  return it->second;
}

std::vector<DayOff> WorkingCalendar::days_off(int y) const {
  return year(y);
}

bool WorkingCalendar::is_working_day(Date d) const {
  require_within(span_, d, "date");
  year(d.year());
  if (auto it = special_.find(d); it != special_.end()) return it->second;
  return !weekly_rest(d);
}

int WorkingCalendar::working_days_between(Date from, Date to) const {
  int n = 0;
  for (Date x = from; x <= to; x = x.plus_days(1)) n += is_working_day(x);
  return n;
}

std::optional<Date> WorkingCalendar::add_working_days(Date from, int n) const {
  Date x = from;
  while (n > 0) {
    x = x.plus_days(1);
    if (x > span_.last) return std::nullopt;
    if (is_working_day(x)) --n;
  }
  return x;
}

std::optional<Date> WorkingCalendar::next_working_day(Date d) const {
  for (; d <= span_.last; d = d.plus_days(1)) {
    if (is_working_day(d)) return d;
  }
  return std::nullopt;
}

}  // namespace sen::calendar
