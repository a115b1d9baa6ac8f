// Helpers shared by the oversight module's files; not part of its interface.
#pragma once
#include <string>

#include "base/date.hpp"
#include "db/database.hpp"
#include "oversight/model.hpp"
#include "units/model.hpp"

namespace sen::oversight::detail {

// The unit as it stood on the day (clamped to its lifetime), which must be a party unit;
// Error unit.not_party naming `field` otherwise.
units::Unit party_unit(db::Connection& c, const std::string& code, Date day, const std::string& field);
void require_name(const std::string& text, const char* field);
// Where the 20% cap counts for a subject.
std::string rated_within(db::Connection& c, const Subject& s, Date day);

}  // namespace sen::oversight::detail
