// Users and who is making a request.
#pragma once
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace sen::auth {

struct User {
  std::int64_t id = 0;
  std::string username;
  std::optional<std::string> display_name;
  std::string role;
  std::optional<std::string> unit;  // scope root; none = everywhere
  bool disabled = false;
  bool service = false;  // a service account: API tokens only, never a password login
  std::set<std::string> grants;
  std::string created_at;
  std::int64_t version = 1;
};

// The user behind a request.
struct Principal {
  User user;
  std::string via = "cli";           // session | token | cli
  std::string csrf = "";             // for sessions: what cookie-authenticated writes must echo
  std::string token_hash = "";       // for tokens: which one, so that its last use can be recorded
  bool token_used_long_ago = false;  // for tokens: the recorded last use is older than a few minutes

  // Whether the principal holds `permission`. Settings shared by every unit (the indicator
  // catalogue, the calendar, the disbursement curve) need an account without a scope.
  bool can(std::string_view permission) const;
};

struct NewUser {
  std::string username;
  std::optional<std::string> display_name;
  std::optional<std::string> password;  // required unless service
  std::string role;
  std::optional<std::string> unit;
  std::set<std::string> grants;
  bool service = false;
};

// An edit; absent fields stay as they are. unit_clear removes the scope.
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
  std::string expires_at;
  std::optional<std::string> last_used_at;
  std::optional<std::string> revoked_at;
  std::optional<std::string> unit;  // the scope of the token's user
};

}  // namespace sen::auth
