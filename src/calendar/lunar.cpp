#include "calendar/lunar.hpp"

#include <array>
#include <cmath>
#include <map>
#include <mutex>
#include <vector>

#include "calendar/astronomy.hpp"

namespace sen::calendar {

namespace {

constexpr double kTimeZoneDays = 7.0 / 24.0;
constexpr double kSynodicMonth = 29.530588861;

// The local (UTC+7) date of the k-th new moon.
Date new_moon_date(int k) {
  double jde = new_moon_jde(k);
  double jd_ut = jde - delta_t_days(2000.0 + k / 12.3685);
  return from_julian_day_number(static_cast<long>(std::floor(jd_ut + 0.5 + kTimeZoneDays)));
}

// The 30° sector (0–11) of the Sun's longitude at the start (00:00 UTC+7) of a day.
int solar_sector(Date d) {
  double jd_ut = julian_day_number(d) - 0.5 - kTimeZoneDays;
  double jde = jd_ut + delta_t_days(d.year() + (d.month() - 0.5) / 12.0);
  return static_cast<int>(sun_longitude(jde) / 30.0);
}

// The k of the new moon that starts the month holding `d` (new_moon_date(k) ≤ d < next).
int lunation_of(Date d) {
  int k = static_cast<int>(std::floor((julian_day_number(d) - 2451550.1) / kSynodicMonth));
  while (new_moon_date(k) > d) --k;
  while (new_moon_date(k + 1) <= d) ++k;
  return k;
}

// The lunation k that is month 11 of the lunar year ending in Gregorian year y: the month holding
// the December solstice (the day the Sun's longitude passes 270°). Cached: it is asked often.
int month11(int y) {
  static std::mutex mutex;
  static std::map<int, int> cache;
  std::lock_guard lock(mutex);
  if (auto it = cache.find(y); it != cache.end()) return it->second;
  Date d = Date::from_ymd(y, 12, 17);
  while (!(solar_sector(d) == 8 && solar_sector(d.plus_days(1)) == 9)) d = d.plus_days(1);
  int k = lunation_of(d);
  cache[y] = k;
  return k;
}

struct Month {
  int k;       // lunation
  int number;  // 1–12
  bool leap;
};

// The months from month 11 of year y−1 up to (not including) month 11 of year y, numbered.
std::vector<Month> compute_months_between(int y) {
  int a = month11(y - 1), b = month11(y);
  std::vector<Month> out;
  int leap_index = -1;
  if (b - a == 13) {
    for (int i = 1; i < 13; ++i) {
      if (solar_sector(new_moon_date(a + i)) == solar_sector(new_moon_date(a + i + 1))) {
        leap_index = i;
        break;
      }
    }
  }
  int number = 11;
  for (int i = 0; i < b - a; ++i) {
    bool leap = i == leap_index;
    if (i > 0 && !leap) number = number % 12 + 1;
    out.push_back({a + i, number, leap});
  }
  return out;
}

// compute_months_between, cached: a year's months are asked for again and again.
const std::vector<Month>& months_between(int y) {
  static std::mutex mutex;
  static std::map<int, std::vector<Month>> cache;
  {
    std::lock_guard lock(mutex);
    if (auto it = cache.find(y); it != cache.end()) return it->second;
  }
  auto months = compute_months_between(y);
  std::lock_guard lock(mutex);
  return cache.emplace(y, std::move(months)).first->second;  // std::map never moves its elements
}

}  // namespace

LunarDate to_lunar(Date solar) {
  int k = lunation_of(solar);
  int y = solar.year();
  // The run of months from month 11 of y−1 that holds k (the next run when k is past it).
  if (k >= month11(y)) ++y;
  const auto& months = months_between(y);
  for (std::size_t i = 0; i < months.size(); ++i) {
    if (months[i].k != k) continue;
    Date start = new_moon_date(k);
    LunarDate l;
    l.day = start.days_until(solar) + 1;
    l.month = months[i].number;
    l.leap = months[i].leap;
    // Months 11 and 12 before Tết belong to the lunar year that ends with them.
    bool before_tet = true;
    for (std::size_t j = 1; j <= i; ++j) {
      if (months[j].number == 1 && !months[j].leap) before_tet = false;
    }
    l.year = before_tet ? y - 1 : y;
    l.month_days = start.days_until(new_moon_date(k + 1));
    return l;
  }
  return {};  // unreachable: k lies in the run by construction
}

std::optional<Date> to_solar(int year, int month, int day, bool leap) {
  if (month < 1 || month > 12 || day < 1 || day > 30) return std::nullopt;
  // Months 1–10 lie in the run ending with month 11 of `year`; months 11 and 12 in the next run.
  int run = month >= 11 ? year + 1 : year;
  const auto& months = months_between(run);
  bool past_tet = false;
  for (std::size_t i = 0; i < months.size(); ++i) {
    if (months[i].number == 1 && !months[i].leap) past_tet = true;
    bool right_year = month >= 11 ? !past_tet : past_tet;
    if (!right_year || months[i].number != month || months[i].leap != leap) continue;
    Date start = new_moon_date(months[i].k);
    if (day > start.days_until(new_moon_date(months[i].k + 1))) return std::nullopt;
    return start.plus_days(day - 1);
  }
  return std::nullopt;
}

std::string year_name(int y) {
  static const std::array<const char*, 10> can = {"Canh", "Tân",  "Nhâm", "Quý", "Giáp",
                                                  "Ất",   "Bính", "Đinh", "Mậu", "Kỷ"};
  static const std::array<const char*, 12> chi = {"Thân", "Dậu", "Tuất", "Hợi", "Tý",  "Sửu",
                                                  "Dần",  "Mão", "Thìn", "Tỵ",  "Ngọ", "Mùi"};
  return std::string(can[static_cast<std::size_t>(((y % 10) + 10) % 10)]) + " " +
         chi[static_cast<std::size_t>(((y % 12) + 12) % 12)];
}

}  // namespace sen::calendar
