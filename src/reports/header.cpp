#include "reports/header.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "base/error.hpp"
#include "base/text.hpp"
#include "units/units.hpp"

namespace sen::reports {

namespace {

// Prefixes that name a unit's kind, removed to give its place name: "Thành phố Hà Tĩnh" → "Hà Tĩnh".
constexpr std::string_view kKindPrefixes[] = {"Thành phố ", "Tỉnh ", "Thị xã ",   "Huyện ",  "Quận ",
                                              "Phường ",    "Xã ",   "Thị trấn ", "Đặc khu "};

std::string place_name(const std::string& name) {
  for (auto prefix : kKindPrefixes) {
    if (name.starts_with(prefix)) return name.substr(prefix.size());
  }
  return name;
}

bool grassroots(const std::string& kind) {
  return kind == "ward" || kind == "commune" || kind == "township" || kind == "special_zone";
}

// The Party committee of an administrative unit as documents name it.
std::string party_committee(const units::Unit& u) {
  if (u.kind == "province") return "TỈNH ỦY " + upper_vi(place_name(u.name));
  if (u.kind == "city") return "THÀNH ỦY " + upper_vi(place_name(u.name));
  if (u.kind == "town") return "THỊ ỦY " + upper_vi(place_name(u.name));
  if (u.kind == "district") return "HUYỆN ỦY " + upper_vi(place_name(u.name));
  if (grassroots(u.kind)) return "ĐẢNG ỦY " + upper_vi(u.name);
  return upper_vi(u.name);
}

// The symbol after the number: TU for a provincial, city or town committee, HU for a district,
// ĐU for a grassroots one.
std::string party_symbol(const std::string& kind) {
  if (kind == "district") return "HU";
  if (grassroots(kind)) return "ĐU";
  return "TU";
}

const char* roman(int n) {
  static const char* numerals[] = {"", "I", "II", "III", "IV"};
  return n >= 1 && n <= 4 ? numerals[n] : "";
}

}  // namespace

std::string place_date(const std::string& place, Date date) {
  std::string day = date.day() < 10 ? fmt::format("0{}", date.day()) : std::to_string(date.day());
  std::string month = date.month() < 3 ? fmt::format("0{}", date.month()) : std::to_string(date.month());
  return fmt::format("{}, ngày {} tháng {} năm {}", place, day, month, date.year());
}

std::string period_phrase(const Period& period) {
  switch (period.kind()) {
    case PeriodKind::year:
      return fmt::format("năm {}", period.year());
    case PeriodKind::six_months:
      return fmt::format("6 tháng đầu năm {}", period.year());
    case PeriodKind::nine_months:
      return fmt::format("9 tháng năm {}", period.year());
    case PeriodKind::quarter:
      return fmt::format("quý {} năm {}", roman(period.index()), period.year());
    case PeriodKind::month:
      return fmt::format("tháng {} năm {}", period.index(), period.year());
  }
  return period.code();
}

Header make_header(db::Connection& c, const std::string& unit, const Period& period, const HeaderOptions& options) {
  Date day = period.days().last;
  auto u = units::find_clamped(c, unit, day);
  if (!u) throw not_found("đơn vị", "unit", unit);
  auto parents =
      units::ancestors(c, unit, std::clamp(day, u->valid_from, std::max(u->valid_from, u->valid_to.value_or(day))));
  std::string phrase = period_phrase(period);
  Header h;
  std::string blank = options.number.value_or("      ");
  if (options.issuer == Issuer::party) {
    if (!parents.empty()) h.superior = "ĐẢNG BỘ " + upper_vi(parents.front().name);
    h.issuer = party_committee(*u);
    h.number = fmt::format("Số {}-BC/{}", blank, party_symbol(u->kind));
    h.motto = "ĐẢNG CỘNG SẢN VIỆT NAM";
    h.subject = period.kind() == PeriodKind::year
                    ? fmt::format(
                          "kết quả công tác xây dựng Đảng và thực hiện nhiệm vụ chính trị {}, phương hướng, "
                          "nhiệm vụ năm {}",
                          phrase, period.year() + 1)
                    : fmt::format("kết quả công tác xây dựng Đảng và thực hiện nhiệm vụ chính trị {}", phrase);
    h.recipients = {parents.empty() ? "Ban Bí thư," : "Ban Thường vụ cấp ủy cấp trên,",
                    "Các đồng chí ủy viên Ban Chấp hành,", "Các tổ chức đảng trực thuộc,", "Lưu Văn phòng cấp ủy."};
    h.signature_for = grassroots(u->kind) ? "T/M ĐẢNG ỦY" : "T/M BAN THƯỜNG VỤ";
    h.signature_title = "BÍ THƯ";
  } else {
    h.issuer = "ỦY BAN NHÂN DÂN " + upper_vi(u->name);
    h.number = fmt::format("Số: {}/BC-UBND", blank);
    h.motto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    h.motto_second = "Độc lập - Tự do - Hạnh phúc";
    h.subject = period.kind() == PeriodKind::year
                    ? fmt::format(
                          "tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội {}, phương hướng, nhiệm vụ "
                          "năm {}",
                          phrase, period.year() + 1)
                    : fmt::format("tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội {}", phrase);
    h.recipients = {"Ủy ban nhân dân cấp trên (để báo cáo);", "Thường trực cấp ủy, Hội đồng nhân dân cùng cấp;",
                    "Lưu: VT."};
    h.signature_for = "TM. ỦY BAN NHÂN DÂN";
    h.signature_title = "CHỦ TỊCH";
  }
  h.place_date = place_date(place_name(u->name), options.date);
  h.kind = "BÁO CÁO";
  return h;
}

}  // namespace sen::reports
