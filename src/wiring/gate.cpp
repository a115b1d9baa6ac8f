#include "app/gate.hpp"

#include "audit/audit.hpp"
#include "auth/auth.hpp"
#include "units/units.hpp"
#include "wiring/api.hpp"

namespace sen::wiring {

namespace {

class ModuleGate final : public app::Gate {
 public:
  std::optional<access::Principal> from_token(db::Connection& c, const std::string& token) const override {
    return auth::from_token(c, token);
  }
  std::optional<access::Principal> from_session(db::Connection& c, const std::string& session) const override {
    return auth::from_session(c, session);
  }
  void touch_token(db::Connection& c, const std::string& token_hash) const override {
    auth::touch_token(c, token_hash);
  }
  bool in_scope(db::Connection& c, const access::Principal& p, const std::string& unit, Date day) const override {
    return auth::in_scope(c, p, unit, day);
  }
  bool at_or_above(db::Connection& c, const std::string& mine, const std::string& unit, Date day) const override {
    if (mine == unit) return true;
    for (const auto& a : units::ancestors(c, mine, units::clamp_to_lifetime(c, mine, day))) {
      if (a.code == unit) return true;
    }
    return false;
  }
  void audit(db::Connection& c, const app::AuditActor& actor, std::string_view action, std::string_view entity,
             std::string_view key, const access::Where& where, const boost::json::value& before,
             const boost::json::value& after) const override {
    audit::record(c, audit::Actor{actor.name, actor.remote_address, actor.request_id}, action, entity, key, where,
                  before, after);
  }
};

}  // namespace

const app::Gate& gate() {
  static const ModuleGate instance;
  return instance;
}

}  // namespace sen::wiring
