// A project as an IATI-style activity (IATI Activity Standard 2.03 element names, in JSON):
// identifier, reporting and participating organisations, dates, budgets from the annual
// capital plans, transactions of type 3 (disbursement) and results (physical progress and
// milestones). IATI-style: the organisation identifiers are Sen's, not registered ones.
#pragma once
#include <boost/json.hpp>

#include "db/connection.hpp"

namespace sen::projects {

boost::json::object iati_activity(db::Connection& c, const std::string& code);

}  // namespace sen::projects
