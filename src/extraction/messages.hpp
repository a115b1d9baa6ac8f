// The error messages of extraction, keyed by their code (base/catalogue.hpp).
#pragma once
#include "base/catalogue.hpp"

namespace sen::extraction {

inline constexpr Message kMessages[] = {
    // A report to read: its request and file.
    {"extraction.not_found", ErrorKind::not_found, "Không tìm thấy văn bản đã đọc '{}'", "No extraction '{}'"},
    {"extraction.text_empty", ErrorKind::invalid, "Văn bản trống: không có gì để đọc",
     "The text is empty: there is nothing to read"},
    {"request.field_required", ErrorKind::invalid, "Thiếu trường '{}'", "Field '{}' is required"},
    {"request.field_not_allowed", ErrorKind::invalid, "Trường '{}' không được dùng ở đây",
     "Field '{}' is not allowed here"},
    {"multipart.malformed", ErrorKind::invalid, "Nội dung multipart/form-data không hợp lệ",
     "The multipart/form-data body is malformed"},
    {"file.pdf_unreadable", ErrorKind::invalid, "Không đọc được tệp: PDF hỏng hoặc có mật khẩu",
     "Cannot read the file: a damaged or locked PDF"},
    {"file.docx_invalid", ErrorKind::invalid, "Không đọc được tệp: không phải tệp DOCX hợp lệ",
     "Cannot read the file: not a valid DOCX file"},
    {"file.type_unsupported", ErrorKind::invalid, "Không đọc được tệp: chỉ đọc được DOCX, PDF hoặc văn bản UTF-8",
     "Cannot read the file: only DOCX, PDF or UTF-8 text can be read"},
    {"file.no_text", ErrorKind::invalid,
     "Không đọc được tệp: không có chữ nào trong tệp (bản quét cần nhận dạng chữ trước)",
     "Cannot read the file: the file holds no text (a scan needs OCR first)"},

    // The words of an indicator.
    {"phrase.length", ErrorKind::invalid, "Cụm từ '{}' phải có từ 2 đến 200 ký tự",
     "The phrase '{}' must have 2 to 200 characters"},

    // The figures accepted to be written (items[i]).
    {"items.not_list", ErrorKind::invalid, "Cần danh sách số liệu 'items'", "Field 'items' must be a list of figures"},
    {"items.empty", ErrorKind::invalid, "Chưa chọn số liệu nào để ghi", "No figure was chosen to be written"},
    {"figure.not_object", ErrorKind::invalid, "Mỗi số liệu là một đối tượng", "Each figure is an object"},
    {"item.field_required", ErrorKind::invalid, "Thiếu '{}'", "'{}' is required"},
    {"item.field_not_string", ErrorKind::invalid, "Phải là chuỗi", "Must be a string"},
    {"item.field_not_allowed", ErrorKind::invalid, "Trường không được dùng ở đây", "Field not allowed here"},
    {"item.measure_not_value", ErrorKind::invalid,
     "Chỉ ghi được giá trị (measure: value); tỷ lệ % kế hoạch do Sen tự tính",
     "Only values (measure: value) are written; Sen computes percentages of plan itself"},
    {"item.value_not_number", ErrorKind::invalid, "Giá trị phải là một số", "The value must be a number"},
    {"item.position_invalid", ErrorKind::invalid, "Vị trí không hợp lệ", "Invalid position"},
    {"item.quote_mismatch", ErrorKind::invalid, "Trích dẫn không khớp với văn bản ở vị trí đã nêu",
     "The quote is not the text at the given position"},
};
using messages = Catalogue<kMessages>;

}  // namespace sen::extraction
