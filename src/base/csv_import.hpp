// Reading an uploaded CSV file all or nothing: columns found by header name, every problem
// collected with its line and column, and one error that lists them all.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/csv.hpp"
#include "base/messages.hpp"
#include "base/received_text.hpp"
#include "base/vi_number.hpp"

namespace sen::csv {

// Column positions by header name, checked against the required and optional names; problems
// with the header are added to `problems`.
class Columns {
 public:
  Columns(const Record& header, const std::vector<std::string>& required, const std::vector<std::string>& optional,
          std::vector<ErrorDetail>& problems);

  std::size_t width() const { return width_; }
  // The trimmed field; "" when the column is absent.
  std::string get(const Record& r, const std::string& name) const;
  std::optional<std::string> optional(const Record& r, const std::string& name) const;

 private:
  std::map<std::string, std::size_t> index_;
  std::size_t width_ = 0;
};

// Error(invalid, or forbidden when `forbidden`, code "import.bad_rows") listing every problem.
[[noreturn]] void refuse_import(std::vector<ErrorDetail> problems, bool forbidden = false);

// The problem of a row whose field count differs from the header's.
ErrorDetail width_problem(const Record& r, std::size_t width);

// Reads the header, refusing the file when it is empty or its header is wrong, then calls
// row_fn(columns, record) for each row of the header's width; other rows become problems.
template <class RowFn>
Columns read_rows(std::string_view text, const std::vector<std::string>& required,
                  const std::vector<std::string>& optional, std::vector<ErrorDetail>& problems, RowFn row_fn) {
  std::string received = received_document(text, "file");
  Reader reader(received);
  Record header;
  if (!reader.next(header)) {
    throw messages::error<"import.empty">("file");
  }
  Columns columns(header, required, optional, problems);
  if (!problems.empty()) refuse_import(std::move(problems));
  Record r;
  while (reader.next(r)) {
    if (r.fields.size() != columns.width()) {
      problems.push_back(width_problem(r, columns.width()));
      continue;
    }
    row_fn(columns, r);
  }
  return columns;
}

// 0/1/true/false/empty (false); a problem otherwise.
bool flag(const std::string& text, const std::string& column, int line, std::vector<ErrorDetail>& problems);
// A number in the style; a problem when it is not one.
std::optional<double> number(const std::string& text, const std::string& column, int line, NumberStyle style,
                             std::vector<ErrorDetail>& problems);

}  // namespace sen::csv
