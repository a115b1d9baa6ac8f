// RFC 9457 problem details (application/problem+json): status, title, detail, the offending
// field, and the request id. Detail is Vietnamese unless the client prefers English.
#pragma once
#include <string_view>

#include "base/error.hpp"
#include "http/message.hpp"

namespace sen::http {

Response problem(const Error& error, const Request& request);

}  // namespace sen::http
