#include "wiring/modules.hpp"

#include <mutex>

#include "oversight/figures.hpp"
#include "projects/figures.hpp"
#include "projects/projects.hpp"
#include "targets/targets.hpp"
#include "tasks/link_kinds.hpp"

namespace sen::wiring {

void install_modules() {
  static std::once_flag once;
  std::call_once(once, [] {
    projects::register_figure_source();
    oversight::register_figure_source();
    tasks::register_link_kind("indicator",
                              [](db::Connection& c, const std::string& code) { targets::indicator(c, code); });
    tasks::register_link_kind("project", [](db::Connection& c, const std::string& code) { projects::get(c, code); });
  });
}

}  // namespace sen::wiring
