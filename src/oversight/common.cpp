#include "oversight/common.hpp"

#include <fmt/format.h>

#include "base/error.hpp"
#include "oversight/oversight.hpp"
#include "units/units.hpp"

namespace sen::oversight::detail {

units::Unit party_unit(db::Connection& c, const std::string& code, Date day, const std::string& field) {
  auto u = units::find_clamped(c, code, day);
  if (!u || !units::is_party_kind(u->kind)) {
    throw invalid_field(field, fmt::format("'{}' không phải là tổ chức đảng", code),
                        fmt::format("'{}' is not a party organisation", code));
  }
  return *u;
}

void require_name(const std::string& text, const char* field) {
  if (text.empty()) throw invalid_field(field, "Không được để trống", "This field is required");
}

std::string rated_within(db::Connection& c, const Subject& s, Date day) {
  if (s.kind == "member") {
    auto m = member(c, s.code);
    return grassroots_of(c, m.organisation, day).value_or(m.organisation);
  }
  auto u = party_unit(c, s.code, day, "subject");
  if (!u.parent)
    throw invalid_field("subject", "Tổ chức đảng này không có cấp trên", "This organisation has no superior");
  return *u.parent;
}

}  // namespace sen::oversight::detail
