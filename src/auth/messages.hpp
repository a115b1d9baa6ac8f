// The error messages of auth, keyed by their code (base/catalogue.hpp).
#pragma once
#include "base/catalogue.hpp"

namespace sen::auth {

inline constexpr Message kMessages[] = {
    {"user.not_found", ErrorKind::not_found, "Không tìm thấy người dùng '{}'", "No user '{}'"},
    {"user.exists", ErrorKind::conflict, "Tên đăng nhập {} đã có", "User name {} is already taken"},
    {"user.username_invalid", ErrorKind::invalid, "Tên đăng nhập gồm 3–40 ký tự a-z, 0-9, '.', '_', '-'",
     "A user name has 3–40 characters a-z, 0-9, '.', '_', '-'"},
    {"user.role_unknown", ErrorKind::invalid, "Vai trò '{}' không có", "Unknown role '{}'"},
    {"user.unit_unknown", ErrorKind::invalid, "Không có đơn vị mã '{}'", "No unit '{}'"},
    {"user.grant_not_grantable", ErrorKind::invalid, "Quyền '{}' không cấp riêng được",
     "Permission '{}' cannot be granted individually"},
    {"user.grant_not_held", ErrorKind::forbidden,
     "Chỉ cấp được quyền mà tài khoản mình có; tài khoản {} không có quyền '{}'",
     "Only grants one holds can be given; account {} does not hold '{}'"},
    {"user.out_of_scope", ErrorKind::forbidden, "Tài khoản {} chỉ quản lý người dùng trong phạm vi đơn vị {}",
     "Account {} manages only users within the scope of unit {}"},
    {"user.password_required", ErrorKind::invalid, "Thiếu mật khẩu", "A password is required"},
    {"user.service_password", ErrorKind::invalid, "Tài khoản dịch vụ không có mật khẩu; nó dùng khóa API",
     "A service account has no password; it uses API tokens"},
    {"user.disable_self", ErrorKind::invalid, "Không tự khóa tài khoản của mình",
     "You cannot disable your own account"},

    {"password.too_short", ErrorKind::invalid, "Mật khẩu phải có ít nhất 10 ký tự",
     "The password must have at least 10 characters"},
    {"password.equals_username", ErrorKind::invalid, "Mật khẩu không được trùng tên đăng nhập",
     "The password must not equal the user name"},

    {"login.wait", ErrorKind::unauthorized, "Đăng nhập sai quá nhiều lần; hãy thử lại sau {} giây",
     "Too many failed logins; try again in {} seconds"},
    {"login.failed", ErrorKind::unauthorized, "Tên đăng nhập hoặc mật khẩu không đúng", "Wrong user name or password"},

    {"token.not_found", ErrorKind::not_found, "Không tìm thấy khóa API đang dùng '{}'", "No active token '{}'"},
    {"token.exists", ErrorKind::conflict, "Khóa API '{}' đã có", "A token named '{}' exists already"},
    {"token.days_range", ErrorKind::invalid, "Khóa API có hạn từ 1 đến {} ngày", "A token lasts 1 to {} days"},
    {"token.not_service", ErrorKind::forbidden,
     "Chỉ tạo được khóa API cho chính mình hoặc cho tài khoản dịch vụ mình quản lý",
     "Tokens can be created only for oneself or for a service account one manages"},
    {"token.account_disabled", ErrorKind::invalid, "Tài khoản {} đã bị khóa", "Account {} is disabled"},
};
using messages = Catalogue<kMessages>;

}  // namespace sen::auth
