#include "base/csv.hpp"

#include <fmt/format.h>

#include <stdexcept>

#include "base/messages.hpp"

namespace sen::csv {

Reader::Reader(std::string_view text) : text_(text) {
  if (text_.substr(0, 3) == "\xEF\xBB\xBF") text_.remove_prefix(3);
}

bool Reader::next(Record& record) {
  std::string_view text = text_;
  std::size_t& i = at_;
  int& line = line_;
  while (i < text.size() && (text[i] == '\n' || text[i] == '\r' || text[i] == '#')) {  // blank line or comment
    if (text[i] == '#') i = std::min(text.find('\n', i), text.size());
    if (i < text.size() && text[i] == '\r') ++i;
    if (i < text.size() && text[i] == '\n') ++i, ++line;
  }
  if (i >= text.size()) return false;
  record.line = line;
  record.fields.clear();
  std::string field;
  bool quoted = false, was_quoted = false;
  for (;;) {
    if (i >= text.size()) {
      if (quoted) {
        throw messages::error<"csv.unterminated_quote">("file", record.line);
      }
      record.fields.push_back(std::move(field));
      return true;
    }
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        i += 2;
      } else if (c == '"') {
        quoted = false;
        ++i;
      } else {
        if (c == '\n') ++line;
        field += c;
        ++i;
      }
    } else if (c == '"' && field.empty() && !was_quoted) {
      quoted = was_quoted = true;
      ++i;
    } else if (c == ',') {
      record.fields.push_back(std::move(field));
      field.clear();
      was_quoted = false;
      ++i;
    } else if (c == '\r' || c == '\n') {
      if (c == '\r') ++i;
      if (i < text.size() && text[i] == '\n') ++i;
      ++line;
      record.fields.push_back(std::move(field));
      return true;
    } else {
      field += c;
      ++i;
    }
  }
}

std::vector<Record> parse(std::string_view text) {
  std::vector<Record> records;
  Reader reader(text);
  Record r;
  while (reader.next(r)) records.push_back(r);
  return records;
}

std::vector<std::map<std::string, std::string>> read_table(std::string_view text, std::string_view name) {
  auto records = parse(text);
  std::vector<std::map<std::string, std::string>> rows;
  if (records.empty()) return rows;
  const auto& header = records.front().fields;
  for (std::size_t i = 1; i < records.size(); ++i) {
    const auto& fields = records[i].fields;
    if (fields.size() != header.size()) {
      throw std::runtime_error(
          fmt::format("{} line {}: {} fields, expected {}", name, records[i].line, fields.size(), header.size()));
    }
    std::map<std::string, std::string> row;
    for (std::size_t k = 0; k < header.size(); ++k) row[header[k]] = fields[k];
    rows.push_back(std::move(row));
  }
  return rows;
}

std::string quote(std::string_view field) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(field);
  std::string out = "\"";
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace sen::csv
