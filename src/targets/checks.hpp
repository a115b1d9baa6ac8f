// Checks of targets and values before they are written, shared by the API and CSV imports.
// Problems are returned, not thrown, so that an import can list every bad row.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/error.hpp"
#include "db/connection.hpp"
#include "targets/messages.hpp"
#include "targets/model.hpp"
#include "units/model.hpp"

namespace sen::targets {

class Checker {
 public:
  explicit Checker(db::Connection& c) : db_(c) {}

  // Problems of a value; empty when it can be recorded. `line` goes into each problem. Its vintage
  // was checked as it was read (read_vintage).
  std::vector<ErrorDetail> check_value(const Value& v, int line = 0);
  std::vector<ErrorDetail> check_target(const Target& t, int line = 0);

  const Indicator* indicator(const std::string& code);

 private:
  // The unit must exist on some day of the period.
  void check_unit_in_period(const std::string& unit, const std::string& period, int line,
                            std::vector<ErrorDetail>& out);
  const units::Lifetime* lifetime(const std::string& unit);

  db::Connection& db_;
  std::map<std::string, std::optional<Indicator>> indicators_;
  std::map<std::string, std::optional<units::Lifetime>> lifetimes_;
  std::map<std::string, std::optional<Plan>> plans_;
};

// The vintage named `text`; nullopt for any other text, adding the problem value.vintage_unknown
// (field "vintage", `line`) to `out`. Values read as text (the API, CSV files, extractions) take
// their vintage from it.
std::optional<Vintage> read_vintage(const std::string& text, int line, std::vector<ErrorDetail>& out);

// Throws the first problem as an invalid-input Error with its own code (for single-record API
// calls); does nothing when there is none.
void throw_first(const std::vector<ErrorDetail>& problems);

}  // namespace sen::targets
