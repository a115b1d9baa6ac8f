#include "calendar/working_days.hpp"

#include <algorithm>

#include "calendar/lunar.hpp"

namespace sen::calendar {

namespace {

constexpr const char* kLabourCode = "Bộ luật Lao động 2019, Điều 112";

struct Group {
  std::string name;
  std::vector<Date> days;
};

// The holidays of Art. 112 for a year, in the groups a yearly decision may replace.
std::vector<Group> rule_holidays(int y) {
  std::vector<Group> out;
  out.push_back({"Tết Dương lịch", {Date::from_ymd(y, 1, 1)}});
  Date tet = *to_solar(y, 1, 1, false);
  out.push_back({"Tết Âm lịch", {tet.plus_days(-1), tet, tet.plus_days(1), tet.plus_days(2), tet.plus_days(3)}});
  out.push_back({"Giỗ Tổ Hùng Vương (10/3 âm lịch)", {*to_solar(y, 3, 10, false)}});
  out.push_back({"Ngày Chiến thắng 30/4 và Quốc tế Lao động 1/5", {Date::from_ymd(y, 4, 30), Date::from_ymd(y, 5, 1)}});
  out.push_back({"Quốc khánh 2/9", {Date::from_ymd(y, 9, 2), Date::from_ymd(y, 9, 3)}});
  return out;
}

bool overlaps(const Decision& d, const Group& g) {
  for (Date x : g.days) {
    if (x >= d.from.plus_days(-3) && x <= d.to.plus_days(3)) return true;
  }
  return false;
}

}  // namespace

WorkingCalendar::WorkingCalendar(std::set<unsigned> rest_weekdays, std::vector<Decision> decisions)
    : rest_(std::move(rest_weekdays)), decisions_(std::move(decisions)) {}

std::vector<DayOff> WorkingCalendar::compute_year(int y) const {
  std::map<Date, DayOff> off;
  std::vector<Decision> used;
  auto weekly_rest = [&](Date d) { return rest_.count(d.weekday()) > 0; };
  for (const auto& group : rule_holidays(y)) {
    std::vector<const Decision*> decided;
    for (const auto& d : decisions_) {
      if (d.kind == "days_off" && overlaps(d, group)) decided.push_back(&d);
    }
    if (!decided.empty()) {
      for (const auto* d : decided) {
        for (Date x = d->from; x <= d->to; x = x.plus_days(1)) off[x] = {x, d->name, "decision", d->source};
        used.push_back(*d);
      }
      continue;
    }
    for (Date x : group.days) off[x] = {x, group.name, "holiday", kLabourCode};
    // A holiday on a weekly rest day gives the next working day off.
    for (Date x : group.days) {
      if (!weekly_rest(x)) continue;
      Date next = x.plus_days(1);
      while (weekly_rest(next) || off.count(next)) next = next.plus_days(1);
      off[next] = {next, "Nghỉ bù " + group.name, "compensatory", kLabourCode};
    }
  }
  for (const auto& d : decisions_) {
    if (d.kind != "days_off" || std::find_if(used.begin(), used.end(), [&](const Decision& u) {
                                  return u.from == d.from && u.to == d.to && u.name == d.name;
                                }) != used.end()) {
      continue;
    }
    if (d.from.year() != y && d.to.year() != y) continue;
    for (Date x = d.from; x <= d.to; x = x.plus_days(1)) off[x] = {x, d.name, "decision", d.source};
  }
  for (const auto& d : decisions_) {
    if (d.kind != "working_day") continue;
    for (Date x = d.from; x <= d.to; x = x.plus_days(1)) {
      if (x.year() == y) off[x] = {x, d.name, "working_day", d.source};
    }
  }
  std::vector<DayOff> out;
  for (auto& [date, day] : off) {
    if (date.year() == y) out.push_back(day);
  }
  return out;
}

const std::vector<DayOff>& WorkingCalendar::year(int y) const {
  auto it = years_.find(y);
  if (it == years_.end()) {
    it = years_.emplace(y, compute_year(y)).first;
    auto& working = working_[y];
    for (const auto& d : it->second) working[d.date] = d.kind == "working_day";
  }
  return it->second;
}

bool WorkingCalendar::is_working_day(Date d) const {
  year(d.year());
  const auto& special = working_.at(d.year());
  if (auto it = special.find(d); it != special.end()) return it->second;
  return rest_.count(d.weekday()) == 0;
}

int WorkingCalendar::working_days_between(Date from, Date to) const {
  int n = 0;
  for (Date x = from; x <= to; x = x.plus_days(1)) n += is_working_day(x);
  return n;
}

Date WorkingCalendar::add_working_days(Date from, int n) const {
  Date x = from;
  while (n > 0) {
    x = x.plus_days(1);
    if (is_working_day(x)) --n;
  }
  return x;
}

Date WorkingCalendar::next_working_day(Date d) const {
  while (!is_working_day(d)) d = d.plus_days(1);
  return d;
}

}  // namespace sen::calendar
