// JSON forms of letters, shared by the staff routes and the public ones. None of them carries a
// denouncer's identity.
#pragma once
#include <boost/json.hpp>

#include "petitions/petitions.hpp"

namespace sen::petitions {

boost::json::object to_json(const View& v);
boost::json::object to_json(const Event& e);
// A petitioner: each described member (model::to_json).
using model::to_json;

}  // namespace sen::petitions
