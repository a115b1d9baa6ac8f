// Indicators computed from other modules' records (an indicator's computed_from): the module that
// keeps the records (projects, oversight) registers a source under the names indicators give, and
// the targets module asks it without naming it. Sources are registered once at start-up
// (wiring::install_modules) before any request.
#pragma once
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/period.hpp"
#include "db/connection.hpp"
#include "targets/model.hpp"

namespace sen::targets {

// A figure counted from records: preliminary until an official figure is entered, unless the
// source knows better (payments not yet confirmed by the treasury are an estimate).
struct SourcedFigure {
  double value = 0;
  Vintage vintage = Vintage::preliminary;
  bool illustrative = false;  // some record counted is illustrative
};

// Answers the questions of one request; may read the records once and keep them.
class FigureReader {
 public:
  virtual ~FigureReader() = default;
  virtual std::optional<SourcedFigure> actual(const Indicator& indicator, const std::string& unit,
                                              const Period& period) = 0;
  // The plan the records imply (the capital allocated); nullopt when they imply none.
  virtual std::optional<double> plan(const Indicator& indicator, const std::string& unit, const Period& period) = 0;
};

struct FigureSource {
  std::string module;              // the derivation its figures carry: "projects", "oversight"
  std::vector<std::string> names;  // the computed_from values it answers
  // Throws an Error naming computed_from when the indicator cannot be computed from these records.
  std::function<void(const Indicator&)> check;
  std::function<std::unique_ptr<FigureReader>(db::Connection&)> open;
};

// Registers a source; a name already registered is a programming error (std::logic_error).
void register_figure_source(FigureSource source);
// The source answering `name`; nullptr when none.
const FigureSource* figure_source(std::string_view name);
// Every name a computed_from may take, in the order of registration.
std::vector<std::string> figure_source_names();

}  // namespace sen::targets
