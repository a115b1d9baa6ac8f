// The records a period's figures count: each where its unit held it at the period's end.
#pragma once
#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>

#include "base/period.hpp"
#include "db/connection.hpp"
#include "units/handovers.hpp"
#include "units/units.hpp"

namespace sen::units {

// Whether a record counts in a period's figures: the caller `sees` it as it was held at the
// period's end (a record a closed unit handed over later counts where it was), and, when `within`
// is given, that unit then lay in within's subtree (the dashboard's card of a unit). `unit` is the
// record's field naming the unit that holds it; records of `kind` are keyed by their id.
template <class Record>
std::function<bool(const Record&)> as_held(db::Connection& c, const std::string& kind, std::string Record::*unit,
                                           const Period& period, const std::optional<std::string>& within,
                                           std::function<bool(const Record&)> sees) {
  auto holders = std::make_shared<Holders>(c, kind);
  Date end = period.days().last;
  std::optional<std::set<std::string>> inside;
  if (within) inside = subtree(c, *within, end);
  return [sees = std::move(sees), holders, end, inside, unit](const Record& r) {
    Record held = r;
    held.*unit = holders->on(std::to_string(r.id), r.*unit, end);
    return (!inside || inside->count(held.*unit) > 0) && sees(held);
  };
}

}  // namespace sen::units
