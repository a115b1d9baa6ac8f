// Users as the administration edits them, and API tokens (the user itself: access/principal.hpp).
#pragma once
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "access/principal.hpp"

namespace sen::auth {

using access::Principal;
using access::User;

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
BOOST_DESCRIBE_STRUCT(TokenInfo, (), (name, username, created_at, expires_at, last_used_at, revoked_at, unit))

}  // namespace sen::auth
