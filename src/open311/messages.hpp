// The error messages of open311, keyed by their code (base/catalogue.hpp).
#pragma once
#include "base/catalogue.hpp"

namespace sen::open311 {

inline constexpr Message kMessages[] = {
    // The form-encoded body of a POST.
    {"open311.content_type", ErrorKind::invalid, "Gửi biểu mẫu application/x-www-form-urlencoded",
     "Send the form as application/x-www-form-urlencoded"},
    {"open311.form_percent_encoding", ErrorKind::invalid, "Nội dung không đúng dạng biểu mẫu: mã hóa phần trăm sai",
     "The body is not form-encoded: malformed percent-encoding"},
    {"open311.form_name_not_ascii", ErrorKind::invalid,
     "Nội dung không đúng dạng biểu mẫu: tên trường phải là chữ ASCII",
     "The body is not form-encoded: field names are ASCII"},
    {"open311.form_attribute_name", ErrorKind::invalid, "Nội dung không đúng dạng biểu mẫu: tên trường '{}'",
     "The body is not form-encoded: field name '{}'"},
    {"open311.field_twice", ErrorKind::invalid, "Trường '{}' có hai lần", "Field '{}' is given twice"},
    {"open311.unknown_field", ErrorKind::invalid, "Không có trường '{}' trong yêu cầu Open311",
     "Open311 requests have no field '{}'"},

    // The jurisdiction.
    {"open311.jurisdiction", ErrorKind::not_found, "Không có jurisdiction_id '{}'; máy chủ này phục vụ '{}'",
     "No jurisdiction_id '{}'; this server serves '{}'"},
    {"open311.jurisdiction_unused", ErrorKind::not_found,
     "Không có jurisdiction_id '{}'; máy chủ này không dùng jurisdiction_id",
     "No jurisdiction_id '{}'; this server takes no jurisdiction_id"},

    // The api_key of a POST.
    {"open311.api_key_missing", ErrorKind::forbidden, "Thiếu api_key", "api_key is required"},
    {"open311.api_key_invalid", ErrorKind::forbidden, "api_key không hợp lệ (không có, đã hết hạn hoặc đã bị thu hồi)",
     "api_key is not valid (unknown, expired or revoked)"},
    {"open311.not_service", ErrorKind::forbidden, "api_key phải là mã API của một tài khoản dịch vụ",
     "api_key must be an API token of a service account"},
    {"open311.no_right", ErrorKind::forbidden, "Tài khoản của api_key không có quyền tiếp nhận đơn (petitions.process)",
     "The api_key's account may not take in letters (petitions.process)"},
    {"open311.no_unit", ErrorKind::forbidden,
     "Tài khoản của api_key cần một đơn vị: đơn nhận qua Open311 do đơn vị đó xử lý",
     "The api_key's account needs a unit: letters taken in through Open311 are handled there"},

    // Services and their attributes.
    {"open311.no_service", ErrorKind::not_found, "Không có dịch vụ '{}'", "No service '{}'"},
    {"open311.service_code_missing", ErrorKind::invalid, "Thiếu service_code", "service_code is required"},
    {"open311.service_code_unknown", ErrorKind::invalid, "Không có dịch vụ '{}'", "No service '{}'"},
    {"open311.attribute_unknown", ErrorKind::invalid, "Dịch vụ '{}' không có thuộc tính '{}'",
     "Service '{}' has no attribute '{}'"},
    {"open311.attribute_one_value", ErrorKind::invalid, "'{}' chỉ nhận một giá trị", "'{}' takes one value"},

    // A new service request.
    {"open311.description_missing", ErrorKind::invalid, "Thiếu nội dung (description)", "description is required"},
    {"open311.coordinate_invalid", ErrorKind::invalid, "'{}' phải là số độ WGS84 từ -{} đến {}",
     "'{}' must be WGS84 degrees from -{} to {}"},
    {"open311.lat_long_pair", ErrorKind::invalid, "lat và long đi cùng nhau", "lat and long go together"},
    {"open311.location_missing", ErrorKind::invalid, "Cần địa điểm: lat và long, address_string hoặc address_id",
     "A location is required: lat and long, address_string or address_id"},
    {"open311.email_invalid", ErrorKind::invalid, "Địa chỉ thư điện tử không hợp lệ", "email is not an e-mail address"},
    {"open311.phone_invalid", ErrorKind::invalid, "Số điện thoại chỉ gồm chữ số, dấu cách, dấu +, ít nhất 8 ký tự",
     "phone holds digits, spaces and +, at least 8 of them"},
    {"open311.media_url_invalid", ErrorKind::invalid, "media_url phải là địa chỉ http(s) đầy đủ",
     "media_url must be a full http(s) URL"},
    {"open311.name_missing", ErrorKind::invalid, "Hãy ghi họ tên người gửi cùng địa chỉ, điện thoại hoặc thư điện tử",
     "Give the sender's name with an address, phone or e-mail"},

    // Reading service requests.
    {"service_request.not_found", ErrorKind::not_found, "Không tìm thấy yêu cầu '{}'", "No request '{}'"},
    {"open311.too_many_ids", ErrorKind::invalid, "Tối đa {} mã mỗi lần", "At most {} ids at once"},
    {"open311.count_invalid", ErrorKind::invalid, "'{}' phải là số nguyên từ 1 đến {}",
     "'{}' must be a whole number from 1 to {}"},
    {"open311.date_invalid", ErrorKind::invalid,
     "'{}' phải là thời điểm dạng W3C có múi giờ, ví dụ 2026-07-01T00:00:00+07:00",
     "'{}' must be a W3C date-time with its zone, e.g. 2026-07-01T00:00:00Z"},
    {"open311.dates_reversed", ErrorKind::invalid, "start_date sau end_date", "start_date is after end_date"},
    {"open311.dates_too_far_apart", ErrorKind::invalid, "Từ start_date đến end_date không được quá 90 ngày",
     "start_date and end_date may not span more than 90 days"},
};
using messages = Catalogue<kMessages>;

}  // namespace sen::open311
