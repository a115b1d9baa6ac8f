// The error messages of files, keyed by their code (base/catalogue.hpp).
#pragma once
#include "base/catalogue.hpp"

namespace sen::files {

inline constexpr Message kMessages[] = {
    {"file.not_found", ErrorKind::not_found, "Không tìm thấy tệp '{}'", "No file '{}'"},
    {"file.too_large", ErrorKind::too_large, "Tệp lớn hơn giới hạn {} MB",
     "The file is larger than the limit of {} MB"},
    {"file.empty", ErrorKind::invalid, "Tệp rỗng", "The file is empty"},
    {"file.type", ErrorKind::invalid,
     "Chỉ nhận tệp PDF, DOCX, XLSX, PNG, JPEG hoặc văn bản UTF-8 (xét theo nội dung, không theo tên)",
     "Only PDF, DOCX, XLSX, PNG, JPEG or UTF-8 text files are accepted (judged by content, not name)"},
    {"file.name_missing", ErrorKind::invalid, "Tệp cần có tên", "The file needs a name"},
    {"file.too_many_unattached", ErrorKind::conflict,
     "Bạn đã có {} tệp tải lên chưa gắn vào hồ sơ nào; hãy gắn chúng vào hồ sơ hoặc gỡ bớt",
     "You have {} uploaded files that no record holds yet; attach them or remove some"},

    // An upload's multipart/form-data body.
    {"upload.not_multipart", ErrorKind::invalid, "Gửi tệp dưới dạng multipart/form-data, trường 'file'",
     "Send the file as multipart/form-data, field 'file'"},
    {"upload.field_not_allowed", ErrorKind::invalid, "Trường '{}' không được dùng ở đây",
     "Field '{}' is not allowed here"},
    {"upload.one_file", ErrorKind::invalid, "Mỗi lần gửi một tệp", "Send one file at a time"},
    {"upload.file_missing", ErrorKind::invalid, "Thiếu trường 'file'", "Field 'file' is required"},

    // The "files" a record's write carries (record_files.cpp).
    {"files.not_array", ErrorKind::invalid, "Danh sách tệp 'files': cần một mảng mã tệp",
     "The list 'files': must be an array of file ids"},
    {"files.too_many", ErrorKind::invalid, "Danh sách tệp 'files': nhiều nhất {} tệp mỗi lần",
     "The list 'files': at most {} files at a time"},
    {"files.bad_id", ErrorKind::invalid, "Danh sách tệp 'files': mỗi mã tệp là một số dương",
     "The list 'files': each file id is a positive number"},
    {"files.repeated", ErrorKind::invalid, "Danh sách tệp 'files': tệp {} có hai lần",
     "The list 'files': file {} is listed twice"},
    // The files that cannot be attached: the texts of files.absent and files.taken, joined.
    {"files.unavailable", ErrorKind::invalid, "Danh sách tệp 'files': {} (chỉ gắn được tệp chính bạn vừa tải lên)",
     "The list 'files': {} (only files you uploaded can be attached)"},
    {"files.absent", ErrorKind::invalid, "tệp {} không có", "file {} does not exist"},
    {"files.taken", ErrorKind::invalid, "tệp {} đã thuộc một hồ sơ khác", "file {} belongs to another record already"},
};
using messages = Catalogue<kMessages>;

}  // namespace sen::files
