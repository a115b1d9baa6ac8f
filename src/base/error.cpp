#include "base/error.hpp"

#include <fmt/format.h>

#include <algorithm>

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
    case ErrorKind::unavailable:
      return 503;
  }
  return 500;
}

Error invalid_field(std::string field, std::string message_vi, std::string message_en) {
  return Error(ErrorKind::invalid, "invalid_field", std::move(message_vi), std::move(message_en), std::move(field));
}

Error not_found(std::string what_vi, std::string what_en, const std::string& key) {
  return Error(ErrorKind::not_found, "not_found", fmt::format("Không tìm thấy {} '{}'", what_vi, key),
               fmt::format("No {} '{}'", what_en, key));
}

Error stale_version(long long expected, long long actual) {
  return Error(
      ErrorKind::conflict, "stale_version",
      fmt::format("Bản ghi đã được người khác sửa (phiên bản {} đã cũ, hiện là {}); hãy tải lại", expected, actual),
      fmt::format("The record was changed by someone else (version {} is stale, current is {}); "
                  "reload it",
                  expected, actual),
      "version");
}

void require_one_of(const std::string& field, const std::string& value, const std::vector<std::string>& allowed) {
  if (std::find(allowed.begin(), allowed.end(), value) != allowed.end()) return;
  std::string list;
  for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
  throw invalid_field(field, fmt::format("Giá trị '{}' của '{}' không hợp lệ; dùng: {}", value, field, list),
                      fmt::format("'{}' is not a valid {}; use: {}", value, field, list));
}

}  // namespace sen
