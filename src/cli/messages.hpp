// The error messages of the command line's own arguments, keyed by their code (base/catalogue.hpp).
#pragma once
#include "base/catalogue.hpp"

namespace sen::cli {

inline constexpr Message kMessages[] = {
    {"cli.period", ErrorKind::invalid, "Kỳ '{}' không hợp lệ (dạng 2023, 2023-6M, 2023-9M, 2023-Q1, 2023-03)",
     "period '{}' is invalid (forms: 2023, 2023-6M, 2023-9M, 2023-Q1, 2023-03)"},
    {"cli.year", ErrorKind::invalid, "'{}' không phải một năm", "year '{}' is not a year"},
    {"cli.date", ErrorKind::invalid, "Ngày '{}' không có dạng YYYY-MM-DD", "date '{}' is not YYYY-MM-DD"},
    {"cli.today", ErrorKind::invalid, "--today phải là ngày dạng YYYY-MM-DD", "--today must be a date as YYYY-MM-DD"},
    {"cli.unreadable_file", ErrorKind::invalid, "Không mở được tệp {}", "Cannot open {}"},
    {"cli.kind_without_files", ErrorKind::invalid, "Loại hồ sơ '{}' không nhận tệp; dùng: {}",
     "Records of kind '{}' take no files; use: {}"},
};
using messages = Catalogue<kMessages>;

}  // namespace sen::cli
