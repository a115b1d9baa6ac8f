#include "targets/figure_sources.hpp"

#include <algorithm>
#include <stdexcept>

namespace sen::targets {

namespace {

std::vector<FigureSource>& registry() {
  static std::vector<FigureSource> sources;
  return sources;
}

}  // namespace

void register_figure_source(FigureSource source) {
  for (const auto& name : source.names) {
    if (figure_source(name)) throw std::logic_error("figure source registered twice: " + name);
  }
  registry().push_back(std::move(source));
}

const FigureSource* figure_source(std::string_view name) {
  for (const auto& s : registry()) {
    if (std::find(s.names.begin(), s.names.end(), name) != s.names.end()) return &s;
  }
  return nullptr;
}

std::vector<std::string> figure_source_names() {
  std::vector<std::string> out;
  for (const auto& s : registry()) out.insert(out.end(), s.names.begin(), s.names.end());
  return out;
}

}  // namespace sen::targets
