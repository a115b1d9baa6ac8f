#include "oversight/rules.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "base/error.hpp"
#include "oversight/messages.hpp"

namespace sen::oversight {

namespace {

int form_number(const std::string& form) {
  // "12-KNĐ" → 12; 0 when not of that shape.
  auto dash = form.find('-');
  if (dash == std::string::npos || dash == 0 || form.substr(dash) != "-KNĐ") return 0;
  int n = 0;
  for (std::size_t i = 0; i < dash; ++i) {
    if (form[i] < '0' || form[i] > '9') return 0;
    n = n * 10 + (form[i] - '0');
  }
  return n;
}

}  // namespace

const char* form_name(Form form) {
  switch (form) {
    case Form::khien_trach:
      return "khiển trách";
    case Form::canh_cao:
      return "cảnh cáo";
    case Form::cach_chuc:
      return "cách chức";
    case Form::khai_tru:
      return "khai trừ";
    case Form::giai_tan:
      return "giải tán";
  }
  return "?";
}

std::vector<Form> allowed_forms(SubjectKind subject_kind, std::optional<MemberStatus> member_status, bool holds_post) {
  if (subject_kind == SubjectKind::organisation) return {Form::khien_trach, Form::canh_cao, Form::giai_tan};
  if (member_status == MemberStatus::probationary) return {Form::khien_trach, Form::canh_cao};
  if (holds_post) return {Form::khien_trach, Form::canh_cao, Form::cach_chuc, Form::khai_tru};
  return {Form::khien_trach, Form::canh_cao, Form::khai_tru};
}

void check_form(SubjectKind subject_kind, std::optional<MemberStatus> member_status, bool holds_post, Form form) {
  auto allowed = allowed_forms(subject_kind, member_status, holds_post);
  if (std::find(allowed.begin(), allowed.end(), form) != allowed.end()) return;
  std::string list;
  for (auto f : allowed) list += (list.empty() ? "" : ", ") + std::string(form_name(f));
  bool organisation = subject_kind == SubjectKind::organisation;
  bool probationary = member_status == MemberStatus::probationary;
  std::string who_vi = organisation   ? "tổ chức đảng"
                       : probationary ? "đảng viên dự bị"
                       : holds_post   ? "đảng viên chính thức"
                                      : "đảng viên chính thức không giữ chức vụ";
  std::string who_en = organisation   ? "a party organisation"
                       : probationary ? "a probationary member"
                       : holds_post   ? "a full member"
                                      : "a full member holding no post";
  throw messages::error<"discipline.form_not_allowed">("form", Localized{form_name(form), model::enum_text(form)},
                                                       Localized{who_vi, who_en}, list);
}

std::optional<int> limitation_years(Form form) {
  switch (form) {
    case Form::khien_trach:
      return 5;
    case Form::canh_cao:
    case Form::cach_chuc:
      return 10;
    case Form::khai_tru:
    case Form::giai_tan:
      return std::nullopt;
  }
  return std::nullopt;
}

std::optional<std::string> check_limitation(Form form, Date violation_on, Date concluded_on) {
  if (concluded_on < violation_on) {
    throw messages::error<"discipline.concluded_before_violation">("concluded_on");
  }
  auto years = limitation_years(form);
  if (!years) return std::nullopt;
  Date ends = violation_on.plus_months(12 * *years);
  if (concluded_on > ends) {
    throw messages::error<"discipline.time_barred">("violation_on", Localized{form_name(form), model::enum_text(form)},
                                                    *years, violation_on, ends, concluded_on);
  }
  if (concluded_on > ends.plus_months(-6)) {
    return fmt::format("Thời hiệu kỷ luật {} hết ngày {}, còn dưới 6 tháng khi kết luận", form_name(form),
                       ends.vietnamese());
  }
  return std::nullopt;
}

Date notice_due(Date decided_on) {
  return decided_on.plus_days(5);
}

const RuleSet& rating_rule_set(const std::vector<RuleSet>& rules, int year) {
  Date day = Date::from_ymd(year, 12, 31);
  for (const auto& r : rules) {
    if (r.subject == "rating" && r.valid_from <= day && (!r.valid_to || day <= *r.valid_to)) return r;
  }
  throw messages::error<"rating.no_rule_set">("year", year);
}

Level band_of(double score) {
  if (score >= 90) return Level::xuat_sac;
  if (score >= 70) return Level::tot;
  if (score >= 50) return Level::hoan_thanh;
  return Level::khong_hoan_thanh;
}

void check_rating(Rating& r, const RuleSet& rules) {
  r.rule_set = rules.code;
  if (r.exempt_reason) {
    if (r.level || r.score) throw messages::error<"rating.exempt_with_level">("exempt_reason");
    return;
  }
  if (rules.scale == "points") {
    if (!r.score || *r.score < 0 || *r.score > 100) throw messages::error<"rating.score_range">("score", rules.code);
    auto band = band_of(*r.score);
    if (!r.level) r.level = band;
    // Levels run best first: one before the band is above it.
    if (*r.level < band) {
      throw messages::error<"rating.above_band">("level", *r.score, model::enum_text(band), rules.code);
    }
  } else {
    if (r.score) throw messages::error<"rating.score_not_used">("score", rules.code);
    if (!r.level) throw messages::error<"rating.level_missing">("level");
  }
}

bool newly_admitted(Date admitted_on, int year) {
  return admitted_on.plus_months(6) > Date::from_ymd(year, 12, 31);
}

void check_cap(int excellent, int good, const std::string& where) {
  if (excellent * 5 <= good) return;
  int most = good / 5;
  throw messages::error<"rating.cap">("level", excellent, good, where, most);
}

Date probation_due(Date admitted_on) {
  return admitted_on.plus_months(12);
}

bool is_admission_form(const std::string& form) {
  int n = form_number(form);
  return n >= 1 && n <= 9;
}

bool is_confirmation_form(const std::string& form) {
  int n = form_number(form);
  return n >= 10 && n <= 15;
}

}  // namespace sen::oversight
