#include "auth/store.hpp"

#include "db/rows.hpp"

namespace sen::auth::store {

namespace {

constexpr const char* kUserColumns =
    "id, username, display_name, role, unit_code AS unit, disabled, service, created_at, version";

// The grants are read beside (grants_of).
User user_of(const db::Row& r) {
  return db::read<User>(r, {"grants"});
}

std::set<std::string> grants_of(db::Connection& c, std::int64_t user_id) {
  auto r = c.query("SELECT permission FROM user_grants WHERE user_id = $1 ORDER BY permission", {user_id});
  std::set<std::string> out;
  for (std::size_t i = 0; i < r.size(); ++i) out.insert(r.row(i).text(0));
  return out;
}

}  // namespace

std::optional<StoredUser> find_user(db::Connection& c, const std::string& username) {
  static const std::string sql =
      std::string("SELECT ") + kUserColumns + ", password_hash FROM users WHERE username = $1";
  auto r = c.query(sql, {username});
  if (r.empty()) return std::nullopt;
  StoredUser s{user_of(r.row(0)), r.row(0).text(*r.row(0).index("password_hash"))};
  s.user.grants = grants_of(c, s.user.id);
  return s;
}

std::optional<User> find_user_by_id(db::Connection& c, std::int64_t id) {
  static const std::string sql = std::string("SELECT ") + kUserColumns + " FROM users WHERE id = $1";
  auto r = c.query(sql, {id});
  if (r.empty()) return std::nullopt;
  User u = user_of(r.row(0));
  u.grants = grants_of(c, u.id);
  return u;
}

std::vector<User> list_users(db::Connection& c) {
  static const std::string sql = std::string("SELECT ") + kUserColumns + " FROM users ORDER BY username";
  auto r = c.query(sql);
  std::vector<User> out;
  for (std::size_t i = 0; i < r.size(); ++i) {
    out.push_back(user_of(r.row(i)));
    out.back().grants = grants_of(c, out.back().id);
  }
  return out;
}

std::int64_t insert_user(db::Connection& c, const User& u, const std::string& password_hash) {
  auto r = c.query(
      "INSERT INTO users(username, display_name, password_hash, role, unit_code, disabled, service, created_at) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
      {u.username, db::nullable(u.display_name), password_hash, u.role, db::nullable(u.unit),
       static_cast<std::int64_t>(u.disabled), static_cast<std::int64_t>(u.service), u.created_at});
  return r.row(0).integer(0);
}

bool update_user(db::Connection& c, const User& u, std::int64_t expected) {
  return c.execute(
             "UPDATE users SET display_name = $2, role = $3, unit_code = $4, disabled = $5, version = version + 1 "
             "WHERE id = $1 AND version = $6",
             {u.id, db::nullable(u.display_name), u.role, db::nullable(u.unit), static_cast<std::int64_t>(u.disabled),
              expected}) == 1;
}

void set_password_hash(db::Connection& c, std::int64_t user_id, const std::string& hash) {
  c.execute("UPDATE users SET password_hash = $2 WHERE id = $1", {user_id, hash});
}

void set_grants(db::Connection& c, std::int64_t user_id, const std::set<std::string>& grants) {
  c.execute("DELETE FROM user_grants WHERE user_id = $1", {user_id});
  for (const auto& g : grants) c.execute("INSERT INTO user_grants(user_id, permission) VALUES ($1, $2)", {user_id, g});
}

void insert_session(db::Connection& c, const std::string& token_hash, std::int64_t user_id, const std::string& csrf,
                    const std::string& created_at, const std::string& expires_at, const std::string& remote) {
  c.execute(
      "INSERT INTO sessions(token_hash, user_id, csrf_token, created_at, expires_at, remote_address) "
      "VALUES ($1, $2, $3, $4, $5, $6)",
      {token_hash, user_id, csrf, created_at, expires_at, remote});
}

std::optional<ActiveSession> find_session(db::Connection& c, const std::string& token_hash, const std::string& now) {
  auto r = c.query("SELECT user_id, csrf_token, expires_at FROM sessions WHERE token_hash = $1 AND expires_at > $2",
                   {token_hash, now});
  if (r.empty()) return std::nullopt;
  return ActiveSession{r.row(0).integer(0), r.row(0).text(1), r.row(0).text(2)};
}

void delete_session(db::Connection& c, const std::string& token_hash) {
  c.execute("DELETE FROM sessions WHERE token_hash = $1", {token_hash});
}

void delete_sessions_of(db::Connection& c, std::int64_t user_id) {
  c.execute("DELETE FROM sessions WHERE user_id = $1", {user_id});
}

void insert_token(db::Connection& c, const std::string& name, std::int64_t user_id, const std::string& token_hash,
                  const std::string& created_at, const std::string& expires_at) {
  c.execute("INSERT INTO api_tokens(name, user_id, token_hash, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)",
            {name, user_id, token_hash, created_at, expires_at});
}

std::optional<ActiveToken> find_token(db::Connection& c, const std::string& token_hash, const std::string& now) {
  auto r = c.query(
      "SELECT user_id, last_used_at, expires_at FROM api_tokens "
      "WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > $2",
      {token_hash, now});
  if (r.empty()) return std::nullopt;
  return ActiveToken{r.row(0).integer(0), r.row(0).optional_text(1), r.row(0).text(2)};
}

void set_token_last_used(db::Connection& c, const std::string& token_hash, const std::string& at) {
  c.execute("UPDATE api_tokens SET last_used_at = $2 WHERE token_hash = $1", {token_hash, at});
}

bool revoke_token(db::Connection& c, const std::string& name, const std::string& at) {
  return c.execute("UPDATE api_tokens SET revoked_at = $2 WHERE name = $1 AND revoked_at IS NULL", {name, at}) == 1;
}

void revoke_tokens_of(db::Connection& c, std::int64_t user_id, const std::string& at) {
  c.execute("UPDATE api_tokens SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL", {user_id, at});
}

bool token_name_taken(db::Connection& c, const std::string& name) {
  return !c.query("SELECT 1 FROM api_tokens WHERE name = $1", {name}).empty();
}

std::vector<TokenInfo> list_tokens(db::Connection& c) {
  auto r = c.query(
      "SELECT t.name, u.username, t.created_at, t.expires_at, t.last_used_at, t.revoked_at, u.unit_code AS unit "
      "FROM api_tokens t JOIN users u ON u.id = t.user_id ORDER BY t.name");
  return db::read_all<TokenInfo>(r);
}

void give_tokens_expiry(db::Connection& c, const std::string& expires_at) {
  c.execute("UPDATE api_tokens SET expires_at = $1 WHERE expires_at IS NULL", {expires_at});
}

}  // namespace sen::auth::store
