#include "petitions/json.hpp"

#include "base/json.hpp"

namespace sen::petitions {

namespace bj = boost::json;
using json::nullable;

bj::object to_json(const View& v) {
  const Petition& p = v.petition;
  const State& s = v.state;
  return {{"id", p.id},
          {"tracking_code", p.tracking_code},
          {"channel", p.channel},
          {"received_on", p.received_on.iso()},
          {"types", bj::value_from(p.types)},
          {"field", p.field},
          {"content", p.content},
          {"concerned_unit", nullable(p.concerned_unit)},
          {"concerned_person", nullable(p.concerned_person)},
          {"handling_unit", p.handling_unit},
          {"handling_unit_name", v.handling_unit_name},
          {"anonymous", p.anonymous},
          {"petitioner_count", p.petitioner_count},
          {"petitioner", nullable(v.petitioner)},
          {"round", p.round},
          {"previous_id", p.previous_id ? bj::value(*p.previous_id) : bj::value(nullptr)},
          {"duplicate_of", p.duplicate_of ? bj::value(*p.duplicate_of) : bj::value(nullptr)},
          {"variant", p.variant},
          {"illustrative", p.illustrative},
          {"status", s.status},
          {"status_text", status_text(s.status)},
          {"open", s.open},
          {"due", nullable(s.due)},
          {"days_left", s.days_left ? bj::value(*s.days_left) : bj::value(nullptr)},
          {"accepted_on", nullable(s.accepted_on)},
          {"closed_on", nullable(s.closed_on)},
          {"result", nullable(s.result)},
          {"on_time", s.on_time ? bj::value(*s.on_time) : bj::value(nullptr)},
          {"extensions", s.extensions},
          {"long_unresolved", v.long_unresolved},
          {"duplicates", v.duplicates},
          {"version", p.version}};
}

bj::object to_json(const Event& e) {
  return {{"id", e.id},
          {"kind", e.kind},
          {"date", e.on.iso()},
          {"note", nullable(e.note)},
          {"reason", nullable(e.reason)},
          {"recipient", nullable(e.recipient)},
          {"decision_number", nullable(e.decision_number)},
          {"decision_date", nullable(e.decision_date)},
          {"new_deadline", nullable(e.new_deadline)},
          {"result", nullable(e.result)},
          {"partial", e.partial},
          {"recorded_by", e.recorded_by}};
}

bj::object to_json(const Person& p) {
  return {
      {"name", p.name}, {"address", nullable(p.address)}, {"phone", nullable(p.phone)}, {"email", nullable(p.email)}};
}

}  // namespace sen::petitions
