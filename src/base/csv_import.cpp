#include "base/csv_import.hpp"

#include <algorithm>

#include "base/messages.hpp"
#include "base/text.hpp"

namespace sen::csv {

Columns::Columns(const Record& header, const std::vector<std::string>& required,
                 const std::vector<std::string>& optional, std::vector<ErrorDetail>& problems) {
  for (std::size_t i = 0; i < header.fields.size(); ++i) {
    std::string name = trim(header.fields[i]);
    bool known = std::find(required.begin(), required.end(), name) != required.end() ||
                 std::find(optional.begin(), optional.end(), name) != optional.end();
    if (!known) {
      problems.push_back(messages::detail<"import.column_unknown">(name, header.line, name));
    } else if (index_.count(name)) {
      problems.push_back(messages::detail<"import.column_repeated">(name, header.line, name));
    }
    index_[name] = i;
  }
  for (const auto& name : required) {
    if (!index_.count(name)) {
      problems.push_back(messages::detail<"import.column_missing">(name, header.line, name));
    }
  }
  width_ = header.fields.size();
}

std::string Columns::get(const Record& r, const std::string& name) const {
  auto it = index_.find(name);
  if (it == index_.end()) return "";
  const std::string& field = r.fields[it->second];
  bool plain =
      field.empty() || (field.front() != ' ' && field.back() != ' ' && field.front() != '\t' && field.back() != '\t');
  return plain ? field : trim(field);
}

std::optional<std::string> Columns::optional(const Record& r, const std::string& name) const {
  auto v = get(r, name);
  if (v.empty()) return std::nullopt;
  return v;
}

void refuse_import(std::vector<ErrorDetail> problems, bool forbidden) {
  std::size_t rows = 0;
  int last = -1;
  for (const auto& p : problems) {
    if (p.line != last) ++rows, last = p.line;
  }
  Error error = forbidden ? messages::error<"import.rows_forbidden">("file", rows, problems.size())
                          : messages::error<"import.bad_rows">("file", rows, problems.size());
  throw error.with_details(std::move(problems));
}

ErrorDetail width_problem(const Record& r, std::size_t width) {
  return messages::detail<"import.row_width">("", r.line, r.fields.size(), width);
}

bool flag(const std::string& text, const std::string& column, int line, std::vector<ErrorDetail>& problems) {
  if (text.empty() || text == "0" || text == "false") return false;
  if (text == "1" || text == "true") return true;
  problems.push_back(messages::detail<"import.not_flag">(column, line, text));
  return false;
}

std::optional<double> number(const std::string& text, const std::string& column, int line, NumberStyle style,
                             std::vector<ErrorDetail>& problems) {
  auto v = parse_number(text, style);
  if (!v) {
    const char* form = style == NumberStyle::vietnamese ? "1.172,5" : "1172.5";
    problems.push_back(messages::detail<"import.not_number">(column, line, text, form));
  }
  return v;
}

}  // namespace sen::csv
