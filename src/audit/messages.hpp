// The error messages of audit, keyed by their code (base/catalogue.hpp).
#pragma once
#include "base/catalogue.hpp"

namespace sen::audit {

inline constexpr Message kMessages[] = {
    {"audit.cursor_invalid", ErrorKind::invalid, "Con trỏ trang không hợp lệ", "Invalid cursor"},
};
using messages = Catalogue<kMessages>;

}  // namespace sen::audit
