// JSON forms of projects and their figures. Money is integer đồng; percents are numbers or null
// when there is no plan to divide by.
#pragma once
#include <boost/json.hpp>

#include "projects/portfolio.hpp"
#include "projects/projects.hpp"

namespace sen::projects {

boost::json::object to_json(const Project& p);
boost::json::object to_json(const CapitalPlan& p);
boost::json::object to_json(const Extension& e);
// A milestone, a progress report, a disbursement: each described member (model::to_json).
using model::to_json;
// Plan, paid and both rates of a ledger.
boost::json::object summary_json(const Ledger& l);
// Cumulative paid and rates at the end of each month, with the curve's expectation.
boost::json::array months_json(const Ledger& l, const Curve& curve);
boost::json::array sources_json(const Ledger& l);
boost::json::value lag_json(const std::optional<Lag>& lag);

}  // namespace sen::projects
