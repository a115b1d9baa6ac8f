// The astronomy the Vietnamese lunar calendar needs, after Jean Meeus, *Astronomical
// Algorithms* (2nd ed.): Julian days, ΔT, the instants of new moons (ch. 49) and the Sun's
// apparent longitude (ch. 25). Angles in degrees, times as Julian Days.
#pragma once
#include "base/date.hpp"

namespace sen::calendar {

// Julian Day Number of a civil date (the JD of its noon UT, as an integer).
long julian_day_number(Date d);
Date from_julian_day_number(long jdn);

// Terrestrial Time minus Universal Time, in days, for a year (Espenak & Meeus polynomials,
// 1900–2150; the nearest end outside).
double delta_t_days(double year);

// Julian Ephemeris Day of the k-th new moon (k = 0: the new moon of 6 January 2000).
double new_moon_jde(int k);

// The Sun's apparent geocentric longitude at a Julian Ephemeris Day, in [0, 360).
double sun_longitude(double jde);

}  // namespace sen::calendar
