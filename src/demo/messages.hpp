// The error messages of demo, keyed by their code (base/catalogue.hpp).
#pragma once
#include "base/catalogue.hpp"

namespace sen::demo {

inline constexpr Message kMessages[] = {
    {"demo.not_empty", ErrorKind::conflict, "Cơ sở dữ liệu đã có dữ liệu; dữ liệu mẫu chỉ nạp vào CSDL trống",
     "The database already holds data; demo data loads only into an empty database"},
};
using messages = Catalogue<kMessages>;

}  // namespace sen::demo
