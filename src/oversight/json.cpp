#include "oversight/json.hpp"

#include "base/json.hpp"

namespace sen::oversight {

namespace bj = boost::json;
using json::nullable;

namespace {

bj::object subject_json(const Subject& s) {
  return {{"kind", s.kind}, {"code", s.code}};
}

bj::object counts(const std::map<std::string, int>& m) {
  bj::object o;
  for (const auto& [k, v] : m) o[k] = v;
  return o;
}

}  // namespace

bj::object to_json(const Member& m) {
  return {{"code", m.code},
          {"full_name", m.full_name},
          {"birth_year", m.birth_year},
          {"organisation", m.organisation},
          {"admitted_on", m.admitted_on.iso()},
          {"full_member_on", nullable(m.full_member_on)},
          {"status", m.status},
          {"posts", nullable(m.posts)},
          {"illustrative", m.illustrative},
          {"version", m.version}};
}

bj::object to_json(const Remedy& r) {
  return {{"id", r.id},
          {"content", r.content},
          {"due", nullable(r.due)},
          {"done_on", nullable(r.done_on)},
          {"note", nullable(r.note)},
          {"version", r.version}};
}

bj::object to_json(const Case& k) {
  bj::array subjects, remedies;
  for (const auto& s : k.subjects) subjects.push_back(subject_json(s));
  for (const auto& r : k.remedies) remedies.push_back(to_json(r));
  return {{"id", k.id},
          {"kind", k.kind},
          {"type", k.type},
          {"body", k.body},
          {"decision", k.decision_text()},
          {"decision_number", k.decision_number},
          {"issuer", k.issuer},
          {"term", k.term},
          {"decided_on", k.decided_on.iso()},
          {"team", nullable(k.team)},
          {"period_from", nullable(k.period_from)},
          {"period_to", nullable(k.period_to)},
          {"conclusion", nullable(k.conclusion)},
          {"concluded_on", nullable(k.concluded_on)},
          {"recommendations", nullable(k.recommendations)},
          {"subjects", std::move(subjects)},
          {"remedies", std::move(remedies)},
          {"illustrative", k.illustrative},
          {"version", k.version}};
}

bj::object to_json(const Discipline& d) {
  return {{"id", d.id},
          {"subject", subject_json(d.subject)},
          {"member_status", nullable(d.member_status)},
          {"form", d.form},
          {"violation_on", d.violation_on.iso()},
          {"concluded_on", d.concluded_on.iso()},
          {"decided_on", d.decided_on.iso()},
          {"decision", d.decision},
          {"body", d.body},
          {"case_id", d.case_id ? bj::value(*d.case_id) : bj::value(nullptr)},
          {"reason", d.reason},
          {"notice_due", nullable(d.notice_due)},
          {"notified_on", nullable(d.notified_on)},
          {"limitation_warning", nullable(d.limitation_warning)},
          {"illustrative", d.illustrative},
          {"version", d.version}};
}

bj::object to_json(const Rating& r) {
  return {{"id", r.id},
          {"year", r.year},
          {"subject", subject_json(r.subject)},
          {"step", r.step},
          {"level", nullable(r.level)},
          {"score", nullable(r.score)},
          {"exempt_reason", nullable(r.exempt_reason)},
          {"rated_within", r.rated_within},
          {"rule_set", r.rule_set},
          {"illustrative", r.illustrative}};
}

bj::object to_json(const Admission& a) {
  bj::array steps;
  for (const auto& s : a.steps)
    steps.push_back({{"form", s.form}, {"done_on", s.done_on.iso()}, {"note", nullable(s.note)}});
  return {{"id", a.id},
          {"candidate", a.candidate},
          {"birth_year", a.birth_year},
          {"organisation", a.organisation},
          {"introducer", nullable(a.introducer)},
          {"decision", nullable(a.decision)},
          {"admitted_on", nullable(a.admitted_on)},
          {"probation_due", nullable(a.probation_due)},
          {"confirmed_on", nullable(a.confirmed_on)},
          {"confirmation_decision", nullable(a.confirmation_decision)},
          {"member_code", nullable(a.member_code)},
          {"status", a.status},
          {"steps", std::move(steps)},
          {"illustrative", a.illustrative},
          {"version", a.version}};
}

bj::object to_json(const Stats& s) {
  return {{"inspection_cases", s.inspection_cases},
          {"organisations_inspected", s.organisations_inspected},
          {"members_inspected", s.members_inspected},
          {"supervision_cases", s.supervision_cases},
          {"organisations_supervised", s.organisations_supervised},
          {"members_supervised", s.members_supervised},
          {"members_disciplined", s.members_disciplined},
          {"organisations_disciplined", s.organisations_disciplined},
          {"member_forms", counts(s.member_forms)},
          {"organisation_forms", counts(s.organisation_forms)},
          {"admissions", s.admissions},
          {"sentence", s.sentence}};
}

}  // namespace sen::oversight
