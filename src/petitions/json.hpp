// JSON forms of letters, shared by the staff routes and the public ones. None of them carries a
// denouncer's identity.
#pragma once
#include <boost/json.hpp>

#include "petitions/petitions.hpp"

namespace sen::petitions {

boost::json::object to_json(const View& v);
boost::json::object to_json(const Event& e);
boost::json::object to_json(const Person& p);

}  // namespace sen::petitions
