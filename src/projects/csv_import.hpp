// Disbursements from CSV, all or nothing: every row is checked by the same rules as one entered
// by hand (plan, window, extensions), in file order, and one bad row means nothing is written and
// every problem is listed with its line.
//
// disbursements.csv: project,plan_year,source,paid_on,amount[,status][,document][,note][,illustrative]
// amount in đồng; status estimate | confirmed (default confirmed).
#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "base/vi_number.hpp"
#include "db/connection.hpp"
#include "projects/projects.hpp"

namespace sen::projects {

struct DisbursementImport {
  NumberStyle numbers = NumberStyle::plain;
  std::string entered_by;
  bool dry_run = false;  // check everything, write nothing
  // Whether the importer may write for a project managed by this unit; empty: everything.
  std::function<bool(const std::string& managing_unit)> allowed;
};

struct DisbursementImportResult {
  std::size_t rows = 0;
  bool written = false;
  std::int64_t total = 0;         // đồng
  std::vector<Recorded> preview;  // the first rows as stored
};

// Throws Error(code "import.bad_rows", details: every problem) when any row is bad.
DisbursementImportResult import_disbursements(db::Connection& c, std::string_view csv,
                                              const DisbursementImport& options);

}  // namespace sen::projects
