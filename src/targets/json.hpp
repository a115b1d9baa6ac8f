// JSON forms of the targets module's records, shared by its routes.
#pragma once
#include <boost/json.hpp>

#include "targets/targets.hpp"

namespace sen::targets {

// An indicator, a plan, a target, a value: each described member (model::to_json).
using model::to_json;
boost::json::object to_json(const Actual& a);
boost::json::object to_json(const Scorecard& s);
boost::json::object to_json(const Period& p);
// "not_comparable": the reason a figure across a reorganisation was refused; null when none.
boost::json::value to_json(const std::optional<Refusal>& r);
// "derived": "lineage" and the path of units and shares, when the path is not empty.
void add_lineage(boost::json::object& o, const std::vector<LineageStep>& path);

}  // namespace sen::targets
