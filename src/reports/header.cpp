#include "reports/header.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "base/error.hpp"
#include "base/text.hpp"
#include "reports/messages.hpp"
#include "units/messages.hpp"
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

using units::UnitKind;

// A commune-level unit: its committee is a grassroots Đảng ủy.
bool grassroots(UnitKind kind) {
  switch (kind) {
    case UnitKind::ward:
    case UnitKind::commune:
    case UnitKind::township:
    case UnitKind::special_zone:
      return true;
    case UnitKind::nation:
    case UnitKind::province:
    case UnitKind::city:
    case UnitKind::town:
    case UnitKind::district:
    case UnitKind::party_committee:
    case UnitKind::party_organization:
    case UnitKind::party_cell:
    case UnitKind::agency:
      return false;
  }
  return false;
}

// The committee of a unit of this kind as documents name it in running text: "Thành ủy".
std::string committee_word(UnitKind kind) {
  switch (kind) {
    case UnitKind::nation:
      return "Ban Chấp hành Trung ương";
    case UnitKind::province:
      return "Tỉnh ủy";
    case UnitKind::city:
      return "Thành ủy";
    case UnitKind::town:
      return "Thị ủy";
    case UnitKind::district:
      return "Huyện ủy";
    case UnitKind::ward:
    case UnitKind::commune:
    case UnitKind::township:
    case UnitKind::special_zone:
    case UnitKind::party_committee:
    case UnitKind::party_organization:
    case UnitKind::party_cell:
    case UnitKind::agency:
      return "Đảng ủy";
  }
  return "Đảng ủy";
}

// The kind of an administrative unit in running text: "thành phố", "phường"; empty for any other.
std::string kind_word(UnitKind kind) {
  switch (kind) {
    case UnitKind::province:
      return "tỉnh";
    case UnitKind::city:
      return "thành phố";
    case UnitKind::town:
      return "thị xã";
    case UnitKind::district:
      return "huyện";
    case UnitKind::ward:
      return "phường";
    case UnitKind::commune:
      return "xã";
    case UnitKind::township:
      return "thị trấn";
    case UnitKind::special_zone:
      return "đặc khu";
    case UnitKind::nation:
    case UnitKind::party_committee:
    case UnitKind::party_organization:
    case UnitKind::party_cell:
    case UnitKind::agency:
      return "";
  }
  return "";
}

// A unit of the state's administrative hierarchy (not a Party organisation nor an agency).
bool administrative(UnitKind kind) {
  return !kind_word(kind).empty();
}

// The Party committee of an administrative unit as the header names it.
std::string party_committee(const units::Unit& u) {
  if (grassroots(u.kind)) return "ĐẢNG ỦY " + upper_vi(u.name);
  if (administrative(u.kind)) return upper_vi(committee_word(u.kind)) + " " + upper_vi(place_name(u.name));
  return upper_vi(u.name);
}

// The symbol after the number: TU for a provincial, city or town committee, HU for a district,
// ĐU for a grassroots one.
std::string party_symbol(UnitKind kind) {
  if (kind == UnitKind::district) return "HU";
  if (grassroots(kind)) return "ĐU";
  return "TU";
}

struct Place {
  units::Unit unit;
  std::optional<units::Unit> parent;
};

Place place_of(db::Connection& c, const std::string& unit, const Period& period) {
  Date day = period.days().last;
  auto u = units::find_clamped(c, unit, day);
  if (!u) throw units::messages::error<"unit.not_found">("", unit);
  if (u->kind == UnitKind::nation) throw messages::error<"report.unit_national">("unit", u->name, u->code);
  Date within = std::clamp(day, u->valid_from, std::max(u->valid_from, u->valid_to.value_or(day)));
  auto parents = units::ancestors(c, unit, within);
  Place p{*u, std::nullopt};
  if (!parents.empty()) p.parent = parents.front();
  return p;
}

std::vector<std::string> party_recipients(const Place& p) {
  const auto& kind = p.unit.kind;
  std::string superior = p.parent && administrative(p.parent->kind)
                             ? "Ban Thường vụ " + committee_word(p.parent->kind) + " (để báo cáo),"
                             : "Ban Bí thư Trung ương Đảng (để báo cáo),";
  std::string members =
      grassroots(kind) ? "Các đồng chí Đảng ủy viên," : "Các đồng chí " + committee_word(kind) + " viên,";
  std::string below = grassroots(kind) ? "Các chi bộ trực thuộc," : "Các tổ chức cơ sở đảng trực thuộc,";
  return {superior, members, below, "Lưu Văn phòng " + committee_word(kind) + "."};
}

