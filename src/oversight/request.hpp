// Reading the oversight routes' requests: shared by routes.cpp and membership_routes.cpp.
#pragma once
#include <boost/json.hpp>
#include <cstdint>

#include "app/api.hpp"
#include "base/date.hpp"

namespace sen::oversight::detail {

// The day of the request: ?today= when given (tests), else today in Vietnam.
Date today(const app::Context& ctx);
// A positive integer path parameter; Error not_found otherwise.
std::int64_t id_param(const app::Context& ctx, const char* name = "id");
boost::json::object body_of(const app::Context& ctx);

}  // namespace sen::oversight::detail
