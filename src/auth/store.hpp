// SQL for users, sessions, tokens and login failures; no rules here.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "auth/model.hpp"
#include "db/connection.hpp"

namespace sen::auth::store {

struct StoredUser {
  User user;
  std::string password_hash;
};

std::optional<StoredUser> find_user(db::Connection& c, const std::string& username);
std::optional<User> find_user_by_id(db::Connection& c, std::int64_t id);
std::vector<User> list_users(db::Connection& c);
std::int64_t insert_user(db::Connection& c, const User& u, const std::string& password_hash);
// Writes display name, role, unit and disabled if the version is still `expected`.
bool update_user(db::Connection& c, const User& u, std::int64_t expected);
void set_password_hash(db::Connection& c, std::int64_t user_id, const std::string& hash);
void set_grants(db::Connection& c, std::int64_t user_id, const std::set<std::string>& grants);

void insert_session(db::Connection& c, const std::string& token_hash, std::int64_t user_id, const std::string& csrf,
                    const std::string& created_at, const std::string& expires_at, const std::string& remote);
// The user id and CSRF token of a session that has not expired at `now`.
std::optional<std::pair<std::int64_t, std::string>> find_session(db::Connection& c, const std::string& token_hash,
                                                                 const std::string& now);
void delete_session(db::Connection& c, const std::string& token_hash);
void delete_sessions_of(db::Connection& c, std::int64_t user_id);

void insert_token(db::Connection& c, const std::string& name, std::int64_t user_id, const std::string& token_hash,
                  const std::string& created_at);
// The user id of a token that is not revoked.
std::optional<std::int64_t> find_token(db::Connection& c, const std::string& token_hash);
bool revoke_token(db::Connection& c, const std::string& name, const std::string& at);
bool token_name_taken(db::Connection& c, const std::string& name);
std::vector<TokenInfo> list_tokens(db::Connection& c);

struct Failures {
  int count = 0;
  std::optional<std::string> locked_until;
};
Failures failures(db::Connection& c, const std::string& subject);
void set_failures(db::Connection& c, const std::string& subject, int count, const std::string& at,
                  const std::optional<std::string>& locked_until);
void clear_failures(db::Connection& c, const std::string& subject);

}  // namespace sen::auth::store
