// The error messages of search, keyed by their code (base/catalogue.hpp).
#pragma once
#include "base/catalogue.hpp"

namespace sen::search {

inline constexpr Message kMessages[] = {
    {"search.no_words", ErrorKind::invalid, "Cần ít nhất một chữ hoặc số để tìm",
     "Type a letter or digit to search for"},
    {"search.cursor_invalid", ErrorKind::invalid, "Tham số 'cursor' không hợp lệ; dùng giá trị 'next' của trang trước",
     "Invalid 'cursor'; use the 'next' of the previous page"},
};
using messages = Catalogue<kMessages>;

}  // namespace sen::search
