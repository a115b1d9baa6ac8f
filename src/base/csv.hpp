// RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF, an optional UTF-8 byte-order mark.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace sen::csv {

struct Record {
  int line = 0;  // 1-based line on which the record starts
  std::vector<std::string> fields;
};

// Parses the whole text. Empty lines and lines starting with '#' are skipped.
// Throws sen::Error (invalid, with the line) for an unterminated quote.
std::vector<Record> parse(std::string_view text);

// One field quoted when it needs to be.
std::string quote(std::string_view field);

}  // namespace sen::csv
