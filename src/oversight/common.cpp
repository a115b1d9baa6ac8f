#include "oversight/common.hpp"

#include "oversight/messages.hpp"
#include "oversight/oversight.hpp"
#include "units/units.hpp"

namespace sen::oversight::detail {

units::Unit party_unit(db::Connection& c, const std::string& code, Date day, const std::string& field) {
  auto u = units::find_clamped(c, code, day);
  if (!u || !units::is_party_kind(u->kind)) throw messages::error<"unit.not_party">(field, code);
  return *u;
}

void require_name(const std::string& text, const char* field) {
  if (text.empty()) throw messages::error<"field.required">(field);
}

std::string rated_within(db::Connection& c, const Subject& s, Date day) {
  if (s.kind == SubjectKind::member) {
    auto m = member(c, s.code);
    return grassroots_of(c, m.organisation, day).value_or(m.organisation);
  }
  auto u = party_unit(c, s.code, day, "subject");
  if (!u.parent) throw messages::error<"unit.no_superior">("subject");
  return *u.parent;
}

}  // namespace sen::oversight::detail
