// Users, logins, sessions and API tokens. Functions run in the caller's transaction and throw
// sen::Error for what the caller must fix.
#pragma once
#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "auth/model.hpp"
#include "base/date.hpp"
#include "db/connection.hpp"

namespace sen::auth {

inline constexpr std::chrono::hours kSessionLifetime{12};
inline constexpr int kFailuresBeforeWait = 5;

std::vector<User> users(db::Connection& c);
User user(db::Connection& c, const std::string& username);  // Error not_found
// Checks the name (3–40 of a-z 0-9 . _ -), role, unit, grants and password rules.
User create_user(db::Connection& c, const NewUser& u);
// Error conflict when the version is stale. A new password or disabling ends the user's sessions.
User change_user(db::Connection& c, const std::string& username, const UserChange& change);

struct LoginResult {
  bool ok = false;
  int retry_after_seconds = 0;  // > 0: too many failures, wait (the password was not even checked)
  std::string session_token;    // the cookie's value; stored only as a hash
  std::string csrf_token;
  std::optional<User> user;
};

// Checks the password, slowing guessing per user name and per address: after 5 failures each
// further attempt waits 30 s, doubling up to 15 minutes. Writes the failure count, so the
// caller must commit also when ok is false.
LoginResult login(db::Connection& c, const std::string& username, const std::string& password,
                  const std::string& remote_address);
void logout(db::Connection& c, const std::string& session_token);

// The principal of a session cookie value or a bearer token; nullopt when unknown, expired,
// revoked, or the user is disabled.
std::optional<Principal> from_session(db::Connection& c, const std::string& session_token);
std::optional<Principal> from_token(db::Connection& c, const std::string& bearer_token);

// Creates a named API token for a user and returns its secret (shown once).
std::string create_token(db::Connection& c, const std::string& name, const std::string& username);
void revoke_token(db::Connection& c, const std::string& name);  // Error not_found
std::vector<TokenInfo> tokens(db::Connection& c);

// Whether `unit` lies in the principal's scope (its unit and subtree) on `day`, clamped to the
// unit's lifetime (data of 2022 of a unit closed in 2025 is judged on the 2022 map).
bool in_scope(db::Connection& c, const Principal& p, const std::string& unit, Date day);

}  // namespace sen::auth
