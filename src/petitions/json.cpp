#include "petitions/json.hpp"

#include "base/json.hpp"

namespace sen::petitions {

namespace bj = boost::json;
using json::nullable;

// The letter's described members but who received it, then its state and what the view adds.
bj::object to_json(const View& v) {
  const State& s = v.state;
  bj::object o = model::to_json(v.petition);
  o.erase("created_by");
  o["handling_unit_name"] = v.handling_unit_name;
  o["petitioner"] = nullable(v.petitioner);
  o["status"] = model::enum_text(s.status);
  o["status_text"] = status_text(s.status);
  o["open"] = s.open;
  o["due"] = nullable(s.due);
  o["days_left"] = s.days_left ? bj::value(*s.days_left) : bj::value(nullptr);
  o["accepted_on"] = nullable(s.accepted_on);
  o["closed_on"] = nullable(s.closed_on);
  o["result"] = model::json_value(s.result);
  o["on_time"] = s.on_time ? bj::value(*s.on_time) : bj::value(nullptr);
  o["extensions"] = s.extensions;
  o["long_unresolved"] = v.long_unresolved;
  o["duplicates"] = v.duplicates;
  return o;
}

bj::object to_json(const Event& e) {
  return {{"id", e.id},
          {"kind", model::enum_text(e.kind)},
          {"date", e.on.iso()},
          {"note", nullable(e.note)},
          {"reason", nullable(e.reason)},
          {"recipient", nullable(e.recipient)},
          {"decision_number", nullable(e.decision_number)},
          {"decision_date", nullable(e.decision_date)},
          {"new_deadline", nullable(e.new_deadline)},
          {"result", model::json_value(e.result)},
          {"partial", e.partial},
          {"recorded_by", e.recorded_by}};
}

}  // namespace sen::petitions
