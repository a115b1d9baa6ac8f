// SQL for succession shares; no rules here.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "db/connection.hpp"
#include "units/lineage.hpp"

namespace sen::units::store {

// Shares where the unit is the predecessor or the successor, by predecessor, successor, basis.
std::vector<SuccessionShare> shares_involving(db::Connection& c, const std::string& code);
std::optional<SuccessionShare> find_share(db::Connection& c, const std::string& predecessor,
                                          const std::string& successor, const std::string& basis);
void delete_shares(db::Connection& c, const std::string& predecessor, const std::string& basis);
void insert_share(db::Connection& c, const SuccessionShare& s);

}  // namespace sen::units::store
