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
struct ActiveSession {
  std::int64_t user_id = 0;
  std::string csrf_token;
  std::string expires_at;
};
// A session that has not expired at `now`.
std::optional<ActiveSession> find_session(db::Connection& c, const std::string& token_hash, const std::string& now);
void delete_session(db::Connection& c, const std::string& token_hash);
void delete_sessions_of(db::Connection& c, std::int64_t user_id);

void insert_token(db::Connection& c, const std::string& name, std::int64_t user_id, const std::string& token_hash,
                  const std::string& created_at, const std::string& expires_at);
struct ActiveToken {
  std::int64_t user_id = 0;
  std::optional<std::string> last_used_at;
  std::string expires_at;
};
// A token that is neither revoked nor expired at `now`.
std::optional<ActiveToken> find_token(db::Connection& c, const std::string& token_hash, const std::string& now);
void set_token_last_used(db::Connection& c, const std::string& token_hash, const std::string& at);
bool revoke_token(db::Connection& c, const std::string& name, const std::string& at);
void revoke_tokens_of(db::Connection& c, std::int64_t user_id, const std::string& at);
bool token_name_taken(db::Connection& c, const std::string& name);
std::vector<TokenInfo> list_tokens(db::Connection& c);
// Sets `expires_at` on tokens that have none.
void give_tokens_expiry(db::Connection& c, const std::string& expires_at);

}  // namespace sen::auth::store
