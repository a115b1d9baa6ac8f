// The Vietnamese lunar calendar (âm lịch), computed for the meridian 105°E (UTC+7):
// a month begins on the day of the new moon; month 11 is the month holding the winter
// solstice; in a year of 13 months the leap month is the first, after month 11, that holds no
// principal solar term (trung khí: the Sun's longitude crossing a multiple of 30°). Days count
// from local midnight. Valid from 1900 to 2100 at least.
#pragma once
#include <optional>
#include <string>

#include "base/date.hpp"

namespace sen::calendar {

struct LunarDate {
  int day = 1;
  int month = 1;
  int year = 1900;  // the year that begins with Tết of that lunar year
  bool leap = false;
  int month_days = 30;  // 29 or 30

  bool operator==(const LunarDate& o) const {
    return day == o.day && month == o.month && year == o.year && leap == o.leap;
  }
};

LunarDate to_lunar(Date solar);

// The solar date of a lunar date; nullopt when it does not exist (a 30th in a 29-day month, a
// leap month the year does not have).
std::optional<Date> to_solar(int year, int month, int day, bool leap);

// The Can Chi name of a lunar year: 2023 → "Quý Mão".
std::string year_name(int lunar_year);

}  // namespace sen::calendar
