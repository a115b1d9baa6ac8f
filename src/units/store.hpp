// SQL for units; no rules here. Functions taking `at` return units as they stand that day.
#pragma once
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "base/search_row.hpp"
#include "db/connection.hpp"
#include "units/model.hpp"

namespace sen::units::store {

// The unit's lifetime whatever the day; nullopt when the code was never used.
std::optional<Lifetime> lifetime(db::Connection& c, const std::string& code);

// The unit on `at`; nullopt when it does not exist that day.
std::optional<Unit> find_at(db::Connection& c, const std::string& code, Date at);

// Units existing on `at` with code > after, by code, at most `limit`.
std::vector<Unit> list_at(db::Connection& c, Date at, const std::string& after, std::size_t limit);

// Units whose last day is before `at`, each as it stood on its last day, by code.
std::vector<Unit> closed_before(db::Connection& c, Date at);

std::vector<Unit> children_at(db::Connection& c, const std::string& code, Date at);
// The unit and every unit below it on `at`, in one query.
std::set<std::string> subtree_at(db::Connection& c, const std::string& code, Date at);

std::vector<UnitState> states(db::Connection& c, const std::string& code);
std::vector<UnitLink> links(db::Connection& c, const std::string& code);
std::vector<Succession> predecessors(db::Connection& c, const std::string& code);
std::vector<Succession> successors(db::Connection& c, const std::string& code);

void insert_unit(db::Connection& c, const NewUnit& unit);
void insert_state(db::Connection& c, const std::string& code, const UnitState& state);
void insert_link(db::Connection& c, const std::string& code, const UnitLink& link);
void insert_succession(db::Connection& c, const Succession& s);

// Sets valid_to of the unit's latest state / link; no-op when it has none.
void end_latest_state(db::Connection& c, const std::string& code, Date last_day);
void end_latest_link(db::Connection& c, const std::string& code, Date last_day);
// Corrects the latest state or link in place.
void correct_latest_state(db::Connection& c, const std::string& code, const UnitState& state);
void correct_latest_link_parent(db::Connection& c, const std::string& code, const std::string& parent);

void set_source(db::Connection& c, const std::string& code, const std::optional<std::string>& source);
void set_valid_to(db::Connection& c, const std::string& code, Date last_day);
// Adds one to the hierarchy's version (every change of a name, kind, parent or lifetime).
void bump_hierarchy_version(db::Connection& c);
std::int64_t hierarchy_version(db::Connection& c);

// Increments the version if it still equals `expected`; false when someone else changed it.
bool bump_version(db::Connection& c, const std::string& code, std::int64_t expected);

// Each unit's code and latest name, for search.
std::vector<SearchRow> search_rows(db::Connection& c, const std::optional<std::string>& key);

}  // namespace sen::units::store

namespace sen::units::store {
// Codes of units that still hang under `code` after `last_day`.
std::vector<std::string> children_after(db::Connection& c, const std::string& code, Date last_day);

}  // namespace sen::units::store
