// JSON of the extraction module: proposals as stored and as the API returns them.
#pragma once
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include "extraction/model.hpp"

namespace sen::extraction {

boost::json::object to_json(const Proposal& p);
boost::json::object to_json(const Proposals& p);  // {items, suggestions, counts}
Proposals proposals_from_json(const boost::json::value& v);
boost::json::object to_json(const IndicatorWords& w);

}  // namespace sen::extraction
