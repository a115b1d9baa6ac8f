// The error messages of the framework every route goes through — credentials, permissions, scope,
// query parameters — keyed by their code (base/catalogue.hpp).
#pragma once
#include "base/catalogue.hpp"

namespace sen::app {

inline constexpr Message kMessages[] = {
    {"unauthenticated", ErrorKind::unauthorized, "Cần đăng nhập", "Log in first"},
    {"forbidden", ErrorKind::forbidden, "Tài khoản này không có quyền '{}'", "This account lacks the permission '{}'"},
    {"csrf", ErrorKind::forbidden, "Thiếu hoặc sai mã chống giả mạo (X-CSRF-Token); hãy tải lại trang",
     "Missing or wrong X-CSRF-Token; reload the page"},
    {"out_of_scope", ErrorKind::forbidden, "Đơn vị {} nằm ngoài phạm vi được giao cho tài khoản này",
     "Unit {} is outside this account's scope"},
    {"out_of_scope.no_unit", ErrorKind::forbidden,
     "Bản ghi không nêu đơn vị ('{}') chỉ tài khoản không giới hạn phạm vi mới tạo được",
     "A record that names no unit ('{}') can be made only by an account without a scope"},
    {"method_not_allowed", ErrorKind::method_not_allowed, "Phương thức {} không dùng được ở đây; dùng {}",
     "Method {} is not allowed here; use {}"},
    {"no_route", ErrorKind::not_found, "Không có địa chỉ {}", "No such resource: {}"},
    {"concurrent_change", ErrorKind::conflict, "Dữ liệu vừa được người khác thay đổi cùng lúc; hãy tải lại và thử lại",
     "Someone else changed the same data at the same time; reload and try again"},

    {"param.missing", ErrorKind::invalid, "Thiếu tham số '{}'", "Parameter '{}' is required"},
    {"param.not_date", ErrorKind::invalid, "Tham số '{}' phải là ngày dạng YYYY-MM-DD",
     "Parameter '{}' must be a date as YYYY-MM-DD"},
    {"param.as_of_future", ErrorKind::invalid, "Ngày 'as_of' ({}) sau hôm nay", "as_of ({}) is after today"},
    {"param.period", ErrorKind::invalid, "Kỳ '{}' không hợp lệ (dạng 2023, 2023-6M, 2023-9M, 2023-Q1, 2023-03)",
     "Period '{}' is invalid (forms: 2023, 2023-6M, 2023-9M, 2023-Q1, 2023-03)"},
    {"param.window", ErrorKind::invalid, "Tham số 'window' là calendar hoặc cutoff",
     "Parameter 'window' is calendar or cutoff"},
    {"param.year", ErrorKind::invalid, "Năm '{}' không hợp lệ (ví dụ 2023)", "Year '{}' is invalid (e.g. 2023)"},
    {"param.limit", ErrorKind::invalid, "Tham số 'limit' phải là số từ 1 đến {}",
     "Parameter 'limit' must be a number from 1 to {}"},
    {"param.not_boolean", ErrorKind::invalid, "{} phải là true hoặc false", "{} must be true or false"},
};
using messages = Catalogue<kMessages>;

}  // namespace sen::app
