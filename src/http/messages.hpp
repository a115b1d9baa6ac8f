// The error messages of the HTTP server itself, before a request reaches the app, keyed by their
// code (base/catalogue.hpp).
#pragma once
#include "base/catalogue.hpp"

namespace sen::http {

inline constexpr Message kMessages[] = {
    {"too_many_client_connections", ErrorKind::unavailable,
     "Máy này đang mở quá nhiều kết nối tới máy chủ; hãy thử lại sau",
     "This client holds too many connections; try again later"},
    {"too_many_connections", ErrorKind::unavailable, "Máy chủ đang quá tải, hãy thử lại sau",
     "The server is at its connection limit; try again later"},
    {"bad_target", ErrorKind::invalid, "Địa chỉ yêu cầu không hợp lệ", "The request target is malformed"},
    {"bad_request", ErrorKind::invalid, "Yêu cầu HTTP không hợp lệ", "The HTTP request is malformed"},
    {"body_too_large", ErrorKind::too_large, "Nội dung yêu cầu vượt quá giới hạn {} byte",
     "The request body exceeds the limit of {} bytes"},
    {"header_too_large", ErrorKind::header_too_large, "Phần đầu yêu cầu vượt quá giới hạn",
     "The request header exceeds the limit"},
    {"internal_error", ErrorKind::internal, "Lỗi máy chủ; hãy báo quản trị viên mã yêu cầu {}",
     "Internal error; report request id {} to the administrator"},
    {"no_file", ErrorKind::not_found, "Không có tệp {}", "No file {}"},
    {"web_not_built", ErrorKind::not_found, "Chưa có giao diện web; hãy chạy make build (hoặc chỉ định --web-root)",
     "The web app is not built; run make build (or give --web-root)"},
};
using messages = Catalogue<kMessages>;

}  // namespace sen::http
