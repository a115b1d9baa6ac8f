#include "app/api.hpp"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <stdexcept>

#include "access/permissions.hpp"
#include "app/messages.hpp"
#include "base/error.hpp"

namespace sen::app {

Date Context::date_param(std::string_view name, Date fallback) const {
  auto text = request.query_param(name);
  if (!text) return fallback;
  auto date = Date::parse(*text);
  if (!date) {
    throw messages::error<"param.not_date">(std::string(name), name);
  }
  require_calendar_date(*date, name);
  return *date;
}

namespace {

Error lacks_permission(std::string_view permission) {
  return messages::error<"forbidden">("", permission);
}

}  // namespace

void Context::require_permission(std::string_view permission) const {
  if (!principal || !principal->can(permission)) throw lacks_permission(permission);
}

Date Context::as_of() const {
  Date day = date_param("as_of", today());
  if (day > today()) {
    throw messages::error<"param.as_of_future">("as_of", day);
  }
  return day;
}

std::string Context::required_param(std::string_view name) const {
  auto text = request.query_param(name);
  if (!text || text->empty()) {
    throw messages::error<"param.missing">(std::string(name), name);
  }
  return *text;
}

Period Context::period_param(std::string_view name) const {
  auto text = required_param(name);
  auto period = Period::parse(text);
  if (!period) {
    throw messages::error<"param.period">(std::string(name), text);
  }
  return *period;
}

DateRange Context::window_param(const Period& period) const {
  auto text = request.query_param("window").value_or("calendar");
  if (text == "calendar") return period.days();
  if (text == "cutoff") return period.cutoff();
  throw messages::error<"param.window">("window");
}

int Context::year_param(std::string_view name, int fallback) const {
  auto text = request.query_param(name);
  if (!text) return fallback;
  auto period = Period::parse(*text);
  if (!period || period->kind() != PeriodKind::year) {
    throw messages::error<"param.year">(std::string(name), *text);
  }
  return period->year();
}

std::size_t Context::page_limit(std::size_t fallback, std::size_t most) const {
  auto text = request.query_param("limit");
  if (!text) return fallback;
  std::size_t used = 0;
  long long n = -1;
  try {
    n = std::stoll(*text, &used);
  } catch (const std::exception&) {
  }
  if (used != text->size() || n < 1 || n > static_cast<long long>(most)) {
    throw messages::error<"param.limit">("limit", most);
  }
  return static_cast<std::size_t>(n);
}

bool Context::bool_param(std::string_view name, bool fallback) const {
  auto text = request.query_param(name);
  if (!text) return fallback;
  if (*text != "true" && *text != "false") {
    throw messages::error<"param.not_boolean">(std::string(name), name);
  }
  return *text == "true";
}

bool Context::in_scope(const std::string& unit, Date day) const {
  return principal && gate.in_scope(db, *principal, unit, day);
}

void Context::require_scope(const std::string& unit, Date day) const {
  if (in_scope(unit, day)) return;
  throw messages::error<"out_of_scope">("unit", unit);
}

void Context::require_unscoped(const char* field) const {
  if (unscoped()) return;
  throw messages::error<"out_of_scope.no_unit">(field, field);
}

bool Context::concerned_by(const std::string& unit, Date day) const {
  if (!principal || !principal->user.unit) return false;
  return gate.at_or_above(db, *principal->user.unit, unit, day);
}

std::string Context::actor() const {
  return principal ? principal->user.username : "anonymous";
}

void Context::audit(std::string_view action, std::string_view entity, std::string_view key, const access::Where& where,
                    const boost::json::value& before, const boost::json::value& after) const {
  gate.audit(db, AuditActor{actor(), request.client_address, request.request_id}, action, entity, key, where, before,
             after);
}

std::optional<std::string> cookie(const http::Request& request, std::string_view name) {
  auto header = request.header("cookie");
  if (!header) return std::nullopt;
  std::string_view rest = *header;
  while (!rest.empty()) {
    auto end = rest.find(';');
    std::string_view pair = rest.substr(0, end);
    while (!pair.empty() && pair.front() == ' ') pair.remove_prefix(1);
    auto eq = pair.find('=');
    if (eq != std::string_view::npos && pair.substr(0, eq) == name) return std::string(pair.substr(eq + 1));
    if (end == std::string_view::npos) break;
    rest.remove_prefix(end + 1);
  }
  return std::nullopt;
}

void Api::get(std::string pattern, std::string_view permission, Handler h, Transaction transaction) {
  add(http::Method::get, std::move(pattern), permission, std::move(h), transaction);
}
void Api::post(std::string pattern, std::string_view permission, Handler h) {
  add(http::Method::post, std::move(pattern), permission, std::move(h));
}
void Api::put(std::string pattern, std::string_view permission, Handler h) {
  add(http::Method::put, std::move(pattern), permission, std::move(h));
}
void Api::patch(std::string pattern, std::string_view permission, Handler h) {
  add(http::Method::patch, std::move(pattern), permission, std::move(h));
}

void Api::del(std::string pattern, std::string_view permission, Handler h) {
  add(http::Method::delete_, std::move(pattern), permission, std::move(h));
}

void Api::add(http::Method method, std::string pattern, std::string_view permission, Handler handler,
              Transaction transaction) {
  if (permission.empty()) throw std::logic_error("route without a permission: " + pattern);
  table_.add(method, std::move(pattern));
  permissions_.emplace_back(permission);
  handlers_.push_back(std::move(handler));
  transactions_.push_back(transaction);
}

void Api::wrap_routes(const std::function<bool(const Route&)>& select,
                      const std::function<Handler(const Route&, Handler)>& wrap) {
  auto all = routes();
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (select(all[i])) handlers_[i] = wrap(all[i], std::move(handlers_[i]));
  }
}

