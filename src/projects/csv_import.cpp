#include "projects/csv_import.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "base/csv_import.hpp"
#include "base/error.hpp"
#include "base/limits.hpp"
#include "base/messages.hpp"
#include "base/model.hpp"
#include "projects/messages.hpp"

namespace sen::projects {

namespace {

constexpr std::size_t kPreviewRows = 20;

// Rolls back what the rows wrote unless released: the import writes through the same rules
// as a single entry, and a dry run or a bad row must leave nothing behind.
class Savepoint {
 public:
  explicit Savepoint(db::Connection& c) : c_(c) { c_.execute_script("SAVEPOINT disbursement_import"); }
  ~Savepoint() {
    if (open_) {
      try {
        undo();
      } catch (...) {  // the enclosing transaction fails and rolls back anyway
      }
    }
  }
  void undo() {
    open_ = false;
    c_.execute_script("ROLLBACK TO SAVEPOINT disbursement_import");
    c_.execute_script("RELEASE SAVEPOINT disbursement_import");
  }
  void keep() {
    open_ = false;
    c_.execute_script("RELEASE SAVEPOINT disbursement_import");
  }

 private:
  db::Connection& c_;
  bool open_ = true;
};

std::optional<int> year_of(const std::string& text, int line, std::vector<ErrorDetail>& problems) {
  if (text.size() == 4 && std::all_of(text.begin(), text.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) {
    return std::stoi(text);
  }
  problems.push_back(messages::detail<"import.not_year">("plan_year", line, text));
  return std::nullopt;
}

// The status column by name, confirmed when empty; Error invalid_choice naming "status" for any other
// text, as a request is refused.
DisbursementStatus status_of(const std::optional<std::string>& text) {
  return text ? json::enum_named(*text, "status", kNewPaymentStatuses) : DisbursementStatus::confirmed;
}

}  // namespace

DisbursementImportResult import_disbursements(db::Connection& c, std::string_view text,
                                              const DisbursementImport& options) {
  std::vector<ErrorDetail> problems;
  DisbursementImportResult result;
  bool forbidden = false;
  std::map<std::string, std::string> managing_unit;  // project → unit, for the scope check
  Savepoint savepoint(c);
  csv::read_rows(text, {"project", "plan_year", "source", "paid_on", "amount"},
                 {"status", "document", "note", "illustrative"}, problems,
                 [&](const csv::Columns& cols, const csv::Record& r) {
                   std::size_t before = problems.size();
                   Disbursement d;
                   d.project = cols.get(r, "project");
                   d.source = cols.get(r, "source");
                   d.document = cols.optional(r, "document");
                   d.note = cols.optional(r, "note");
                   d.illustrative = csv::flag(cols.get(r, "illustrative"), "illustrative", r.line, problems);
                   d.entered_by = options.entered_by;
                   auto year = year_of(cols.get(r, "plan_year"), r.line, problems);
                   auto paid_on = Date::parse(cols.get(r, "paid_on"));
                   if (!paid_on) {
                     problems.push_back(messages::detail<"import.not_date">("paid_on", r.line, cols.get(r, "paid_on")));
                   }
                   auto amount = csv::number(cols.get(r, "amount"), "amount", r.line, options.numbers, problems);
                   if (amount && (*amount != std::floor(*amount) || std::abs(*amount) > kLargest)) {
                     problems.push_back(messages::detail<"import.amount_not_whole">("amount", r.line));
                   }
                   if (problems.size() != before) return;
                   d.plan_year = *year;
                   d.paid_on = *paid_on;
                   d.amount = static_cast<std::int64_t>(*amount);
                   try {
                     if (options.allowed) {
                       auto it = managing_unit.find(d.project);
                       if (it == managing_unit.end())
                         it = managing_unit.emplace(d.project, get(c, d.project).managing_unit).first;
                       if (!options.allowed(it->second)) {
                         forbidden = true;
                         problems.push_back(messages::detail<"import.out_of_scope">("project", r.line, d.project));
                         return;
                       }
                     }
                     d.status = status_of(cols.optional(r, "status"));
                     auto recorded = disburse(c, d);
                     result.total = add_amounts(result.total, recorded.disbursement.amount);
                     if (result.preview.size() < kPreviewRows) result.preview.push_back(std::move(recorded));
                     ++result.rows;
                   } catch (const Error& e) {
                     std::string column = e.field() == "code" ? "project" : e.field();
                     problems.push_back(e.as_detail(column.empty() ? "project" : column, r.line));
                   }
                 });
  if (!problems.empty()) csv::refuse_import(std::move(problems), forbidden);
  if (options.dry_run) {
    savepoint.undo();
  } else {
    savepoint.keep();
  }
  result.written = !options.dry_run;
  return result;
}

}  // namespace sen::projects
