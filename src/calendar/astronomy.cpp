#include "calendar/astronomy.hpp"

#include <cmath>

namespace sen::calendar {

namespace {

constexpr double kPi = 3.14159265358979323846;
double rad(double degrees) {
  return degrees * kPi / 180.0;
}
double sin_d(double degrees) {
  return std::sin(rad(degrees));
}

}  // namespace

long julian_day_number(Date d) {
  // Days since 1970-01-01 plus the JDN of that day.
  return 2440588L + std::chrono::duration_cast<std::chrono::days>(d.sys_days().time_since_epoch()).count();
}

Date from_julian_day_number(long jdn) {
  return Date(std::chrono::sys_days(std::chrono::days(jdn - 2440588L)));
}

double delta_t_days(double y) {
  double seconds;
  if (y < 1900) y = 1900;
  if (y > 2150) y = 2150;
  if (y < 1920) {
    double t = y - 1900;
    seconds = -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t * t * t - 0.000197 * t * t * t * t;
  } else if (y < 1941) {
    double t = y - 1920;
    seconds = 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
  } else if (y < 1961) {
    double t = y - 1950;
    seconds = 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
  } else if (y < 1986) {
    double t = y - 1975;
    seconds = 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
  } else if (y < 2005) {
    double t = y - 2000;
    seconds = 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t + 0.000651814 * t * t * t * t +
              0.00002373599 * t * t * t * t * t;
  } else if (y < 2050) {
    double t = y - 2000;
    seconds = 62.92 + 0.32217 * t + 0.005589 * t * t;
  } else {
    double u = (y - 1820) / 100;
    seconds = -20 + 32 * u * u - 0.5628 * (2150 - y);
  }
  return seconds / 86400.0;
}

double new_moon_jde(int k) {
  double T = k / 1236.85;
  double T2 = T * T, T3 = T2 * T, T4 = T3 * T;
  double jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * T2 - 0.000000150 * T3 + 0.00000000073 * T4;
  double E = 1 - 0.002516 * T - 0.0000074 * T2;
  double M = 2.5534 + 29.10535670 * k - 0.0000014 * T2 - 0.00000011 * T3;
  double Mp = 201.5643 + 385.81693528 * k + 0.0107582 * T2 + 0.00001238 * T3 - 0.000000058 * T4;
  double F = 160.7108 + 390.67050284 * k - 0.0016118 * T2 - 0.00000227 * T3 + 0.000000011 * T4;
  double Om = 124.7746 - 1.56375588 * k + 0.0020672 * T2 + 0.00000215 * T3;
  // Periodic terms of the new moon (Table 49.A).
  double c = -0.40720 * sin_d(Mp) + 0.17241 * E * sin_d(M) + 0.01608 * sin_d(2 * Mp) + 0.01039 * sin_d(2 * F) +
             0.00739 * E * sin_d(Mp - M) - 0.00514 * E * sin_d(Mp + M) + 0.00208 * E * E * sin_d(2 * M) -
             0.00111 * sin_d(Mp - 2 * F) - 0.00057 * sin_d(Mp + 2 * F) + 0.00056 * E * sin_d(2 * Mp + M) -
             0.00042 * sin_d(3 * Mp) + 0.00042 * E * sin_d(M + 2 * F) + 0.00038 * E * sin_d(M - 2 * F) -
             0.00024 * E * sin_d(2 * Mp - M) - 0.00017 * sin_d(Om) - 0.00007 * sin_d(Mp + 2 * M) +
             0.00004 * sin_d(2 * Mp - 2 * F) + 0.00004 * sin_d(3 * M) + 0.00003 * sin_d(Mp + M - 2 * F) +
             0.00003 * sin_d(2 * Mp + 2 * F) - 0.00003 * sin_d(Mp + M + 2 * F) + 0.00003 * sin_d(Mp - M + 2 * F) -
             0.00002 * sin_d(Mp - M - 2 * F) - 0.00002 * sin_d(3 * Mp + M) + 0.00002 * sin_d(4 * Mp);
  // Additional corrections for all phases (planetary arguments).
  const double A[14] = {299.77 + 0.107408 * k - 0.009173 * T2,
                        251.88 + 0.016321 * k,
                        251.83 + 26.651886 * k,
                        349.42 + 36.412478 * k,
                        84.66 + 18.206239 * k,
                        141.74 + 53.303771 * k,
                        207.14 + 2.453732 * k,
                        154.84 + 7.306860 * k,
                        34.52 + 27.261239 * k,
                        207.19 + 0.121824 * k,
                        291.34 + 1.844379 * k,
                        161.72 + 24.198154 * k,
                        239.56 + 25.513099 * k,
                        331.55 + 3.592518 * k};
  const double coefficient[14] = {0.000325, 0.000165, 0.000164, 0.000126, 0.000110, 0.000062, 0.000060,
                                  0.000056, 0.000047, 0.000042, 0.000040, 0.000037, 0.000035, 0.000023};
  double a = 0;
  for (int i = 0; i < 14; ++i) a += coefficient[i] * sin_d(A[i]);
  return jde + c + a;
}

double sun_longitude(double jde) {
  double T = (jde - 2451545.0) / 36525.0;
  double L0 = 280.46646 + 36000.76983 * T + 0.0003032 * T * T;
  double M = 357.52911 + 35999.05029 * T - 0.0001537 * T * T;
  double C = (1.914602 - 0.004817 * T - 0.000014 * T * T) * sin_d(M) + (0.019993 - 0.000101 * T) * sin_d(2 * M) +
             0.000289 * sin_d(3 * M);
  double omega = 125.04 - 1934.136 * T;
  double lambda = L0 + C - 0.00569 - 0.00478 * sin_d(omega);
  lambda = std::fmod(lambda, 360.0);
  return lambda < 0 ? lambda + 360.0 : lambda;
}

}  // namespace sen::calendar
