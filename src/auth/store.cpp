#include "auth/store.hpp"

namespace sen::auth::store {

namespace {

constexpr const char* kUserColumns = "id, username, display_name, role, unit_code, disabled, created_at, version";

User user_of(const db::Row& r) {
  return User{r.integer(0), r.text(1), r.optional_text(2), r.text(3), r.optional_text(4), r.boolean(5), {},
              r.text(6),    r.integer(7)};
}

std::set<std::string> grants_of(db::Connection& c, std::int64_t user_id) {
  auto r = c.query("SELECT permission FROM user_grants WHERE user_id = $1 ORDER BY permission", {user_id});
  std::set<std::string> out;
  for (std::size_t i = 0; i < r.size(); ++i) out.insert(r.row(i).text(0));
  return out;
}

}  // namespace

std::optional<StoredUser> find_user(db::Connection& c, const std::string& username) {
  static const std::string sql = std::string("SELECT ") + kUserColumns + ", password_hash FROM users WHERE username = $1";
  auto r = c.query(sql, {username});
  if (r.empty()) return std::nullopt;
  StoredUser s{user_of(r.row(0)), r.row(0).text(8)};
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
      "INSERT INTO users(username, display_name, password_hash, role, unit_code, disabled, created_at) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
      {u.username, db::nullable(u.display_name), password_hash, u.role, db::nullable(u.unit),
       static_cast<std::int64_t>(u.disabled), u.created_at});
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

std::optional<std::pair<std::int64_t, std::string>> find_session(db::Connection& c, const std::string& token_hash,
                                                                 const std::string& now) {
  auto r = c.query("SELECT user_id, csrf_token FROM sessions WHERE token_hash = $1 AND expires_at > $2",
                   {token_hash, now});
  if (r.empty()) return std::nullopt;
  return std::make_pair(r.row(0).integer(0), r.row(0).text(1));
}

void delete_session(db::Connection& c, const std::string& token_hash) {
  c.execute("DELETE FROM sessions WHERE token_hash = $1", {token_hash});
}

void delete_sessions_of(db::Connection& c, std::int64_t user_id) {
  c.execute("DELETE FROM sessions WHERE user_id = $1", {user_id});
}

void insert_token(db::Connection& c, const std::string& name, std::int64_t user_id, const std::string& token_hash,
                  const std::string& created_at) {
  c.execute("INSERT INTO api_tokens(name, user_id, token_hash, created_at) VALUES ($1, $2, $3, $4)",
            {name, user_id, token_hash, created_at});
}

std::optional<std::int64_t> find_token(db::Connection& c, const std::string& token_hash) {
  auto r = c.query("SELECT user_id FROM api_tokens WHERE token_hash = $1 AND revoked_at IS NULL", {token_hash});
  if (r.empty()) return std::nullopt;
  return r.row(0).integer(0);
}

bool revoke_token(db::Connection& c, const std::string& name, const std::string& at) {
  return c.execute("UPDATE api_tokens SET revoked_at = $2 WHERE name = $1 AND revoked_at IS NULL", {name, at}) == 1;
}

bool token_name_taken(db::Connection& c, const std::string& name) {
  return !c.query("SELECT 1 FROM api_tokens WHERE name = $1", {name}).empty();
}

std::vector<TokenInfo> list_tokens(db::Connection& c) {
  auto r = c.query(
      "SELECT t.name, u.username, t.created_at, t.revoked_at FROM api_tokens t JOIN users u ON u.id = t.user_id "
      "ORDER BY t.name");
  std::vector<TokenInfo> out;
  for (std::size_t i = 0; i < r.size(); ++i) {
    auto row = r.row(i);
    out.push_back({row.text(0), row.text(1), row.text(2), row.optional_text(3)});
  }
  return out;
}

Failures failures(db::Connection& c, const std::string& subject) {
  auto r = c.query("SELECT failures, locked_until FROM login_failures WHERE subject = $1", {subject});
  if (r.empty()) return {};
  return {static_cast<int>(r.row(0).integer(0)), r.row(0).optional_text(1)};
}

void set_failures(db::Connection& c, const std::string& subject, int count, const std::string& at,
                  const std::optional<std::string>& locked_until) {
  c.execute(
      "INSERT INTO login_failures(subject, failures, last_failure_at, locked_until) VALUES ($1, $2, $3, $4) "
      "ON CONFLICT (subject) DO UPDATE SET failures = $2, last_failure_at = $3, locked_until = $4",
      {subject, static_cast<std::int64_t>(count), at, db::nullable(locked_until)});
}

void clear_failures(db::Connection& c, const std::string& subject) {
  c.execute("DELETE FROM login_failures WHERE subject = $1", {subject});
}

}  // namespace sen::auth::store
