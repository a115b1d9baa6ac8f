// Who is making a request, and whose scope a record belongs to: the access model that the
// framework and every module share. Users are stored and authenticated by auth/.
#pragma once
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "base/model.hpp"

namespace sen::access {

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
BOOST_DESCRIBE_STRUCT(User, (),
                      (id, username, display_name, role, unit, disabled, service, grants, created_at, version))

// The user behind a request.
struct Principal {
  User user;
  std::string via = "cli";           // session | token | cli
  std::string csrf = "";             // for sessions: what cookie-authenticated writes must echo
  std::string token_hash = "";       // for tokens: which one, so that its last use can be recorded
  bool token_used_long_ago = false;  // for tokens: the recorded last use is older than a few minutes
  std::string expires_at = "";       // for sessions and tokens: when the credential ends (utc_timestamp)

  // Whether the principal holds `permission`. Settings shared by every unit (the indicator
  // catalogue, the calendar, the disbursement curve) need an account without a scope.
  bool can(std::string_view permission) const;
};

// Whose scope a record (or an audit row) belongs to. A row without a unit is read only by readers
// without a scope; a row hidden from a unit (a denunciation against it) is never read by its staff
// or those below.
struct Where {
  std::optional<std::string> unit = std::nullopt;
  std::optional<std::string> hidden_from = std::nullopt;
};
BOOST_DESCRIBE_STRUCT(Where, (), (unit, hidden_from))

}  // namespace sen::access
