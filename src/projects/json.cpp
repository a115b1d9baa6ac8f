#include "projects/json.hpp"

#include <set>

#include "base/json.hpp"

namespace sen::projects {

namespace bj = boost::json;
using json::nullable;

// Each described member, but the tasks (the task's own links say them) and who created it.
bj::object to_json(const Project& p) {
  bj::object o = model::to_json(p);
  o.erase("tasks");
  o.erase("created_by");
  return o;
}

// Each described member but the project, which the address names.
bj::object to_json(const CapitalPlan& p) {
  bj::object o = model::to_json(p);
  o.erase("project");
  return o;
}

bj::object to_json(const Extension& e) {
  bj::object o = model::to_json(e);
  o.erase("project");
  return o;
}

bj::object summary_json(const Ledger& l) {
  auto paid = l.paid();
  return {{"plan_allocated", l.allocated_total()},
          {"plan_assigned", l.assigned_total()},
          {"paid", paid.total()},
          {"paid_confirmed", paid.confirmed},
          {"paid_estimate", paid.estimate},
          {"rate_allocated", nullable(percent(paid.total(), l.allocated_total()))},
          {"rate_assigned", nullable(percent(paid.total(), l.assigned_total()))},
          {"rate_allocated_confirmed", nullable(percent(paid.confirmed, l.allocated_total()))},
          {"illustrative", l.illustrative}};
}

bj::array months_json(const Ledger& l, const Curve& curve) {
  bj::array out;
  for (std::size_t m = 1; m <= 13; ++m) {
    auto paid = l.paid_through(m);
    out.push_back({{"month", m},  // 13: after the year, within the window or an extension
                   {"paid", paid.total()},
                   {"paid_confirmed", paid.confirmed},
                   {"rate_allocated", nullable(percent(paid.total(), l.allocated_total()))},
                   {"rate_assigned", nullable(percent(paid.total(), l.assigned_total()))},
                   {"expected_percent", curve[std::min<std::size_t>(m, 12) - 1]}});
  }
  return out;
}

bj::array sources_json(const Ledger& l) {
  std::set<std::string> sources;
  for (const auto& [s, v] : l.allocated) sources.insert(s);
  for (const auto& [s, v] : l.assigned) sources.insert(s);
  for (const auto& [s, v] : l.by_source) sources.insert(s);
  bj::array out;
  for (const auto& s : sources) {
    auto find = [&](const std::map<std::string, std::int64_t>& m) {
      auto it = m.find(s);
      return it == m.end() ? std::int64_t{0} : it->second;
    };
    Amounts paid;
    if (auto it = l.by_source.find(s); it != l.by_source.end()) paid = it->second;
    out.push_back({{"source", s},
                   {"plan_allocated", find(l.allocated)},
                   {"plan_assigned", find(l.assigned)},
                   {"paid", paid.total()},
                   {"paid_confirmed", paid.confirmed},
                   {"rate_allocated", nullable(percent(paid.total(), find(l.allocated)))},
                   {"rate_assigned", nullable(percent(paid.total(), find(l.assigned)))}});
  }
  return out;
}

bj::value lag_json(const std::optional<Lag>& lag) {
  if (!lag) return nullptr;
  return bj::object{
      {"month", lag->month}, {"expected_percent", lag->expected_percent}, {"actual_percent", lag->actual_percent}};
}

}  // namespace sen::projects
