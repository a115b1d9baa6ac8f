#include "auth/auth.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "auth/permissions.hpp"
#include "auth/secrets.hpp"
#include "auth/store.hpp"
#include "base/error.hpp"
#include "units/units.hpp"

namespace sen::auth {

bool Principal::can(std::string_view permission) const {
  return role_has(user.role, permission) || user.grants.count(std::string(permission)) > 0;
}

namespace {

void check_username(const std::string& name) {
  bool ok = name.size() >= 3 && name.size() <= 40 &&
            std::all_of(name.begin(), name.end(), [](char ch) {
              return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '.' || ch == '_' || ch == '-';
            });
  if (!ok) {
    throw invalid_field("username", "Tên đăng nhập gồm 3–40 ký tự a-z, 0-9, '.', '_', '-'",
                        "A user name has 3–40 characters a-z, 0-9, '.', '_', '-'");
  }
}

void check_role_and_scope(db::Connection& c, const std::string& role, const std::optional<std::string>& unit) {
  if (!is_role(role)) {
    throw invalid_field("role", fmt::format("Vai trò '{}' không có", role), fmt::format("Unknown role '{}'", role));
  }
  // A closed unit is a valid scope: someone may still enter its data of earlier years.
  if (unit && !units::lifetime(c, *unit)) {
    throw invalid_field("unit", fmt::format("Không có đơn vị mã '{}'", *unit), fmt::format("No unit '{}'", *unit));
  }
}

void check_grants(const std::set<std::string>& grants) {
  for (const auto& g : grants) {
    if (std::find(kGrantable.begin(), kGrantable.end(), g) == kGrantable.end()) {
      throw invalid_field("grants", fmt::format("Quyền '{}' không cấp riêng được", g),
                          fmt::format("Permission '{}' cannot be granted individually", g));
    }
  }
}

// A hash to verify against when the user does not exist, so that the answer takes as long.
const std::string& dummy_hash() {
  static const std::string h = hash_password("no such user, no such password");
  return h;
}

std::optional<Principal> principal_of(db::Connection& c, std::int64_t user_id, const char* via, std::string csrf) {
  auto u = store::find_user_by_id(c, user_id);
  if (!u || u->disabled) return std::nullopt;
  return Principal{*u, via, std::move(csrf)};
}

}  // namespace

std::vector<User> users(db::Connection& c) { return store::list_users(c); }

User user(db::Connection& c, const std::string& username) {
  auto s = store::find_user(c, username);
  if (!s) throw not_found("người dùng", "user", username);
  return s->user;
}

User create_user(db::Connection& c, const NewUser& n) {
  check_username(n.username);
  check_role_and_scope(c, n.role, n.unit);
  check_grants(n.grants);
  check_password_rules(n.password, n.username, "password");
  if (store::find_user(c, n.username)) {
    throw Error(ErrorKind::conflict, "user.exists", fmt::format("Tên đăng nhập {} đã có", n.username),
                fmt::format("User name {} is already taken", n.username), "username");
  }
  User u{0, n.username, n.display_name, n.role, n.unit, false, n.grants, utc_timestamp(), 1};
  u.id = store::insert_user(c, u, hash_password(n.password));
  store::set_grants(c, u.id, u.grants);
  return u;
}

User change_user(db::Connection& c, const std::string& username, const UserChange& ch) {
  User u = user(c, username);
  std::int64_t current_version = u.version;
  if (ch.display_name) u.display_name = ch.display_name;
  if (ch.role) u.role = *ch.role;
  if (ch.unit) u.unit = ch.unit;
  if (ch.unit_clear) u.unit.reset();
  if (ch.disabled) u.disabled = *ch.disabled;
  check_role_and_scope(c, u.role, ch.unit);
  if (ch.grants) {
    check_grants(*ch.grants);
    u.grants = *ch.grants;
  }
  if (!store::update_user(c, u, ch.version)) throw stale_version(ch.version, current_version);
  if (ch.grants) store::set_grants(c, u.id, u.grants);
  if (ch.password) {
    check_password_rules(*ch.password, u.username, "password");
    store::set_password_hash(c, u.id, hash_password(*ch.password));
  }
  if (ch.password || u.disabled) store::delete_sessions_of(c, u.id);
  return user(c, username);
}

LoginResult login(db::Connection& c, const std::string& username, const std::string& password,
                  const std::string& remote_address) {
  const std::string now = utc_timestamp();
  const std::string subjects[] = {"user:" + username, "address:" + remote_address};
  LoginResult result;
  for (const auto& s : subjects) {
    auto f = store::failures(c, s);
    if (f.locked_until && *f.locked_until > now) {
      result.retry_after_seconds = static_cast<int>(std::max(1LL, seconds_until(*f.locked_until).value_or(1) + 1));
      return result;
    }
  }
  auto stored = store::find_user(c, username);
  bool ok = verify_password(stored ? stored->password_hash : dummy_hash(), password) && stored &&
            !stored->user.disabled;
  if (!ok) {
    for (const auto& s : subjects) {
      int count = store::failures(c, s).count + 1;
      std::optional<std::string> locked;
      if (count >= kFailuresBeforeWait) {
        int wait = std::min(30 << std::min(count - kFailuresBeforeWait, 5), 15 * 60);
        locked = utc_timestamp(std::chrono::seconds(wait));
      }
      store::set_failures(c, s, count, now, locked);
    }
    return result;
  }
  for (const auto& s : subjects) store::clear_failures(c, s);
  result.ok = true;
  result.session_token = random_secret();
  result.csrf_token = random_secret();
  result.user = stored->user;
  store::insert_session(c, secret_hash(result.session_token), stored->user.id, result.csrf_token, now,
                        utc_timestamp(std::chrono::duration_cast<std::chrono::seconds>(kSessionLifetime)),
                        remote_address);
  return result;
}

void logout(db::Connection& c, const std::string& session_token) {
  store::delete_session(c, secret_hash(session_token));
}

std::optional<Principal> from_session(db::Connection& c, const std::string& session_token) {
  auto s = store::find_session(c, secret_hash(session_token), utc_timestamp());
  if (!s) return std::nullopt;
  return principal_of(c, s->first, "session", s->second);
}

std::optional<Principal> from_token(db::Connection& c, const std::string& bearer_token) {
  auto id = store::find_token(c, secret_hash(bearer_token));
  if (!id) return std::nullopt;
  return principal_of(c, *id, "token", "");
}

std::string create_token(db::Connection& c, const std::string& name, const std::string& username) {
  if (name.empty() || name.size() > 64) {
    throw invalid_field("name", "Tên khóa API có 1–64 ký tự", "A token name has 1–64 characters");
  }
  auto u = user(c, username);
  if (store::token_name_taken(c, name)) {
    throw Error(ErrorKind::conflict, "token.exists", fmt::format("Khóa API '{}' đã có", name),
                fmt::format("A token named '{}' exists already", name), "name");
  }
  std::string secret = random_secret();
  store::insert_token(c, name, u.id, secret_hash(secret), utc_timestamp());
  return secret;
}

void revoke_token(db::Connection& c, const std::string& name) {
  if (!store::revoke_token(c, name, utc_timestamp())) throw not_found("khóa API đang dùng", "active token", name);
}

std::vector<TokenInfo> tokens(db::Connection& c) { return store::list_tokens(c); }

bool in_scope(db::Connection& c, const Principal& p, const std::string& unit, Date day) {
  if (!p.user.unit) return true;
  if (unit == *p.user.unit) return true;
  auto life = units::lifetime(c, unit);
  if (!life) return false;
  if (day < life->valid_from) day = life->valid_from;
  if (life->valid_to && day > *life->valid_to) day = *life->valid_to;
  for (const auto& a : units::ancestors(c, unit, day)) {
    if (a.code == *p.user.unit) return true;
  }
  return false;
}

}  // namespace sen::auth
