#include "demo/tables.hpp"

#include "base/csv.hpp"
#include "base/embedded.hpp"

namespace sen::demo {

std::vector<Row> read_table(std::string_view path) {
  return csv::read_table(embedded_file(path), path);
}

std::optional<std::string> optional(const std::string& s) {
  if (s.empty()) return std::nullopt;
  return s;
}

Date date(const std::string& iso) {
  return Date::parse(iso).value();
}

std::optional<Date> optional_date(const std::string& s) {
  if (s.empty()) return std::nullopt;
  return date(s);
}

std::vector<std::string> split_words(const std::string& s) {
  std::vector<std::string> out;
  std::size_t at = 0;
  while (at < s.size()) {
    auto end = s.find(' ', at);
    if (end == std::string::npos) end = s.size();
    if (end > at) out.push_back(s.substr(at, end - at));
    at = end + 1;
  }
  return out;
}

}  // namespace sen::demo
