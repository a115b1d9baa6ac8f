#include "oversight/request.hpp"

#include "base/error.hpp"
#include "base/json.hpp"

namespace sen::oversight::detail {

namespace bj = boost::json;

Date today(const app::Context& ctx) {
  return ctx.date_param("today", today_in_vietnam());
}

std::int64_t id_param(const app::Context& ctx, const char* name) {
  const auto& text = ctx.param(name);
  try {
    std::size_t used = 0;
    auto id = std::stoll(text, &used);
    if (used == text.size() && id > 0) return id;
  } catch (const std::exception&) {
  }
  throw not_found("bản ghi", "record", text);
}

bj::object body_of(const app::Context& ctx) {
  return json::parse_object(ctx.request.body);
}

}  // namespace sen::oversight::detail
