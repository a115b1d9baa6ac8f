// The error messages of opendata, keyed by their code (base/catalogue.hpp).
#pragma once
#include "base/catalogue.hpp"

namespace sen::opendata {

inline constexpr Message kMessages[] = {
    {"open_data.nothing", ErrorKind::unprocessable, "Đơn vị {} chưa có chỉ tiêu kỳ {} để công bố",
     "{} has no targets for {} to release"},
    {"open_data.not_found", ErrorKind::not_found, "Không tìm thấy dữ liệu công bố '{}'", "No released data '{}'"},
    {"open_data.period_invalid", ErrorKind::invalid, "Kỳ không hợp lệ", "Invalid period"},
    {"open_data.format_unknown", ErrorKind::invalid, "Định dạng là json hoặc csv", "The format is json or csv"},

    {"open_data_release.not_found", ErrorKind::not_found, "Không tìm thấy dữ liệu công bố '{}'", "No release '{}'"},
};
using messages = Catalogue<kMessages>;

}  // namespace sen::opendata
