// RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF, an optional UTF-8 byte-order mark.
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace sen::csv {

struct Record {
  int line = 0;  // 1-based line on which the record starts
  std::vector<std::string> fields;
};

// Reads records one at a time from text that stays alive while the reader is used.
// Empty lines and lines starting with '#' are skipped.
class Reader {
 public:
  explicit Reader(std::string_view text);
  // The next record into `out`; false at the end. Throws sen::Error (invalid, with the
  // line) for an unterminated quote.
  bool next(Record& out);

 private:
  std::string_view text_;
  std::size_t at_ = 0;
  int line_ = 1;
};

// All records of the text (see Reader).
std::vector<Record> parse(std::string_view text);

// The records after the first as maps from the first record's names (a table with a header).
// Throws std::runtime_error naming the line when a row has more or fewer fields than the header:
// for files that ship with Sen, where that is a bug.
std::vector<std::map<std::string, std::string>> read_table(std::string_view text, std::string_view name);

// One field quoted when it needs to be.
std::string quote(std::string_view field);

}  // namespace sen::csv
