// Members and their admission.
#include <fmt/format.h>

#include "base/error.hpp"
#include "oversight/common.hpp"
#include "oversight/oversight.hpp"
#include "oversight/rules.hpp"
#include "oversight/store.hpp"
#include "units/rules.hpp"

namespace sen::oversight {

using namespace detail;

Member member(db::Connection& c, const std::string& code) {
  auto m = store::find_member(c, code);
  if (!m) throw not_found("đảng viên", "party member", code);
  return *m;
}

std::vector<Member> members(db::Connection& c) {
  return store::members(c);
}

namespace {

void validate(db::Connection& c, const Member& m) {
  units::check_code(m.code, "code");
  require_name(m.full_name, "full_name");
  if (m.birth_year < 1900 || m.birth_year > 2100)
    throw invalid_field("birth_year", "Năm sinh không hợp lệ", "Invalid birth year");
  if (m.admitted_on.year() - m.birth_year < 18) {
    throw invalid_field("birth_year", "Đảng viên được kết nạp khi đủ 18 tuổi trở lên",
                        "A member is admitted at 18 or older");
  }
  require_one_of("status", m.status, kMemberStatuses);
  party_unit(c, m.organisation, m.admitted_on, "organisation");
  if (m.full_member_on && *m.full_member_on < m.admitted_on) {
    throw invalid_field("full_member_on", "Ngày chính thức không được trước ngày kết nạp",
                        "Full membership cannot precede admission");
  }
}

}  // namespace

Member create_member(db::Connection& c, Member m) {
  validate(c, m);
  if (store::find_member(c, m.code)) {
    throw Error(ErrorKind::conflict, "member.code_taken", fmt::format("Mã đảng viên '{}' đã có", m.code),
                fmt::format("Member code '{}' is taken", m.code), "code");
  }
  store::insert_member(c, m, utc_timestamp());
  return member(c, m.code);
}

Member change_member(db::Connection& c, const Member& edited, std::int64_t version) {
  auto current = member(c, edited.code);
  validate(c, edited);
  if (!store::update_member(c, edited, version)) throw stale_version(version, current.version);
  return member(c, edited.code);
}

Admission open_admission(db::Connection& c, Admission a) {
  require_name(a.candidate, "candidate");
  if (a.birth_year < 1900 || a.birth_year > 2100)
    throw invalid_field("birth_year", "Năm sinh không hợp lệ", "Invalid birth year");
  party_unit(c, a.organisation, today_in_vietnam(), "organisation");
  a.status = "candidate";
  a.id = store::insert_admission(c, a, utc_timestamp());
  return get_admission(c, a.id);
}

Admission get_admission(db::Connection& c, std::int64_t id) {
  auto a = store::find_admission(c, id);
  if (!a) throw not_found("hồ sơ kết nạp", "admission", std::to_string(id));
  return *a;
}

std::vector<Admission> admissions(db::Connection& c) {
  return store::admissions(c);
}

Admission record_step(db::Connection& c, std::int64_t id, const AdmissionStep& s) {
  auto a = get_admission(c, id);
  bool before = is_admission_form(s.form), after = is_confirmation_form(s.form);
  if (!before && !after) {
    throw invalid_field("form", "Mẫu phải là 1-KNĐ … 15-KNĐ", "The form is one of 1-KNĐ … 15-KNĐ");
  }
  if (after && a.status != "probation") {
    throw Error(ErrorKind::conflict, "admission.not_in_probation", "Mẫu 10-KNĐ … 15-KNĐ dùng trong thời gian dự bị",
                "Forms 10-KNĐ … 15-KNĐ belong to the probation", "form");
  }
  if (before && a.status != "candidate") {
    throw Error(ErrorKind::conflict, "admission.already_decided", "Hồ sơ đã có quyết định kết nạp",
                "The admission is already decided", "form");
  }
  for (const auto& done : a.steps) {
    if (done.form == s.form) {
      throw Error(ErrorKind::conflict, "admission.step_done", fmt::format("Mẫu {} đã có", s.form),
                  fmt::format("Form {} is already recorded", s.form), "form");
    }
  }
  store::insert_admission_step(c, id, s);
  return get_admission(c, id);
}

Admission admit(db::Connection& c, std::int64_t id, const std::string& decision, Date on,
                const std::string& member_code, std::int64_t version) {
  auto a = get_admission(c, id);
  if (a.status != "candidate") {
    throw Error(ErrorKind::conflict, "admission.already_decided", "Hồ sơ đã có quyết định kết nạp",
                "The admission is already decided", "status");
  }
  require_name(decision, "decision");
  int age = on.year() - a.birth_year;
  if (age < 18 || age > 60) {
    throw Error(ErrorKind::unprocessable, "admission.age",
                fmt::format("Người vào Đảng phải từ đủ 18 đến 60 tuổi (năm sinh {})", a.birth_year),
                fmt::format("A candidate must be 18 to 60 years old (born {})", a.birth_year), "birth_year");
  }
  create_member(c, Member{member_code, a.candidate, a.birth_year, a.organisation, on, std::nullopt, "probationary",
                          std::nullopt, a.illustrative, 1});
  a.decision = decision;
  a.admitted_on = on;
  a.probation_due = probation_due(on);
  a.member_code = member_code;
  a.status = "probation";
  if (!store::update_admission(c, a, version)) throw stale_version(version, a.version);
  return get_admission(c, id);
}

Admission confirm(db::Connection& c, std::int64_t id, const std::string& decision, Date on, std::int64_t version) {
  auto a = get_admission(c, id);
  if (a.status != "probation") {
    throw Error(ErrorKind::conflict, "admission.not_in_probation",
                "Chưa có quyết định kết nạp hoặc đã công nhận chính thức", "Not in probation", "status");
  }
  require_name(decision, "decision");
  if (on < *a.probation_due) {
    throw Error(ErrorKind::unprocessable, "admission.probation_not_over",
                fmt::format("Thời gian dự bị 12 tháng kết thúc ngày {}", a.probation_due->vietnamese()),
                fmt::format("The 12-month probation ends on {}", a.probation_due->iso()), "confirmed_on");
  }
  auto m = member(c, *a.member_code);
  m.status = "full";
  m.full_member_on = on;
  change_member(c, m, m.version);
  a.confirmed_on = on;
  a.confirmation_decision = decision;
  a.status = "confirmed";
  if (!store::update_admission(c, a, version)) throw stale_version(version, a.version);
  return get_admission(c, id);
}

}  // namespace sen::oversight
