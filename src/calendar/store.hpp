// SQL for the calendar's data; no rules here.
#pragma once
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "calendar/deadlines.hpp"
#include "calendar/working_days.hpp"
#include "db/connection.hpp"

namespace sen::calendar::store {

std::set<unsigned> rest_weekdays(db::Connection& c);
void set_rest_weekdays(db::Connection& c, const std::set<unsigned>& days);

std::vector<Decision> decisions(db::Connection& c);
// Inserts unless the same range and kind exist; true when inserted.
bool insert_decision(db::Connection& c, const Decision& d);

std::vector<DeadlineRule> rules(db::Connection& c);
bool insert_rule(db::Connection& c, const DeadlineRule& r);

struct Regime {
  std::string code;
  std::string name;
  int due_working_days = 0;
  std::string source;
};
std::vector<Regime> regimes(db::Connection& c);
bool insert_regime(db::Connection& c, const Regime& r);

}  // namespace sen::calendar::store
