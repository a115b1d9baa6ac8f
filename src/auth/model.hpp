// Users and who is making a request.
#pragma once
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace sen::auth {

struct User {
  std::int64_t id = 0;
  std::string username;
  std::optional<std::string> display_name;
  std::string role;
  std::optional<std::string> unit;  // scope root; none = everywhere
  bool disabled = false;
  std::set<std::string> grants;
  std::string created_at;
  std::int64_t version = 1;
};

// The user behind a request.
struct Principal {
  User user;
  std::string via;   // session | token | cli
  std::string csrf;  // for sessions: what cookie-authenticated writes must echo

  bool can(std::string_view permission) const;
};

struct NewUser {
  std::string username;
  std::optional<std::string> display_name;
  std::string password;
  std::string role;
  std::optional<std::string> unit;
  std::set<std::string> grants;
};

// An edit; absent fields stay as they are. unit_clear removes the scope (admins only).
struct UserChange {
  std::int64_t version = 0;
  std::optional<std::string> display_name;
  std::optional<std::string> role;
  std::optional<std::string> unit;
  bool unit_clear = false;
  std::optional<bool> disabled;
  std::optional<std::string> password;
  std::optional<std::set<std::string>> grants;
};

struct TokenInfo {
  std::string name;
  std::string username;
  std::string created_at;
  std::optional<std::string> revoked_at;
};

}  // namespace sen::auth
