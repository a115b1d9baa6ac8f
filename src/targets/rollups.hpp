// Roll-ups: for a unit, a period and an indicator added up or averaged over units, the figures
// every child of the unit entered, added up in the children's order as the resolver adds them
// (targets/actuals.hpp), so that a province's figure reads one row instead of every commune's.
// They are rewritten in the transaction that writes a value, for every unit that was ever the
// value's unit's parent. Each is valid for the children of one day (the period's last day, or
// the unit's last day if it closed before) under one version of the hierarchy: a unit created,
// changed or closed makes every roll-up stale — never read, and rewritten by the next value
// entered under the unit or by refresh_all (`sen rollups refresh`).
#pragma once
#include <cstddef>
#include <optional>
#include <vector>

#include "base/date.hpp"
#include "base/period.hpp"
#include "db/connection.hpp"
#include "targets/model.hpp"
#include "units/model.hpp"

namespace sen::targets::rollups {

// The day whose children a unit's figure for `period` adds up: `map` when given, else the
// period's last day; never after the unit's last day.
Date children_day(const units::Lifetime& life, const Period& period, const std::optional<Date>& map = std::nullopt);

// Whether figures of the indicator are rolled up (added up or averaged over the children).
bool rolled_up(const Indicator& indicator);

// Rewrites the roll-ups the written values change (plans change none).
void refresh_after(db::Connection& c, const std::vector<Value>& written);

// Rewrites every roll-up; the number written.
std::size_t refresh_all(db::Connection& c);

}  // namespace sen::targets::rollups
