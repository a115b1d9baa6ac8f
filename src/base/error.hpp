// The one error type for expected failures (bad input, not found, conflict, forbidden).
// Modules throw it; src/http turns it into an RFC 9457 problem, the CLI into one line.
#pragma once
#include <stdexcept>
#include <string>
#include <vector>

namespace sen {

enum class ErrorKind {
  invalid,             // 400: the request is malformed or a field is wrong
  unauthorized,        // 401: no valid credentials
  forbidden,           // 403: credentials valid, permission missing
  not_found,           // 404
  method_not_allowed,  // 405
  conflict,            // 409: code taken, stale version, state does not allow it
  too_large,           // 413
  unprocessable,       // 422: well-formed but violates a domain rule
  header_too_large,    // 431
  internal,            // 500: a fault of Sen, not of the request
  unavailable,         // 503
};

// One problem with one place in the input: a field, or a line and column of a file.
struct ErrorDetail {
  std::string field;  // JSON field or CSV column name; empty if none
  int line = 0;       // 1-based line of an imported file; 0 if not a file
  std::string message_vi;
  std::string message_en;
  std::string code;  // the message's code in its module's catalogue (base/catalogue.hpp)
};

class Error : public std::runtime_error {
 public:
  // code: stable machine identifier such as "unit.code_taken".
  Error(ErrorKind kind, std::string code, std::string message_vi, std::string message_en, std::string field = {});

  ErrorKind kind() const { return kind_; }
  const std::string& code() const { return code_; }
  const std::string& message_vi() const { return message_vi_; }
  const std::string& message_en() const { return message_en_; }
  const std::string& field() const { return field_; }
  const std::vector<ErrorDetail>& details() const { return details_; }
  Error& with_details(std::vector<ErrorDetail> details);
  // The problem `detail` alone, as an Error of `kind`: its code, texts and field.
  static Error of(const ErrorDetail& detail, ErrorKind kind = ErrorKind::invalid);
  // This error as one problem of a list (an import's row, a hand-over's item), at `field` and `line`.
  ErrorDetail as_detail(std::string field, int line = 0) const;

 private:
  ErrorKind kind_;
  std::string code_;
  std::string message_vi_;
  std::string message_en_;
  std::string field_;
  std::vector<ErrorDetail> details_;
};

// HTTP status for a kind of error.
int http_status(ErrorKind kind);

// The errors every module raises, from base's catalogue (base/messages.hpp).
Error stale_version(long long expected, long long actual);
// Error invalid naming `field` unless `value` is one of `allowed`, which it lists.
void require_one_of(const std::string& field, const std::string& value, const std::vector<std::string>& allowed);

}  // namespace sen
