#include "tasks/link_kinds.hpp"

#include <stdexcept>
#include <utility>

#include "base/error.hpp"

namespace sen::tasks {

namespace {

std::vector<std::pair<std::string, RequireExists>>& registry() {
  static std::vector<std::pair<std::string, RequireExists>> kinds;
  return kinds;
}

}  // namespace

void register_link_kind(std::string kind, RequireExists require_exists) {
  for (const auto& [known, check] : registry()) {
    if (known == kind) throw std::logic_error("task link kind registered twice: " + kind);
  }
  registry().emplace_back(std::move(kind), std::move(require_exists));
}

std::vector<std::string> link_kinds() {
  std::vector<std::string> out;
  for (const auto& [kind, check] : registry()) out.push_back(kind);
  return out;
}

void require_link_target(db::Connection& c, const char* field, const std::string& kind, const std::string& ref) {
  require_one_of(field, kind, link_kinds());
  for (const auto& [known, check] : registry()) {
    if (known == kind) check(c, ref);
  }
}

}  // namespace sen::tasks
