#include "base/period.hpp"

#include <fmt/format.h>

#include <charconv>

namespace sen {

namespace {

std::optional<int> number(std::string_view s) {
  int v = 0;
  if (s.empty()) return std::nullopt;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
  return v;
}

Date last_day_of_month(int year, unsigned month) {
  return month == 12 ? Date::from_ymd(year, 12, 31) : Date::from_ymd(year, month + 1, 1).plus_days(-1);
}

}  // namespace

std::optional<Period> Period::parse(std::string_view text) {
  if (text.size() < 4) return std::nullopt;
  auto year = number(text.substr(0, 4));
  if (!year || *year < 1900 || *year > 2200) return std::nullopt;
  if (text.size() == 4) return Period(PeriodKind::year, *year, 0);
  if (text[4] != '-') return std::nullopt;
  std::string_view rest = text.substr(5);
  if (rest == "6M") return Period(PeriodKind::six_months, *year, 0);
  if (rest == "9M") return Period(PeriodKind::nine_months, *year, 0);
  if (rest.size() == 2 && rest[0] == 'Q') {
    auto q = number(rest.substr(1));
    if (q && *q >= 1 && *q <= 4) return Period(PeriodKind::quarter, *year, *q);
    return std::nullopt;
  }
  if (rest.size() == 2) {
    auto m = number(rest);
    if (m && *m >= 1 && *m <= 12) return Period(PeriodKind::month, *year, *m);
  }
  return std::nullopt;
}

std::string Period::code() const {
  switch (kind_) {
    case PeriodKind::year:
      return fmt::format("{:04}", year_);
    case PeriodKind::six_months:
      return fmt::format("{:04}-6M", year_);
    case PeriodKind::nine_months:
      return fmt::format("{:04}-9M", year_);
    case PeriodKind::quarter:
      return fmt::format("{:04}-Q{}", year_, index_);
    case PeriodKind::month:
      return fmt::format("{:04}-{:02}", year_, index_);
  }
  return {};
}

DateRange Period::days() const {
  Date jan1 = Date::from_ymd(year_, 1, 1);
  switch (kind_) {
    case PeriodKind::year:
      return {jan1, Date::from_ymd(year_, 12, 31)};
    case PeriodKind::six_months:
      return {jan1, Date::from_ymd(year_, 6, 30)};
    case PeriodKind::nine_months:
      return {jan1, Date::from_ymd(year_, 9, 30)};
    case PeriodKind::quarter: {
      unsigned first_month = static_cast<unsigned>(index_ - 1) * 3 + 1;
      return {Date::from_ymd(year_, first_month, 1), last_day_of_month(year_, first_month + 2)};
    }
    case PeriodKind::month:
      return {Date::from_ymd(year_, static_cast<unsigned>(index_), 1),
              last_day_of_month(year_, static_cast<unsigned>(index_))};
  }
  return {jan1, jan1};
}

DateRange Period::cutoff() const {
  Date dec15_before = Date::from_ymd(year_ - 1, 12, 15);
  switch (kind_) {
    case PeriodKind::year:
      return {dec15_before, Date::from_ymd(year_, 12, 14)};
    case PeriodKind::six_months:
      return {dec15_before, Date::from_ymd(year_, 6, 14)};
    case PeriodKind::nine_months:
      return {dec15_before, Date::from_ymd(year_, 9, 14)};
    case PeriodKind::quarter: {
      unsigned first_month = static_cast<unsigned>(index_ - 1) * 3 + 1;
      Date start = first_month == 1 ? dec15_before : Date::from_ymd(year_, first_month - 1, 15);
      return {start, Date::from_ymd(year_, first_month + 2, 14)};
    }
    case PeriodKind::month: {
      unsigned m = static_cast<unsigned>(index_);
      Date start = m == 1 ? dec15_before : Date::from_ymd(year_, m - 1, 15);
      return {start, Date::from_ymd(year_, m, 14)};
    }
  }
  return {dec15_before, dec15_before};
}

std::vector<Period> Period::parts() const {
  std::vector<Period> out;
  auto quarters = [&](int n) {
    for (int q = 1; q <= n; ++q) out.push_back(Period(PeriodKind::quarter, year_, q));
  };
  switch (kind_) {
    case PeriodKind::year:
      quarters(4);
      break;
    case PeriodKind::nine_months:
      quarters(3);
      break;
    case PeriodKind::six_months:
      quarters(2);
      break;
    case PeriodKind::quarter:
      for (int m = (index_ - 1) * 3 + 1; m <= index_ * 3; ++m) out.push_back(Period(PeriodKind::month, year_, m));
      break;
    case PeriodKind::month:
      break;
  }
  return out;
}

std::string Period::vietnamese() const {
  static const char* quarters[] = {"", "I", "II", "III", "IV"};
  switch (kind_) {
    case PeriodKind::year:
      return fmt::format("năm {}", year_);
    case PeriodKind::six_months:
      return fmt::format("6 tháng đầu năm {}", year_);
    case PeriodKind::nine_months:
      return fmt::format("9 tháng năm {}", year_);
    case PeriodKind::quarter:
      return fmt::format("quý {} năm {}", index_ >= 1 && index_ <= 4 ? quarters[index_] : "", year_);
    case PeriodKind::month:
      return fmt::format("tháng {} năm {}", index_, year_);
  }
  return code();
}

}  // namespace sen
