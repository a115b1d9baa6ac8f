// `sen user`, `sen token` and `sen audit` commands, and the first administrator of `sen init`.
#pragma once
#include <set>
#include <string>

#include "db/database.hpp"

namespace sen::cli {

// Who the CLI records as having made a change: "cli:" and the login name.
std::string cli_actor();

// Where a generated first password is kept: one file per database, named after it — beside a
// SQLite database (var/sen.db: var/sen.admin-password), under var/ for a PostgreSQL URL
// (postgresql://sen@127.0.0.1:5432/sen: var/postgresql-127.0.0.1-5432-sen.admin-password).
std::string admin_password_path(const std::string& location);

// When the database has no user yet, creates "admin" with the password in `password_file`, or
// with a random one that is printed once and written to admin_password_path (mode 0600).
void create_first_admin(db::Database& database, const std::string& location, const std::string& password_file);

struct NewAccount {
  std::string name;
  std::string role;
  std::string unit;           // empty: everywhere
  std::string password_file;  // empty only for a service account
  std::string display_name;
  std::set<std::string> grants;
  bool service = false;
};
int user_add(const std::string& db, const NewAccount& account);
int user_passwd(const std::string& db, const std::string& name, const std::string& password_file);
int user_disable(const std::string& db, const std::string& name);
int user_list(const std::string& db);
int token_create(const std::string& db, const std::string& name, const std::string& user, int days);
int token_revoke(const std::string& db, const std::string& name);
int token_list(const std::string& db);
// Prints the chain's head as ROWS:HASH, to be kept outside Sen.
int audit_anchor(const std::string& db);
// Exit 0 when the chain is intact (and, given an anchor, its rows are all there); 1 naming the
// first broken row.
int audit_verify(const std::string& db, const std::string& anchor);

}  // namespace sen::cli
