// RFC 9457 problem details (application/problem+json): status, title, detail, the offending
// field, and the request id. Detail is Vietnamese unless the client prefers English.
#pragma once
#include <string_view>

#include "base/error.hpp"
#include "http/message.hpp"

namespace sen::http {

Response problem(const Error& error, const Request& request);

// A problem raised by the server itself (unknown route, body too large, internal error).
Response problem(int status, std::string_view code, std::string_view detail_vi, std::string_view detail_en,
                 const Request& request);

}  // namespace sen::http
