// What the framework asks of the modules that keep users, the unit hierarchy and the audit trail.
// The wiring (src/wiring/) provides it, so that the framework names none of those modules.
#pragma once
#include <boost/json/value.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "access/principal.hpp"
#include "base/date.hpp"
#include "db/connection.hpp"

namespace sen::app {

// Who made an audited change and from where.
struct AuditActor {
  std::string name;
  std::string remote_address;
  std::string request_id;
};

class Gate {
 public:
  virtual ~Gate() = default;
  // The principal behind an API token or a session; nullopt when unknown, expired or disabled.
  virtual std::optional<access::Principal> from_token(db::Connection& c, const std::string& token) const = 0;
  virtual std::optional<access::Principal> from_session(db::Connection& c, const std::string& session) const = 0;
  // Records that the token with this hash was used now.
  virtual void touch_token(db::Connection& c, const std::string& token_hash) const = 0;
  // Whether `unit` lies in the principal's scope on `day` (clamped to the unit's lifetime).
  virtual bool in_scope(db::Connection& c, const access::Principal& p, const std::string& unit, Date day) const = 0;
  // Whether `unit` is `mine` or one of its ancestors on `day` (clamped to the lifetime of `mine`).
  virtual bool at_or_above(db::Connection& c, const std::string& mine, const std::string& unit, Date day) const = 0;
  // Appends an audit row inside the caller's transaction.
  virtual void audit(db::Connection& c, const AuditActor& actor, std::string_view action, std::string_view entity,
                     std::string_view key, const access::Where& where, const boost::json::value& before,
                     const boost::json::value& after) const = 0;
};

}  // namespace sen::app
