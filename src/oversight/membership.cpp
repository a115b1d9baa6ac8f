// Members and their admission.
#include "base/error.hpp"
#include "oversight/common.hpp"
#include "oversight/messages.hpp"
#include "oversight/oversight.hpp"
#include "oversight/rules.hpp"
#include "oversight/store.hpp"
#include "units/rules.hpp"

namespace sen::oversight {

using namespace detail;

Member member(db::Connection& c, const std::string& code) {
  auto m = store::find_member(c, code);
  if (!m) throw messages::error<"member.not_found">("", code);
  return *m;
}

std::vector<Member> members(db::Connection& c) {
  return store::members(c);
}

namespace {

void validate(db::Connection& c, const Member& m) {
  units::check_code(m.code, "code");
  require_name(m.full_name, "full_name");
  if (m.birth_year < 1900 || m.birth_year > 2100) throw messages::error<"member.birth_year_invalid">("birth_year");
  if (m.admitted_on.year() - m.birth_year < 18) throw messages::error<"member.admitted_under_18">("birth_year");
  party_unit(c, m.organisation, m.admitted_on, "organisation");
  if (m.full_member_on && *m.full_member_on < m.admitted_on) {
    throw messages::error<"member.full_before_admission">("full_member_on");
  }
}

}  // namespace

Member create_member(db::Connection& c, Member m) {
  validate(c, m);
  if (store::find_member(c, m.code)) throw messages::error<"member.code_taken">("code", m.code);
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
  if (a.birth_year < 1900 || a.birth_year > 2100) throw messages::error<"member.birth_year_invalid">("birth_year");
  party_unit(c, a.organisation, today_in_vietnam(), "organisation");
  a.status = AdmissionStatus::candidate;
  a.id = store::insert_admission(c, a, utc_timestamp());
  return get_admission(c, a.id);
}

Admission get_admission(db::Connection& c, std::int64_t id) {
  auto a = store::find_admission(c, id);
  if (!a) throw messages::error<"admission.not_found">("", std::to_string(id));
  return *a;
}

std::vector<Admission> admissions(db::Connection& c) {
  return store::admissions(c);
}

Admission record_step(db::Connection& c, std::int64_t id, const AdmissionStep& s) {
  auto a = get_admission(c, id);
  bool before = is_admission_form(s.form), after = is_confirmation_form(s.form);
  if (!before && !after) throw messages::error<"admission.form_unknown">("form");
  if (after && a.status != AdmissionStatus::probation) throw messages::error<"admission.probation_form">("form");
  if (before && a.status != AdmissionStatus::candidate) throw messages::error<"admission.already_decided">("form");
  for (const auto& done : a.steps) {
    if (done.form == s.form) throw messages::error<"admission.step_done">("form", s.form);
  }
  store::insert_admission_step(c, id, s);
  return get_admission(c, id);
}

Admission admit(db::Connection& c, std::int64_t id, const std::string& decision, Date on,
                const std::string& member_code, std::int64_t version) {
  auto a = get_admission(c, id);
  if (a.status != AdmissionStatus::candidate) throw messages::error<"admission.already_decided">("status");
  require_name(decision, "decision");
  int age = on.year() - a.birth_year;
  if (age < 18 || age > 60) throw messages::error<"admission.age">("birth_year", a.birth_year);
  create_member(c, Member{member_code, a.candidate, a.birth_year, a.organisation, on, std::nullopt,
                          MemberStatus::probationary, std::nullopt, a.illustrative, 1});
  a.decision = decision;
  a.admitted_on = on;
  a.probation_due = probation_due(on);
  a.member_code = member_code;
  a.status = AdmissionStatus::probation;
  if (!store::update_admission(c, a, version)) throw stale_version(version, a.version);
  return get_admission(c, id);
}

Admission confirm(db::Connection& c, std::int64_t id, const std::string& decision, Date on, std::int64_t version) {
  auto a = get_admission(c, id);
  if (a.status != AdmissionStatus::probation) throw messages::error<"admission.not_in_probation">("status");
  require_name(decision, "decision");
  if (on < *a.probation_due) throw messages::error<"admission.probation_not_over">("confirmed_on", *a.probation_due);
  auto m = member(c, *a.member_code);
  m.status = MemberStatus::full;
  m.full_member_on = on;
  change_member(c, m, m.version);
  a.confirmed_on = on;
  a.confirmation_decision = decision;
  a.status = AdmissionStatus::confirmed;
  if (!store::update_admission(c, a, version)) throw stale_version(version, a.version);
  return get_admission(c, id);
}

}  // namespace sen::oversight