std::vector<std::string> state_recipients(const Place& p) {
  const auto& kind = p.unit.kind;
  std::string superior = p.parent && administrative(p.parent->kind)
                             ? "Ủy ban nhân dân " + kind_word(p.parent->kind) + " (để báo cáo);"
                             : "Chính phủ (để báo cáo);";
  std::string standing =
      "Thường trực " + committee_word(kind) + ", Thường trực Hội đồng nhân dân " + kind_word(kind) + ";";
  return {superior, standing, "Lưu: VT."};
}

}  // namespace

std::string place_date(const std::string& place, Date date) {
  std::string day = date.day() < 10 ? fmt::format("0{}", date.day()) : std::to_string(date.day());
  std::string month = date.month() < 3 ? fmt::format("0{}", date.month()) : std::to_string(date.month());
  return fmt::format("{}, ngày {} tháng {} năm {}", place, day, month, date.year());
}

std::vector<std::string> default_recipients(db::Connection& c, const std::string& unit, const Period& period,
                                            Issuer issuer) {
  auto place = place_of(c, unit, period);
  return issuer == Issuer::party ? party_recipients(place) : state_recipients(place);
}

Header make_header(db::Connection& c, const std::string& unit, const Period& period, const HeaderOptions& options) {
  auto place = place_of(c, unit, period);
  const auto& u = place.unit;
  std::string phrase = period.vietnamese();
  bool annual = period.kind() == PeriodKind::year;
  Header h;
  h.form = options.issuer;
  // Without a number, room to write it by hand: no-break spaces, which HTML does not collapse.
  std::string blank = options.number.value_or("\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0");
  if (options.issuer == Issuer::party) {
    // A province's committee answers to the Central Committee, which the motto names already.
    if (place.parent && place.parent->kind != UnitKind::nation) h.superior = "ĐẢNG BỘ " + upper_vi(place.parent->name);
    h.issuer = {party_committee(u)};
    h.number = fmt::format("Số {}-BC/{}", blank, party_symbol(u.kind));
    h.motto = "ĐẢNG CỘNG SẢN VIỆT NAM";
    h.subject = annual ? fmt::format(
                             "kết quả công tác xây dựng Đảng và thực hiện nhiệm vụ chính trị {}, phương hướng, "
                             "nhiệm vụ năm {}",
                             phrase, period.year() + 1)
                       : fmt::format("kết quả công tác xây dựng Đảng và thực hiện nhiệm vụ chính trị {}", phrase);
    h.recipients = party_recipients(place);
    h.signature_for = grassroots(u.kind) ? "T/M ĐẢNG ỦY" : "T/M BAN THƯỜNG VỤ";
    h.signature_title = "BÍ THƯ";
  } else {
    // The body's name on two lines, broken where an office breaks it: after "ỦY BAN NHÂN DÂN".
    h.issuer = {"ỦY BAN NHÂN DÂN", upper_vi(u.name)};
    h.number = fmt::format("Số: {}/BC-UBND", blank);
    h.motto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    h.motto_second = "Độc lập - Tự do - Hạnh phúc";
    h.subject = annual ? fmt::format(
                             "tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội {}, phương hướng, nhiệm vụ "
                             "năm {}",
                             phrase, period.year() + 1)
                       : fmt::format("tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội {}", phrase);
    h.recipients = state_recipients(place);
    h.signature_for = "TM. ỦY BAN NHÂN DÂN";
    h.signature_title = "CHỦ TỊCH";
  }
  if (options.recipients) h.recipients = *options.recipients;
  h.signer = options.signer;
  h.place_date = place_date(place_name(u.name), options.date);
  h.kind = "BÁO CÁO";
  if (!annual) {
    auto window = period.cutoff();
    h.cutoff = fmt::format("Thời gian chốt số liệu (Nghị định 09/2019/NĐ-CP): từ ngày {} đến ngày {}",
                           window.first.vietnamese(), window.last.vietnamese());
  }
  return h;
}

}  // namespace sen::reports
