#include "extraction/time_scope.hpp"

#include <fmt/format.h>

#include <string>

namespace sen::extraction {

namespace {

using Kind = Token::Kind;

bool word(const std::vector<Token>& t, std::size_t i, const char* w) {
  return i < t.size() && t[i].is_word(w);
}

// A year 1900–2100 written as four digits at t[i]; 0 otherwise.
int year_at(const std::vector<Token>& t, std::size_t i) {
  if (i >= t.size() || t[i].kind != Kind::number || t[i].text.size() != 4) return 0;
  if (t[i].text.find_first_not_of("0123456789") != std::string::npos) return 0;
  int y = std::stoi(t[i].text);
  return y >= 1900 && y <= 2100 ? y : 0;
}

// A small whole number at t[i] (digits or a Roman numeral word); 0 otherwise.
int small_number_at(const std::vector<Token>& t, std::size_t i) {
  if (i >= t.size()) return 0;
  if (t[i].kind == Kind::number && t[i].text.size() <= 2 &&
      t[i].text.find_first_not_of("0123456789") == std::string::npos) {
    return std::stoi(t[i].text);
  }
  static const char* kRoman[] = {"i", "ii", "iii", "iv"};
  for (int k = 0; k < 4; ++k) {
    if (t[i].is_word(kRoman[k])) return k + 1;
  }
  return 0;
}

// "năm 2023" or "/2023" or "2023" after t[i]: the year and the tokens it takes; {0, 0} when none.
std::pair<int, std::size_t> trailing_year(const std::vector<Token>& t, std::size_t i) {
  if (word(t, i, "nam") && year_at(t, i + 1)) return {year_at(t, i + 1), 2};
  if (i < t.size() && t[i].is_punct("/") && year_at(t, i + 1)) return {year_at(t, i + 1), 2};
  if (year_at(t, i)) return {year_at(t, i), 1};
  return {0, 0};
}

bool after_comparison(const std::vector<Token>& t, std::size_t i) {
  for (std::size_t back = 1; back <= 3 && back <= i; ++back) {
    const auto& w = t[i - back];
    if (w.kind != Kind::word) return false;
    if (w.text == "so" || w.text == "ky" || w.text == "hon" || w.text == "bang" || w.text == "voi") return true;
  }
  return false;
}

Period make(PeriodKind kind, int year, int index) {
  switch (kind) {
    case PeriodKind::year:
      return Period::year_of(year);
    case PeriodKind::six_months:
      return *Period::parse(fmt::format("{}-6M", year));
    case PeriodKind::nine_months:
      return *Period::parse(fmt::format("{}-9M", year));
    case PeriodKind::quarter:
      return *Period::parse(fmt::format("{}-Q{}", year, index));
    case PeriodKind::month:
      return *Period::parse(fmt::format("{}-{:02}", year, index));
  }
  return Period::year_of(year);
}

}  // namespace

bool TimeMention::covers(const Period& report) const {
  switch (kind) {
    case Kind::period:
      return period && *period == report;
    case Kind::this_period:
      return true;
    case Kind::year_to_date:
      return report.kind() == PeriodKind::year || report.kind() == PeriodKind::six_months ||
             report.kind() == PeriodKind::nine_months;
    case Kind::previous:
    case Kind::other:
      return false;
  }
  return false;
}

std::vector<TimeMention> time_mentions(const std::vector<Token>& t, int report_year) {
  std::vector<TimeMention> out;
  auto add = [&](std::size_t begin, std::size_t end, TimeMention::Kind kind, std::optional<Period> p = std::nullopt) {
    out.push_back({begin, end, kind, p, after_comparison(t, begin)});
  };
  using MK = TimeMention::Kind;
  for (std::size_t i = 0; i < t.size();) {
    // "6 tháng đầu năm (2023)", "chín tháng", "3 tháng cuối năm"
    int months = t[i].kind == Kind::number ? small_number_at(t, i) : word(t, i, "sau") ? 6 : word(t, i, "chin") ? 9 : 0;
    if (months && word(t, i + 1, "thang")) {
      std::size_t j = i + 2;
      bool late = word(t, j, "cuoi") && word(t, j + 1, "nam");
      if ((word(t, j, "dau") || late) && word(t, j + 1, "nam")) j += 2;
      auto [y, n] = trailing_year(t, j);
      if (late || (months != 6 && months != 9)) {
        if (late) add(i, j + n, MK::other);
        i = j + n;
        continue;
      }
      add(i, j + n, MK::period,
          make(months == 6 ? PeriodKind::six_months : PeriodKind::nine_months, y ? y : report_year, 0));
      i = j + n;
      continue;
    }
    if (word(t, i, "nam") && year_at(t, i + 1)) {
      int y = year_at(t, i + 1);
      bool span = (i > 0 && t[i - 1].is_word("tu")) ||
                  (i + 3 < t.size() && (t[i + 2].is_punct("-") || t[i + 2].is_punct("–")) && year_at(t, i + 3));
      if (span)
        add(i, i + 2, MK::other);
      else
        add(i, i + 2, MK::period, Period::year_of(y));
      i += span && !(i > 0 && t[i - 1].is_word("tu")) ? 4 : 2;
      continue;
    }
    if (word(t, i, "ca") && word(t, i + 1, "nam")) {
      auto [y, n] = trailing_year(t, i + 2);
      add(i, i + 2 + n, MK::period, Period::year_of(y ? y : report_year));
      i += 2 + n;
      continue;
    }
    if (word(t, i, "quy") && small_number_at(t, i + 1) >= 1 && small_number_at(t, i + 1) <= 4) {
      auto [y, n] = trailing_year(t, i + 2);
      add(i, i + 2 + n, MK::period, make(PeriodKind::quarter, y ? y : report_year, small_number_at(t, i + 1)));
      i += 2 + n;
      continue;
    }
    if (word(t, i, "thang") && i + 1 < t.size() && t[i + 1].kind == Kind::number && small_number_at(t, i + 1) >= 1 &&
        small_number_at(t, i + 1) <= 12) {
      auto [y, n] = trailing_year(t, i + 2);
      add(i, i + 2 + n, MK::period, make(PeriodKind::month, y ? y : report_year, small_number_at(t, i + 1)));
      i += 2 + n;
      continue;
    }
    if (word(t, i, "cung") && word(t, i + 1, "ky")) {
      add(i, i + 2, MK::previous);
      out.back().comparison = true;
      i += 2;
      continue;
    }
    if (word(t, i, "nam") && (word(t, i + 1, "truoc") || word(t, i + 1, "ngoai"))) {
      add(i, i + 2, MK::previous);
      out.back().comparison = true;
      i += 2;
      continue;
    }
    if ((word(t, i, "luy") && word(t, i + 1, "ke")) ||
        (word(t, i, "tu") && word(t, i + 1, "dau") && word(t, i + 2, "nam"))) {
      std::size_t n = t[i].text == "luy" ? 2 : 3;
      add(i, i + n, MK::year_to_date);
      i += n;
      continue;
    }
    if ((word(t, i, "giai") && word(t, i + 1, "doan")) || (word(t, i, "nhiem") && word(t, i + 1, "ky"))) {
      add(i, i + 2, MK::other);
      i += 2;
      continue;
    }
    if (word(t, i, "trong") && (word(t, i + 1, "ky") || word(t, i + 1, "thang") || word(t, i + 1, "quy") ||
                                (word(t, i + 1, "nam") && !year_at(t, i + 2)))) {
      add(i, i + 2, MK::this_period);
      i += 2;
      continue;
    }
    if (word(t, i, "nam") && word(t, i + 1, "nay")) {
      add(i, i + 2, MK::this_period);
      i += 2;
      continue;
    }
    ++i;
  }
  return out;
}

std::vector<std::size_t> intent_mentions(const std::vector<Token>& t) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i + 1 < t.size(); ++i) {
    if ((word(t, i, "phan") && word(t, i + 1, "dau")) || (word(t, i, "muc") && word(t, i + 1, "tieu")) ||
        (word(t, i, "du") && word(t, i + 1, "kien")) || (word(t, i, "phuong") && word(t, i + 1, "huong"))) {
      out.push_back(i);
    }
  }
  return out;
}

}  // namespace sen::extraction
