// Users, logins, sessions and API tokens. Functions run in the caller's transaction and throw
// sen::Error for what the caller must fix.
//
// Administration stays inside a scope: `by` (the administrator acting) manages only users whose
// scope lies within its own, gives only the grants it holds itself, never widens its own scope,
// and creates tokens only for itself or for the service accounts it manages. The command line acts
// as the machine's operator (operator_principal), who may do all of this anywhere.
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
inline constexpr int kTokenDaysDefault = 90;
inline constexpr int kTokenDaysMost = 365;

// The operator at the command line: no scope, every grant.
Principal operator_principal(const std::string& name);

// The users `by` manages, by name.
std::vector<User> users(db::Connection& c, const Principal& by);
User user(db::Connection& c, const std::string& username);  // Error not_found
// Checks the name (3–40 of a-z 0-9 . _ -), role, unit, grants and password rules, and that `by`
// may create such a user (403 otherwise).
User create_user(db::Connection& c, const Principal& by, const NewUser& u);
// Error conflict when the version is stale, forbidden when `by` may not make the change. A new
// password or disabling ends the user's sessions and revokes their tokens.
User change_user(db::Connection& c, const Principal& by, const std::string& username, const UserChange& change);

struct LoginResult {
  bool ok = false;
  int retry_after_seconds = 0;  // > 0: too many failures, wait (the password was not even checked)
  std::string session_token;    // the cookie's value; stored only as a hash
  std::string csrf_token;
  std::optional<User> user;
  std::optional<std::string> account_unit;  // the scope of the named account, when it exists
};

// Checks the password. Guessing is slowed per account and client (5 failures, then a wait from
// 30 s doubling to 15 min) and per client across accounts (30 failures), so that one account's
// lock-out never blocks another account's right password, and nobody elsewhere can lock a user
// out. `client` is the client's address (behind a trusted proxy, the one it forwards). Service
// accounts never log in. Writes the failure counts, so the caller must commit also when ok is false.
LoginResult login(db::Connection& c, const std::string& username, const std::string& password,
                  const std::string& client);
void logout(db::Connection& c, const std::string& session_token);

// The principal of a session cookie value or a bearer token; nullopt when unknown, expired,
// revoked, or the user is disabled.
std::optional<Principal> from_session(db::Connection& c, const std::string& session_token);
std::optional<Principal> from_token(db::Connection& c, const std::string& bearer_token);
// Records that a token was used now (see Principal::token_used_long_ago).
void touch_token(db::Connection& c, const std::string& token_hash);

// Creates a named API token for a user, valid `days` (1–365), and returns its secret (shown once).
std::string create_token(db::Connection& c, const Principal& by, const std::string& name, const std::string& username,
                         int days = kTokenDaysDefault);
// Error not_found unless an active token of that name belongs to a user `by` manages (or to `by`).
void revoke_token(db::Connection& c, const Principal& by, const std::string& name);
// The tokens of the users `by` manages, and its own.
std::vector<TokenInfo> tokens(db::Connection& c, const Principal& by);
// Gives tokens made before they expired an expiry: 90 days from now. Safe to repeat.
void upgrade_tokens(db::Connection& c);

// Whether `unit` lies in the principal's scope (its unit and subtree) on `day`, clamped to the
// unit's lifetime (data of 2022 of a unit closed in 2025 is judged on the 2022 map).
bool in_scope(db::Connection& c, const Principal& p, const std::string& unit, Date day);

}  // namespace sen::auth
