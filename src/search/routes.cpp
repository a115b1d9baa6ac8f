#include "search/routes.hpp"

#include <boost/json.hpp>

#include "access/permissions.hpp"
#include "base/error.hpp"
#include "base/json.hpp"
#include "base/received_text.hpp"
#include "search/messages.hpp"
#include "search/search.hpp"

namespace sen::search {

namespace bj = boost::json;

namespace {

std::size_t cursor_of(const app::Context& ctx) {
  auto text = ctx.request.query_param("cursor");
  if (!text) return 0;
  std::size_t used = 0;
  long long n = -1;
  try {
    n = std::stoll(*text, &used);
  } catch (const std::exception&) {
  }
  if (used != text->size() || n < 0) {
    throw messages::error<"search.cursor_invalid">("cursor");
  }
  return static_cast<std::size_t>(n);
}

http::Response search_route(app::Context& ctx, const std::vector<app::RecordKind>& kinds) {
  auto q = received_text(ctx.required_param("q"), "q", 200, Lines::one);
  auto limit = ctx.page_limit(20, 100);
  auto page = find(ctx, kinds, q, cursor_of(ctx), limit);
  bj::array items;
  for (const auto& h : page.items) {
    items.push_back({{"kind", h.kind},
                     {"id", h.id},
                     {"title", h.title},
                     {"snippet", h.snippet},
                     {"unit", json::nullable(h.unit)},
                     {"url", h.url}});
  }
  return http::Response::json(200, {{"items", std::move(items)},
                                    {"next", page.next ? bj::value(std::to_string(*page.next)) : bj::value(nullptr)}});
}

}  // namespace

void register_routes(app::Api& api) {
  auto kinds = api.record_kinds();
  api.get("/api/v1/search", access::perm::kSignedIn, [kinds](app::Context& ctx) { return search_route(ctx, kinds); });
}

}  // namespace sen::search
