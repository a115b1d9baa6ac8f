#include "auth/routes.hpp"

#include <fmt/format.h>

#include <boost/json.hpp>

#include "access/permissions.hpp"
#include "auth/auth.hpp"
#include "auth/messages.hpp"
#include "base/error.hpp"
#include "base/json.hpp"
#include "http/problem.hpp"

namespace sen::auth {

namespace bj = boost::json;

namespace {

bj::object to_json(const User& u) {
  bj::array grants;
  for (const auto& g : u.grants) grants.push_back(bj::value(g));
  return {{"username", u.username},
          {"display_name", json::nullable(u.display_name)},
          {"role", u.role},
          {"unit", json::nullable(u.unit)},
          {"disabled", u.disabled},
          {"service", u.service},
          {"grants", std::move(grants)},
          {"created_at", u.created_at},
          {"version", u.version}};
}

bj::array permissions_of(const Principal& p) {
  bj::array out;
  for (auto permission : access::perm::kAll) {
    if (p.can(permission)) out.push_back(bj::value(permission));
  }
  return out;
}

std::string session_cookie(const app::Api& api, const std::string& value, long long max_age) {
  return fmt::format("{}={}; Path=/; HttpOnly; SameSite=Strict; Max-Age={}{}", app::kSessionCookie, value, max_age,
                     api.options().secure_cookies ? "; Secure" : "");
}

std::set<std::string> grants_of(const json::Fields& f) {
  auto list = f.optional_string_array("grants");
  return {list.begin(), list.end()};
}

}  // namespace

void register_routes(app::Api& api) {
  using namespace access::perm;

  api.post("/api/v1/auth/login", kPublic, [&api](app::Context& ctx) {
    auto body = json::parse_object(ctx.request.body);
    json::Fields f(body);
    f.allow_only({"username", "password"});
    auto username = f.required_string("username", 40);
    auto password = f.required_string("password", 1000);
    auto result = login(ctx.db, username, password, ctx.request.client_address);
    if (result.retry_after_seconds > 0) {
      // Returned, not thrown, so that the transaction commits what login() wrote.
      auto r = http::problem(messages::error<"login.wait">("", result.retry_after_seconds), ctx.request);
      r.status = 429;
      r.headers.emplace_back("Retry-After", std::to_string(result.retry_after_seconds));
      return r;
    }
    if (!result.ok) {
      ctx.audit("login_failed", "session", username, {result.account_unit, std::nullopt}, nullptr, nullptr);
      return http::problem(messages::error<"login.failed">(""), ctx.request);
    }
    ctx.audit("login", "session", username, {result.user->unit, std::nullopt}, nullptr, nullptr);
    auto r = http::Response::json(200, {{"user", to_json(*result.user)}, {"csrf_token", result.csrf_token}});
    r.headers.emplace_back("Set-Cookie",
                           session_cookie(api, result.session_token, std::chrono::seconds(kSessionLifetime).count()));
    return r;
  });

  api.post("/api/v1/auth/logout", kSignedIn, [&api](app::Context& ctx) {
    if (auto token = app::cookie(ctx.request, app::kSessionCookie)) logout(ctx.db, *token);
    ctx.audit("logout", "session", ctx.actor(), {ctx.principal->user.unit, std::nullopt}, nullptr, nullptr);
    auto r = http::Response::no_content();
    r.headers.emplace_back("Set-Cookie", session_cookie(api, "", 0));
    return r;
  });

  api.get("/api/v1/me", kSignedIn, [](app::Context& ctx) {
    auto o = to_json(ctx.principal->user);
    o["permissions"] = permissions_of(*ctx.principal);
    o["via"] = ctx.principal->via;
    if (ctx.principal->via == "session") o["csrf_token"] = ctx.principal->csrf;
    return http::Response::json(200, o);
  });

  api.get("/api/v1/users", kUsersManage, [](app::Context& ctx) {
    bj::array out;
    for (const auto& u : users(ctx.db, *ctx.principal)) out.push_back(to_json(u));
    return http::Response::json(200, {{"items", std::move(out)}, {"next", nullptr}});
  });

  api.post("/api/v1/users", kUsersManage, [](app::Context& ctx) {
    auto body = json::parse_object(ctx.request.body);
    json::Fields f(body);
    f.allow_only({"username", "display_name", "password", "role", "unit", "grants", "service"});
    NewUser n{f.required_string("username", 40), f.optional_string("display_name"), f.optional_string("password", 1000),
              f.required_string("role", 40),     f.optional_string("unit", 32),     grants_of(f),
              f.optional_bool("service", false)};
    auto created = create_user(ctx.db, *ctx.principal, n);
    ctx.audit("create", "user", created.username, {created.unit, std::nullopt}, nullptr, to_json(created));
    return http::Response::created(to_json(created), "/api/v1/users/" + created.username);
  });

  api.patch("/api/v1/users/{username}", kUsersManage, [](app::Context& ctx) {
    auto body = json::parse_object(ctx.request.body);
    json::Fields f(body);
    f.allow_only({"version", "display_name", "role", "unit", "disabled", "password", "grants"});
    UserChange ch;
    ch.version = f.required_int("version");
    ch.display_name = f.optional_string("display_name");
    ch.role = f.optional_string("role", 40);
    ch.unit_clear = body.contains("unit") && body.at("unit").is_null();
    ch.unit = f.optional_string("unit", 32);
    if (f.has("disabled")) ch.disabled = f.optional_bool("disabled", false);
    ch.password = f.optional_string("password", 1000);
    if (f.has("grants")) ch.grants = grants_of(f);
    if (ch.disabled == true && ctx.param("username") == ctx.actor()) {
      throw messages::error<"user.disable_self">("disabled");
    }
    auto before = user(ctx.db, ctx.param("username"));
    auto after = change_user(ctx.db, *ctx.principal, ctx.param("username"), ch);
    bj::object logged = to_json(after);
    if (ch.password) logged["password"] = "changed";  // the password itself is never logged
    // Seen by the administrators of the scope before and after the change.
    ctx.audit("change", "user", after.username, {after.unit, std::nullopt}, to_json(before), logged);
    if (before.unit != after.unit) {
      ctx.audit("change", "user", after.username, {before.unit, std::nullopt}, to_json(before), logged);
    }
    return http::Response::json(200, to_json(after));
  });

  api.get("/api/v1/tokens", kUsersManage, [](app::Context& ctx) {
    bj::array out;
    for (const auto& t : tokens(ctx.db, *ctx.principal)) {
      out.push_back({{"name", t.name},
                     {"username", t.username},
                     {"created_at", t.created_at},
                     {"expires_at", t.expires_at},
                     {"last_used_at", json::nullable(t.last_used_at)},
                     {"revoked_at", json::nullable(t.revoked_at)}});
    }
    return http::Response::json(200, {{"items", std::move(out)}, {"next", nullptr}});
  });

  api.post("/api/v1/tokens", kUsersManage, [](app::Context& ctx) {
    auto body = json::parse_object(ctx.request.body);
    json::Fields f(body);
    f.allow_only({"name", "username", "expires_in_days"});
    auto name = f.required_string("name", 64);
    auto username = f.optional_string("username", 40).value_or(ctx.actor());
    auto days = f.optional_int("expires_in_days", 1, kTokenDaysMost).value_or(kTokenDaysDefault);
    auto secret = create_token(ctx.db, *ctx.principal, name, username, static_cast<int>(days));
    auto holder = user(ctx.db, username);
    ctx.audit("create", "token", name, {holder.unit, std::nullopt}, nullptr,
              {{"username", username}, {"expires_in_days", days}});
    return http::Response::json(201, {{"name", name}, {"username", username}, {"token", secret}});
  });

  api.post("/api/v1/tokens/{name}/revoke", kUsersManage, [](app::Context& ctx) {
    std::optional<std::string> unit;
    for (const auto& t : tokens(ctx.db, *ctx.principal)) {
      if (t.name == ctx.param("name")) unit = t.unit;
    }
    revoke_token(ctx.db, *ctx.principal, ctx.param("name"));
    ctx.audit("revoke", "token", ctx.param("name"), {unit, std::nullopt}, nullptr, nullptr);
    return http::Response::no_content();
  });
}

}  // namespace sen::auth
