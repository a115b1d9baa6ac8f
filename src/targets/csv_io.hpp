// CSV in and out for targets and values. UTF-8 with or without BOM; numbers in the style the
// caller names explicitly. An import is all or nothing: any bad row and nothing is written, and
// the error lists every problem with its line and column.
//
// values.csv:  indicator,unit,period,vintage,value[,source][,note][,illustrative]
// targets.csv: plan,indicator,unit,period,comparator,value[,value_to][,source][,note][,illustrative][,assigned_by]
// A target already in its plan is replaced by the imported row.
// Columns are found by their header names, in any order; unknown columns are refused.
#pragma once
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/period.hpp"
#include "base/vi_number.hpp"
#include "db/connection.hpp"
#include "targets/model.hpp"

namespace sen::targets {

struct ImportOptions {
  NumberStyle numbers = NumberStyle::plain;
  std::string entered_by;
  bool dry_run = false;  // check everything, write nothing
  // Whether the importer may write data of this unit and period; empty: everything. A row
  // outside turns the whole import into Error forbidden (403), still listing every problem.
  std::function<bool(const std::string& unit, const Period& period)> allowed;
};

struct ImportResult {
  std::size_t rows = 0;
  bool written = false;
  std::vector<Value> value_preview;  // the first rows, as they would be stored
  std::vector<Target> target_preview;
};

// Throws Error(invalid, code "import.bad_rows", details: every problem) when any row is bad.
ImportResult import_values(db::Connection& c, std::string_view csv, const ImportOptions& options);
ImportResult import_targets(db::Connection& c, std::string_view csv, const ImportOptions& options);

// Current values of a unit and period (every vintage), in the import format.
std::string export_values(db::Connection& c, const std::string& unit, const Period& period, NumberStyle numbers);
// Targets of a plan, in the import format.
std::string export_targets(db::Connection& c, const std::string& plan, NumberStyle numbers);

// Number style from its name, "vi" or "plain"; Error naming `field` otherwise.
NumberStyle number_style(const std::string& name, const std::string& field);

}  // namespace sen::targets
