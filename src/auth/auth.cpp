#include "auth/auth.hpp"

#include <algorithm>

#include "access/permissions.hpp"
#include "auth/messages.hpp"
#include "auth/secrets.hpp"
#include "auth/store.hpp"
#include "auth/throttle.hpp"
#include "base/error.hpp"
#include "base/received_text.hpp"
#include "units/units.hpp"

namespace sen::auth {

namespace {

// Logins: an account from one client, and one client across accounts.
constexpr ThrottleRule kAccountFromClient{5, std::chrono::seconds(30), std::chrono::minutes(15)};
constexpr ThrottleRule kClient{30, std::chrono::seconds(30), std::chrono::minutes(15)};
// A token's last use is written at most this often.
constexpr std::chrono::minutes kTouchEvery{5};

void check_username(const std::string& name) {
  bool ok = name.size() >= 3 && name.size() <= 40 && std::all_of(name.begin(), name.end(), [](char ch) {
              return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '.' || ch == '_' || ch == '-';
            });
  if (!ok) {
    throw messages::error<"user.username_invalid">("username");
  }
}

void check_role_and_scope(db::Connection& c, const std::string& role, const std::optional<std::string>& unit) {
  if (!access::is_role(role)) {
    throw messages::error<"user.role_unknown">("role", role);
  }
  // A closed unit is a valid scope: someone may still enter its data of earlier years.
  if (unit && !units::lifetime(c, *unit)) {
    throw messages::error<"user.unit_unknown">("unit", *unit);
  }
}

void check_grants(const std::set<std::string>& grants) {
  for (const auto& g : grants) {
    if (std::find(access::kGrantable.begin(), access::kGrantable.end(), g) == access::kGrantable.end()) {
      throw messages::error<"user.grant_not_grantable">("grants", g);
    }
  }
}

// Whether `by` manages accounts scoped to `unit` (none: everywhere).
bool manages(db::Connection& c, const Principal& by, const std::optional<std::string>& unit) {
  if (!by.user.unit) return true;
  return unit && in_scope(c, by, *unit, today_in_vietnam());
}

void require_manages(db::Connection& c, const Principal& by, const std::optional<std::string>& unit,
                     const char* field) {
  if (!manages(c, by, unit)) {
    throw messages::error<"user.out_of_scope">(field, by.user.username, by.user.unit.value_or(""));
  }
}

// Grants `by` adds (in `wanted` but not in `had`) must be grants it holds itself.
void require_grants_held(const Principal& by, const std::set<std::string>& had, const std::set<std::string>& wanted) {
  for (const auto& g : wanted) {
    if (had.count(g) == 0 && by.user.grants.count(g) == 0) {
      throw messages::error<"user.grant_not_held">("grants", by.user.username, g);
    }
  }
}

// A hash to verify against when the user does not exist, so that the answer takes as long.
const std::string& dummy_hash() {
  static const std::string h = hash_password("no such user, no such password");
  return h;
}

std::optional<Principal> principal_of(db::Connection& c, std::int64_t user_id, const char* via, std::string csrf,
                                      std::string expires_at) {
  auto u = store::find_user_by_id(c, user_id);
  if (!u || u->disabled) return std::nullopt;
  return Principal{*u, via, std::move(csrf), "", false, std::move(expires_at)};
}

void end_sessions_and_tokens(db::Connection& c, std::int64_t user_id) {
  store::delete_sessions_of(c, user_id);
  store::revoke_tokens_of(c, user_id, utc_timestamp());
}

}  // namespace

Principal operator_principal(const std::string& name) {
  User u;
  u.username = name;
  u.role = "admin";
  u.grants = {access::kGrantable.begin(), access::kGrantable.end()};
  return Principal{u, "cli", "", "", false, ""};
}

std::vector<User> users(db::Connection& c, const Principal& by) {
  std::vector<User> out;
  for (auto& u : store::list_users(c)) {
    if (u.username == by.user.username || manages(c, by, u.unit)) out.push_back(std::move(u));
  }
  return out;
}

User user(db::Connection& c, const std::string& username) {
  auto s = store::find_user(c, username);
  if (!s) throw messages::error<"user.not_found">("", username);
  return s->user;
}

User create_user(db::Connection& c, const Principal& by, const NewUser& n) {
  check_username(n.username);
  check_role_and_scope(c, n.role, n.unit);
  check_grants(n.grants);
  require_manages(c, by, n.unit, "unit");
  require_grants_held(by, {}, n.grants);
  if (!n.service && !n.password) throw messages::error<"user.password_required">("password");
  if (n.service && n.password) {
    throw messages::error<"user.service_password">("password");
  }
  if (n.password) check_password_rules(*n.password, n.username, "password");
  if (store::find_user(c, n.username)) {
    throw messages::error<"user.exists">("username", n.username);
  }
  User u{0, n.username, n.display_name, n.role, n.unit, false, n.service, n.grants, utc_timestamp(), 1};
  // A service account's password hash is of a secret nobody knows: it can never log in.
  u.id = store::insert_user(c, u, hash_password(n.password ? *n.password : random_secret()));
  store::set_grants(c, u.id, u.grants);
  return u;
}

User change_user(db::Connection& c, const Principal& by, const std::string& username, const UserChange& ch) {
  User u = user(c, username);
  require_manages(c, by, u.unit, "username");
  std::int64_t current_version = u.version;
  if (ch.display_name) u.display_name = ch.display_name;
  if (ch.role) u.role = *ch.role;
  if (ch.unit) u.unit = ch.unit;
  if (ch.unit_clear) u.unit.reset();
  if (ch.disabled) u.disabled = *ch.disabled;
  check_role_and_scope(c, u.role, ch.unit);
  if (ch.unit || ch.unit_clear) require_manages(c, by, u.unit, "unit");
  if (ch.grants) {
    check_grants(*ch.grants);
    require_grants_held(by, u.grants, *ch.grants);
    u.grants = *ch.grants;
  }
  if (ch.password && u.service) {
    throw messages::error<"user.service_password">("password");
  }
  if (!store::update_user(c, u, ch.version)) throw stale_version(ch.version, current_version);
  if (ch.grants) store::set_grants(c, u.id, u.grants);
  if (ch.password) {
    check_password_rules(*ch.password, u.username, "password");
    store::set_password_hash(c, u.id, hash_password(*ch.password));
  }
  if (ch.password || u.disabled) end_sessions_and_tokens(c, u.id);
  return user(c, username);
}

LoginResult login(db::Connection& c, const std::string& username, const std::string& password,
                  const std::string& client) {
  const std::string account = "login:" + username + "|" + client;
  const std::string from = "login-client:" + client;
  LoginResult result;
  result.retry_after_seconds = std::max(throttle_wait(c, account), throttle_wait(c, from));
  if (result.retry_after_seconds > 0) return result;
  auto stored = store::find_user(c, username);
  if (stored) result.account_unit = stored->user.unit;
  bool ok = verify_password(stored ? stored->password_hash : dummy_hash(), password) && stored &&
            !stored->user.disabled && !stored->user.service;
  if (!ok) {
    throttle_failure(c, account, kAccountFromClient);
    throttle_failure(c, from, kClient);
    return result;
  }
  throttle_success(c, account);
  result.ok = true;
  result.session_token = random_secret();
  result.csrf_token = random_secret();
  result.user = stored->user;
  store::insert_session(c, secret_hash(result.session_token), stored->user.id, result.csrf_token, utc_timestamp(),
                        utc_timestamp(std::chrono::duration_cast<std::chrono::seconds>(kSessionLifetime)), client);
  return result;
}

void logout(db::Connection& c, const std::string& session_token) {
  store::delete_session(c, secret_hash(session_token));
}

std::optional<Principal> from_session(db::Connection& c, const std::string& session_token) {
  auto s = store::find_session(c, secret_hash(session_token), utc_timestamp());
  if (!s) return std::nullopt;
  return principal_of(c, s->user_id, "session", s->csrf_token, s->expires_at);
}

std::optional<Principal> from_token(db::Connection& c, const std::string& bearer_token) {
  auto hash = secret_hash(bearer_token);
  auto t = store::find_token(c, hash, utc_timestamp());
  if (!t) return std::nullopt;
  auto p = principal_of(c, t->user_id, "token", "", t->expires_at);
  if (!p) return std::nullopt;
  p->token_hash = hash;
  p->token_used_long_ago =
      !t->last_used_at ||
      *t->last_used_at < utc_timestamp(-std::chrono::duration_cast<std::chrono::seconds>(kTouchEvery));
  return p;
}

void touch_token(db::Connection& c, const std::string& token_hash) {
  store::set_token_last_used(c, token_hash, utc_timestamp());
}

std::string create_token(db::Connection& c, const Principal& by, const std::string& given_name,
                         const std::string& username, int days) {
  // The same check on every path (API, command line): one line, NFC, 1–64 characters.
  const std::string name = received_text(given_name, "name", 64, Lines::one);
  if (days < 1 || days > kTokenDaysMost) {
    throw messages::error<"token.days_range">("expires_in_days", kTokenDaysMost);
  }
  auto u = user(c, username);
  bool own = u.username == by.user.username;
  if (!own && by.via != "cli") {
    if (!u.service) {
      throw messages::error<"token.not_service">("username");
    }
    require_manages(c, by, u.unit, "username");
  }
  if (u.disabled) {
    throw messages::error<"token.account_disabled">("username", username);
  }
  if (store::token_name_taken(c, name)) {
    throw messages::error<"token.exists">("name", name);
  }
  std::string secret = random_secret();
  store::insert_token(c, name, u.id, secret_hash(secret), utc_timestamp(),
                      utc_timestamp(std::chrono::hours(24) * days));
  return secret;
}

void revoke_token(db::Connection& c, const Principal& by, const std::string& name) {
  for (const auto& t : tokens(c, by)) {
    if (t.name == name && !t.revoked_at && store::revoke_token(c, name, utc_timestamp())) return;
  }
  throw messages::error<"token.not_found">("", name);
}

std::vector<TokenInfo> tokens(db::Connection& c, const Principal& by) {
  std::vector<TokenInfo> out;
  for (auto& t : store::list_tokens(c)) {
    if (t.username == by.user.username || manages(c, by, t.unit)) out.push_back(std::move(t));
  }
  return out;
}

void upgrade_tokens(db::Connection& c) {
  store::give_tokens_expiry(c, utc_timestamp(std::chrono::hours(24) * kTokenDaysDefault));
}

bool in_scope(db::Connection& c, const Principal& p, const std::string& unit, Date day) {
  if (!p.user.unit) return true;
  if (unit == *p.user.unit) return true;
  if (!units::lifetime(c, unit)) return false;
  for (const auto& a : units::ancestors(c, unit, units::clamp_to_lifetime(c, unit, day))) {
    if (a.code == *p.user.unit) return true;
  }
  return false;
}

}  // namespace sen::auth
