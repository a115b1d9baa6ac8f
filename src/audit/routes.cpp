#include "audit/routes.hpp"

#include <boost/json.hpp>
#include <map>

#include "access/permissions.hpp"
#include "audit/audit.hpp"
#include "audit/messages.hpp"
#include "base/error.hpp"
#include "base/json.hpp"

namespace sen::audit {

namespace bj = boost::json;

namespace {

constexpr std::size_t kPage = 100;
// A reader with a scope sees only some rows; at most this many are read to fill one page, so that
// a page may come back short with a `next` to follow.
constexpr std::size_t kScannedPerPage = 5000;

bj::value parsed(const std::optional<std::string>& text) {
  if (!text) return nullptr;
  return bj::parse(*text);
}

// Whether the caller may read the row: a reader without a scope reads every row; one with a
// scope reads the rows of units within it, never a row hidden from its own unit or one above it.
class Visibility {
 public:
  explicit Visibility(const app::Context& ctx) : ctx_(ctx) {}
  bool operator()(const Entry& e) {
    if (ctx_.unscoped()) return true;
    if (!e.where.unit) return false;
    auto day = vietnam_date_of(e.at).value_or(today_in_vietnam());
    auto key = *e.where.unit + "|" + e.where.hidden_from.value_or("") + "|" + day.iso();
    auto [it, fresh] = judged_.try_emplace(key, false);
    if (fresh) {
      it->second =
          ctx_.in_scope(*e.where.unit, day) && !(e.where.hidden_from && ctx_.concerned_by(*e.where.hidden_from, day));
    }
    return it->second;
  }

 private:
  const app::Context& ctx_;
  std::map<std::string, bool> judged_;
};

bj::object to_json(const Entry& e) {
  return {{"id", e.id},
          {"at", e.at},
          {"user", e.actor},
          {"remote_address", e.remote_address},
          {"request_id", e.request_id},
          {"action", e.action},
          {"entity", e.entity},
          {"key", e.entity_key},
          {"unit", json::nullable(e.where.unit)},
          {"before", parsed(e.before_json)},
          {"after", parsed(e.after_json)},
          {"hash", e.hash}};
}

}  // namespace

void register_routes(app::Api& api) {
  api.get("/api/v1/audit", access::perm::kAuditRead, [](app::Context& ctx) {
    const auto& q = ctx.request;
    Filter f{q.query_param("user"),
             q.query_param("entity"),
             q.query_param("key"),
             q.query_param("from"),
             q.query_param("to"),
             std::nullopt,
             kPage};
    if (auto cursor = q.query_param("cursor")) {
      try {
        f.before_id = std::stoll(*cursor);
      } catch (const std::exception&) {
        throw messages::error<"audit.cursor_invalid">("cursor");
      }
    }
    Visibility visible(ctx);
    bj::array items;
    std::size_t scanned = 0;
    bool more = true;
    while (more && items.size() < kPage && scanned < kScannedPerPage) {
      auto rows = list(ctx.db, f);
      std::size_t read = 0;
      while (read < rows.size() && items.size() < kPage) {
        const auto& e = rows[read++];
        f.before_id = e.id;
        if (visible(e)) items.push_back(to_json(e));
      }
      scanned += read;
      more = read < rows.size() || rows.size() == f.limit;
    }
    bj::value next = more && f.before_id ? bj::value(std::to_string(*f.before_id)) : bj::value(nullptr);
    return http::Response::json(200, {{"items", std::move(items)}, {"next", next}});
  });
}

}  // namespace sen::audit
