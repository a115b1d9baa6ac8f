#include "oversight/json.hpp"

#include <type_traits>

#include "base/json.hpp"
#include "base/model.hpp"

namespace sen::oversight {

namespace bj = boost::json;

namespace {

// Counts by their key: a text, or a described enum's name (a form of discipline).
template <class K>
bj::object counts(const std::map<K, int>& m) {
  bj::object o;
  for (const auto& [k, v] : m) {
    if constexpr (std::is_enum_v<K>)
      o[model::enum_text(k)] = v;
    else
      o[k] = v;
  }
  return o;
}

// The sentence's clauses, each with whether it counts an invented record: marked where shown.
bj::array clauses_json(const std::vector<Stats::Clause>& clauses) {
  bj::array out;
  for (const auto& c : clauses) out.push_back(bj::object{{"text", c.text}, {"illustrative", c.illustrative}});
  return out;
}

}  // namespace

bj::object to_json(const Member& m) {
  return model::to_json(m);
}

bj::object to_json(const Remedy& r) {
  return model::to_json(r);
}

// Who entered a record is in the audit trail, not in the record's answer.
bj::object to_json(const Case& k) {
  auto o = model::to_json(k);
  o.erase("created_by");
  o["decision"] = k.decision_text();
  return o;
}

bj::object to_json(const Discipline& d) {
  auto o = model::to_json(d);
  o.erase("created_by");
  return o;
}

bj::object to_json(const Rating& r) {
  auto o = model::to_json(r);
  o.erase("recorded_by");
  return o;
}

bj::object to_json(const Admission& a) {
  return model::to_json(a);
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
          // Which figures count a record the demo data invented and are not stated so by an issued
          // report: marked wherever they are shown.
          {"illustrative",
           {{"inspection", s.inspection_illustrative},
            {"supervision", s.supervision_illustrative},
            {"discipline", s.discipline_illustrative},
            {"discipline_forms", s.discipline_forms_illustrative},
            {"cases", s.cases_illustrative},
            {"admissions", s.admissions_illustrative}}},
          {"reported", counts(s.reported)},
          {"reported_source", s.reported_source ? bj::value(*s.reported_source) : bj::value(nullptr)},
          {"sentence", s.sentence},
          {"clauses", clauses_json(s.clauses)}};
}

}  // namespace sen::oversight
