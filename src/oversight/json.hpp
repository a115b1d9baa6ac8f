// JSON forms of oversight records. Members appear by code only, except in the member registry.
#pragma once
#include <boost/json.hpp>

#include "oversight/oversight.hpp"

namespace sen::oversight {

boost::json::object to_json(const Member& m);
boost::json::object to_json(const Case& k);
boost::json::object to_json(const Remedy& r);
boost::json::object to_json(const Discipline& d);
boost::json::object to_json(const Rating& r);
boost::json::object to_json(const Admission& a);
boost::json::object to_json(const Stats& s);

}  // namespace sen::oversight
