// The calendar: solar↔lunar conversions, and a deadline of 90 working days.
#include <benchmark/benchmark.h>

#include "calendar/calendar.hpp"
#include "calendar/deadlines.hpp"
#include "calendar/lunar.hpp"

namespace {

using sen::Date;

void BM_SolarToLunar(benchmark::State& state) {
  Date d = Date::from_ymd(1950, 1, 1);
  for (auto _ : state) {
    benchmark::DoNotOptimize(sen::calendar::to_lunar(d));
    d = d.plus_days(37);
    if (d.year() > 2090) d = Date::from_ymd(1950, 1, 1);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_SolarToLunar);

void BM_LunarToSolar(benchmark::State& state) {
  int k = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(sen::calendar::to_solar(1950 + k % 140, 1 + k % 12, 1 + k % 29, false));
    ++k;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_LunarToSolar);

void BM_Deadline90WorkingDays(benchmark::State& state) {
  sen::calendar::WorkingCalendar calendar({0, 6}, sen::calendar::holiday_rules(), {});
  sen::calendar::DeadlineRule rule{
      "x", "base", "", "received", 90, sen::calendar::DeadlineBasis::working_days, Date::from_ymd(2000, 1, 1), {}, ""};
  Date event = Date::from_ymd(2026, 1, 5);
  for (auto _ : state) {
    benchmark::DoNotOptimize(sen::calendar::due_date(calendar, rule, event));
  }
}
BENCHMARK(BM_Deadline90WorkingDays);

void BM_Deadline90WorkingDaysFreshCalendar(benchmark::State& state) {
  sen::calendar::DeadlineRule rule{
      "x", "base", "", "received", 90, sen::calendar::DeadlineBasis::working_days, Date::from_ymd(2000, 1, 1), {}, ""};
  Date event = Date::from_ymd(2026, 1, 5);
  for (auto _ : state) {
    // As a request builds it: holidays computed anew.
    sen::calendar::WorkingCalendar calendar({0, 6}, sen::calendar::holiday_rules(), {});
    benchmark::DoNotOptimize(sen::calendar::due_date(calendar, rule, event));
  }
}
BENCHMARK(BM_Deadline90WorkingDaysFreshCalendar);

}  // namespace
