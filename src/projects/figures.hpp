// The projects' figures for indicators computed from them (computed_from "projects"): the
// payments of the projects managed in the unit's subtree and their full-year plan, in the
// indicator's money measure.
#pragma once
#include <memory>
#include <optional>
#include <string>

#include "db/connection.hpp"
#include "projects/rates.hpp"
#include "targets/figure_sources.hpp"

namespace sen::projects {

// Registers the source with the targets module (once, at start-up).
void register_figure_source();

// A reader that answers `unit` and `year` from `ledger`, read by the caller already, and reads
// any other unit or year itself.
std::unique_ptr<targets::FigureReader> ledger_reader(db::Connection& c, const std::string& unit, int year,
                                                     std::optional<Ledger> ledger);

}  // namespace sen::projects
