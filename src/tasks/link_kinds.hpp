// What a task may be linked to (an indicator, a project): each kind is registered once at start-up
// (wiring::install_modules) with the check that its reference exists, so that tasks names no module
// it links to.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "db/connection.hpp"

namespace sen::tasks {

// Throws an Error (not found) when `ref` names nothing of its kind.
using RequireExists = std::function<void(db::Connection& c, const std::string& ref)>;

// Registers a kind; a kind registered twice is a programming error (std::logic_error).
void register_link_kind(std::string kind, RequireExists require_exists);
// Every kind a link may name, in the order of registration.
std::vector<std::string> link_kinds();
// Throws an Error naming `field` for an unknown kind, and the kind's Error for a missing reference.
void require_link_target(db::Connection& c, const char* field, const std::string& kind, const std::string& ref);

}  // namespace sen::tasks
