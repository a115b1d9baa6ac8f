// The error messages of base — of any request's body, fields and files — keyed by their code
// (base/catalogue.hpp).
#pragma once
#include "base/catalogue.hpp"

namespace sen {

inline constexpr Message kMessages[] = {
    {"malformed_json", ErrorKind::invalid, "Nội dung yêu cầu không phải JSON hợp lệ ({})",
     "The request body is not valid JSON ({})"},
    {"json_not_object", ErrorKind::invalid, "Nội dung yêu cầu phải là một đối tượng JSON",
     "The request body must be a JSON object"},

    {"field.missing", ErrorKind::invalid, "Thiếu trường bắt buộc '{}'", "Required field '{}' is missing"},
    {"field.not_supported", ErrorKind::invalid, "Trường '{}' không được hỗ trợ", "Field '{}' is not supported"},
    {"field.not_string", ErrorKind::invalid, "Trường '{}' phải là chuỗi ký tự", "Field '{}' must be a string"},
    {"field.not_integer", ErrorKind::invalid, "Trường '{}' phải là số nguyên", "Field '{}' must be an integer"},
    {"field.not_number", ErrorKind::invalid, "Trường '{}' phải là số", "Field '{}' must be a number"},
    {"field.not_date", ErrorKind::invalid, "Trường '{}' phải là ngày dạng YYYY-MM-DD",
     "Field '{}' must be a date as YYYY-MM-DD"},
    {"field.not_boolean", ErrorKind::invalid, "Trường '{}' phải là true hoặc false",
     "Field '{}' must be true or false"},
    {"field.not_string_array", ErrorKind::invalid, "Trường '{}' phải là một mảng chuỗi",
     "Field '{}' must be an array of strings"},
    {"field.out_of_range", ErrorKind::invalid, "Trường '{}' phải từ {} đến {}", "Field '{}' must be from {} to {}"},
    {"field.invalid_date", ErrorKind::invalid, "Trường '{}' không phải ngày hợp lệ dạng YYYY-MM-DD",
     "Field '{}' is not a valid date as YYYY-MM-DD"},
    {"field.invalid_choice", ErrorKind::invalid, "Giá trị '{}' của '{}' không hợp lệ; dùng: {}",
     "'{}' is not a valid {}; use: {}"},
    {"field.not_utf8", ErrorKind::invalid, "Trường '{}' không phải văn bản UTF-8 hợp lệ",
     "Field '{}' is not valid UTF-8 text"},
    {"field.control_character", ErrorKind::invalid, "Trường '{}' chứa ký tự điều khiển (mã U+{:04X})",
     "Field '{}' holds a control character (U+{:04X})"},
    {"field.empty", ErrorKind::invalid, "Trường '{}' không được để trống", "Field '{}' must not be empty"},
    {"field.too_long", ErrorKind::invalid, "Trường '{}' dài quá {} ký tự", "Field '{}' is longer than {} characters"},

    {"date.outside_calendar", ErrorKind::invalid, "Ngày {} nằm ngoài phạm vi lịch của Sen ({}–{})",
     "The date {} lies outside Sen's calendar ({}–{})"},
    {"stale_version", ErrorKind::conflict,
     "Bản ghi đã được người khác sửa (phiên bản {} đã cũ, hiện là {}); hãy tải lại",
     "The record was changed by someone else (version {} is stale, current is {}); reload it"},

    {"csv.unterminated_quote", ErrorKind::invalid, "Dấu ngoặc kép mở ở dòng {} không được đóng",
     "The quote opened on line {} is never closed"},
    {"import.column_unknown", ErrorKind::invalid, "Cột '{}' không được hỗ trợ", "Column '{}' is not supported"},
    {"import.column_repeated", ErrorKind::invalid, "Cột '{}' bị lặp", "Column '{}' appears twice"},
    {"import.column_missing", ErrorKind::invalid, "Thiếu cột bắt buộc '{}'", "Required column '{}' is missing"},
    {"import.row_width", ErrorKind::invalid, "Dòng có {} cột, cần {}", "The row has {} fields, the header {}"},
    {"import.not_flag", ErrorKind::invalid, "'{}' phải là 0 hoặc 1", "'{}' must be 0 or 1"},
    {"import.not_number", ErrorKind::invalid, "'{}' không phải số dạng {}", "'{}' is not a number written as {}"},
    {"import.empty", ErrorKind::invalid, "Tệp CSV trống", "The CSV file is empty"},
    {"import.bad_rows", ErrorKind::invalid, "Không nhập gì: {} dòng có lỗi ({} lỗi)",
     "Nothing was imported: {} rows have problems ({} problems)"},
    {"import.rows_forbidden", ErrorKind::forbidden, "Không nhập gì: {} dòng có lỗi ({} lỗi)",
     "Nothing was imported: {} rows have problems ({} problems)"},
};
using messages = Catalogue<kMessages>;

}  // namespace sen
