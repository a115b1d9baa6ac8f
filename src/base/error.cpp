#include "base/error.hpp"

#include <algorithm>

#include "base/messages.hpp"

namespace sen {

Error::Error(ErrorKind kind, std::string code, std::string message_vi, std::string message_en, std::string field)
    : std::runtime_error(message_en),
      kind_(kind),
      code_(std::move(code)),
      message_vi_(std::move(message_vi)),
      message_en_(std::move(message_en)),
      field_(std::move(field)) {}

Error& Error::with_details(std::vector<ErrorDetail> details) {
  details_ = std::move(details);
  return *this;
}

Error Error::of(const ErrorDetail& detail, ErrorKind kind) {
  return Error(kind, detail.code, detail.message_vi, detail.message_en, detail.field);
}

ErrorDetail Error::as_detail(std::string field, int line) const {
  return ErrorDetail{std::move(field), line, message_vi_, message_en_, code_};
}

int http_status(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::invalid:
      return 400;
    case ErrorKind::unauthorized:
      return 401;
    case ErrorKind::forbidden:
      return 403;
    case ErrorKind::not_found:
      return 404;
    case ErrorKind::method_not_allowed:
      return 405;
    case ErrorKind::conflict:
      return 409;
    case ErrorKind::too_large:
      return 413;
    case ErrorKind::unprocessable:
      return 422;
    case ErrorKind::header_too_large:
      return 431;
    case ErrorKind::internal:
      return 500;
    case ErrorKind::unavailable:
      return 503;
  }
  return 500;
}

Error stale_version(long long expected, long long actual) {
  return messages::error<"stale_version">("version", expected, actual);
}

void require_one_of(const std::string& field, const std::string& value, const std::vector<std::string>& allowed) {
  if (std::find(allowed.begin(), allowed.end(), value) != allowed.end()) return;
  std::string list;
  for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
  throw messages::error<"field.invalid_choice">(field, value, field, list);
}

}  // namespace sen
