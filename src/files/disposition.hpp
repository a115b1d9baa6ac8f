// The Content-Disposition of a download (RFC 6266), its name in UTF-8 (RFC 5987).
#pragma once
#include <string>
#include <string_view>

namespace sen::files {

// `attachment; filename="Bao_cao.pdf"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o.pdf` — or `inline; …`
// when `show_inline`. The plain filename keeps printable ASCII and writes '_' for the rest.
std::string content_disposition(std::string_view name, bool show_inline);

}  // namespace sen::files