std::vector<Api::Route> Api::routes() const {
  std::vector<Route> out;
  for (std::size_t i = 0; i < table_.entries().size(); ++i) {
    out.push_back({table_.entries()[i].method, table_.entries()[i].pattern, permissions_[i]});
  }
  return out;
}

namespace {

// Who sent the request: a bearer token first, else the session cookie.
std::optional<access::Principal> authenticate(const Gate& gate, db::Connection& c, const http::Request& request) {
  if (auto header = request.header("authorization")) {
    constexpr std::string_view kBearer = "Bearer ";
    if (header->rfind(kBearer, 0) != 0) return std::nullopt;
    return gate.from_token(c, header->substr(kBearer.size()));
  }
  if (auto session = cookie(request, kSessionCookie)) return gate.from_session(c, *session);
  return std::nullopt;
}

std::optional<std::string> response_header(const http::Response& r, std::string_view name) {
  for (const auto& [n, value] : r.headers) {
    if (n == name) return value;
  }
  return std::nullopt;
}

bool cacheable(const http::Response& r) {
  return r.status == 200 && !response_header(r, "Cache-Control") && !response_header(r, "Set-Cookie");
}

http::Response not_modified(const std::string& tag) {
  http::Response r{.status = 304, .content_type = "", .body = "", .headers = {}};
  r.headers.emplace_back("ETag", tag);
  r.headers.emplace_back("Cache-Control", "private, no-cache");
  return r;
}

// The response, or 304 when the request's If-None-Match names its ETag.
http::Response validated(const http::Request& request, http::Response response) {
  if (auto tag = response_header(response, "ETag");
      tag && none_match_hits(request.header("if-none-match").value_or(""), *tag)) {
    return not_modified(*tag);
  }
  return response;
}

Error unauthenticated() {
  return messages::error<"unauthenticated">("");
}

}  // namespace

std::optional<http::Response> Api::kept_answer(const http::Request& request, const std::string& credential,
                                               const std::string& permission) {
  return database_->with_connection([&](db::Connection& c) -> std::optional<http::Response> {
    auto generation = db::data_generation(c);
    std::shared_ptr<const access::Principal> principal;
    if (!credential.empty()) {
      principal = credentials_.find(credential, generation, utc_timestamp(), CredentialCache::Clock::now());
      if (!principal) return std::nullopt;
    }
    if (permission != access::perm::kPublic && (!principal || !principal->can(permission))) return std::nullopt;
    return answers_.find(answer_key(request, principal.get(), today_in_vietnam()), generation);
  });
}

