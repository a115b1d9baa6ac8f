// Pure checks on units, independent of storage. Each throws sen::Error naming the field.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "units/model.hpp"

namespace sen::units {

// 1–32 characters: letters, digits, '-', '_', '.'; starting with a letter or digit.
void check_code(const std::string& code, const std::string& field = "code");
// The unit kind of that name; Error unit.kind_unknown on field "kind", listing the kinds, otherwise.
UnitKind kind_named(std::string_view name);

// The day a unit is shown for when asked about `at`: `at` itself while the unit exists,
// otherwise the nearest day on which it existed.
Date clamp_to_life(Date at, Date valid_from, const std::optional<Date>& valid_to);

// Whether `at` falls within [from, to] (to = none means open-ended).
bool holds_on(Date at, Date from, const std::optional<Date>& to);

}  // namespace sen::units
