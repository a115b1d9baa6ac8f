// The units module: what other modules, the API and the CLI call. Every function runs inside
// the caller's transaction and throws sen::Error for what the user must fix.
#pragma once
#include <set>
#include <string>
#include <vector>

#include "db/connection.hpp"
#include "units/model.hpp"

namespace sen::units {

// When the code exists; nullopt when it was never used.
std::optional<Lifetime> lifetime(db::Connection& c, const std::string& code);

// `day` moved into the unit's lifetime (its first or last day); `day` itself when the code was
// never used.
Date clamp_to_lifetime(db::Connection& c, const std::string& code, Date day);

// Error invalid naming `field` when the code was never used.
void require_exists(db::Connection& c, const std::string& code, const std::string& field);

// The unit as it stands on `at`; nullopt when it does not exist that day.
std::optional<Unit> find(db::Connection& c, const std::string& code, Date at);

// The unit as it stands on `at` clamped to its lifetime (as it last stood, when closed since);
// nullopt when the code was never used.
std::optional<Unit> find_clamped(db::Connection& c, const std::string& code, Date at);
// The unit's name on `at` (clamped to its lifetime); the code itself when it was never used.
std::string name_at(db::Connection& c, const std::string& code, Date at);
// Units directly under `code` on `at`, by code.
std::vector<Unit> children(db::Connection& c, const std::string& code, Date at);
// The children whose figures add up to the unit's: every child but party organisations.
std::vector<Unit> figure_children(db::Connection& c, const std::string& code, Date at);

// The unit and every unit under it on `at` (clamped to the unit's lifetime); empty when the
// code was never used.
std::set<std::string> subtree(db::Connection& c, const std::string& code, Date at);

// Units existing on `at`, by code, after the code `after`, at most `limit`.
std::vector<Unit> list(db::Connection& c, Date at, const std::string& after, std::size_t limit);

// The unit with its ancestors and children on `at` (clamped to the unit's lifetime) and its
// whole history. Error not_found when the code was never used.
UnitDetail detail(db::Connection& c, const std::string& code, Date at);

// Units closed before `at`, as they last stood, each with the units that took over from it.
std::vector<std::pair<Unit, std::vector<Succession>>> closed_before(db::Connection& c, Date at);

// Ancestors on `at`, parent first.
std::vector<Unit> ancestors(db::Connection& c, const std::string& code, Date at);

// The hierarchy's version: it changes with every unit created, changed or closed, in the same
// transaction (figures derived from the hierarchy are kept for one version: targets/rollups.hpp).
std::int64_t hierarchy_version(db::Connection& c);

// Every unit that was ever the unit's parent, by code.
std::set<std::string> parents_ever(db::Connection& c, const std::string& code);

// Creates a unit. Error conflict when the code was ever used, also by a closed unit.
Unit create(db::Connection& c, const NewUnit& unit);

// Applies an edit; Error conflict when `change.version` is stale or the unit is closed.
Unit change(db::Connection& c, const std::string& code, const UnitChange& change);

// Closes a unit after its last day, recording its successors. Error conflict while units
// still hang under it after that day.
Unit close(db::Connection& c, const std::string& code, const UnitClosure& closure);

}  // namespace sen::units
