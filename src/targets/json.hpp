// JSON forms of the targets module's records, shared by its routes.
#pragma once
#include <boost/json.hpp>

#include "targets/targets.hpp"

namespace sen::targets {

boost::json::object to_json(const Indicator& i);
boost::json::object to_json(const Plan& p);
boost::json::object to_json(const Target& t);
boost::json::object to_json(const Value& v);
boost::json::object to_json(const Actual& a);
boost::json::object to_json(const Scorecard& s);
boost::json::object to_json(const Period& p);

}  // namespace sen::targets