http::Response Api::answer_read(const Handler& handler, Context& ctx, std::int64_t generation) {
  auto key = answer_key(ctx.request, ctx.principal, ctx.today());
  if (auto kept = answers_.find(key, generation)) return *kept;
  auto answer = handler(ctx);
  if (!cacheable(answer)) return answer;
  answer.headers.emplace_back("ETag", entity_tag(answer.body));
  // Private: the answer is the caller's; no-cache: the browser asks again with If-None-Match.
  answer.headers.emplace_back("Cache-Control", "private, no-cache");
  answers_.keep(key, generation, answer);
  return answer;
}

void Api::render_errors(std::string path_prefix, ErrorRenderer renderer) {
  renderers_.emplace_back(std::move(path_prefix), std::move(renderer));
}

http::Response Api::handle(const http::Request& request) {
  for (const auto& [prefix, render] : renderers_) {
    if (request.path.rfind(prefix, 0) != 0) continue;
    try {
      return route(request);
    } catch (const Error& e) {
      return render(e, request);
    }
  }
  return route(request);
}

http::Response Api::route(const http::Request& request) {
  auto match = table_.match(request.method, request.path);
  if (match.route == http::RouteMatch::kNone) {
    if (!match.allowed.empty()) {
      std::string allowed;
      for (auto m : match.allowed) allowed += (allowed.empty() ? "" : ", ") + std::string(http::method_name(m));
      throw messages::error<"method_not_allowed">("", http::method_name(request.method), allowed);
    }
    throw messages::error<"no_route">("", request.path);
  }
  const std::string& permission = permissions_[match.route];
  const Handler& handler = handlers_[match.route];
  bool reading = request.method == http::Method::get || request.method == http::Method::head;
  bool writing = !reading || transactions_[match.route] == Transaction::write;
  if (!database_ || !gate_) throw std::logic_error("Api::handle without a database or a gate");
  bool keeping = !writing && options_.answer_cache_bytes > 0;
  std::string credential = keeping ? credential_key(request) : "";
  if (keeping) {
    if (auto kept = kept_answer(request, credential, permission)) return validated(request, std::move(*kept));
  }
  std::string token_to_touch;
  auto run = [&](db::Connection& c) {
    // Read first, so that everything read after (the credential, the data) is at least as new.
    std::int64_t generation = keeping ? db::data_generation(c) : 0;
    auto principal = authenticate(*gate_, c, request);
    if (principal && principal->token_used_long_ago) token_to_touch = principal->token_hash;
    if (keeping && principal && !principal->token_used_long_ago) {
      credentials_.keep(credential, generation, *principal, CredentialCache::Clock::now());
    }
    if (permission != access::perm::kPublic) {
      if (!principal) throw unauthenticated();
      if (!principal->can(permission)) throw lacks_permission(permission);
    }
    // A cookie is sent by the browser whoever asks it to; a write must prove it comes from our page.
    if (principal && principal->via == "session" && !reading && request.header(kCsrfHeader) != principal->csrf) {
      throw messages::error<"csrf">("");
    }
    Context ctx{request, match.params, c, principal ? &*principal : nullptr, *gate_};
    return keeping ? answer_read(handler, ctx, generation) : handler(ctx);
  };
  try {
    auto response = writing ? database_->write(run) : database_->read(run);
    // A token's last use, written at most every few minutes and never in the way of the answer.
    if (!token_to_touch.empty()) {
      try {
        database_->write([&](db::Connection& c) { gate_->touch_token(c, token_to_touch); });
      } catch (const std::exception& e) {
        spdlog::warn("request {}: the token's last use was not recorded: {}", request.request_id, e.what());
      }
    }
    return validated(request, std::move(response));
  } catch (const db::ConstraintViolation&) {
    // The checks passed, so another request wrote the same key in the meantime.
    throw messages::error<"concurrent_change">("");
  }
}

}  // namespace sen::app
