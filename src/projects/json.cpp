#include "projects/json.hpp"

#include <set>

#include "base/json.hpp"

namespace sen::projects {

namespace bj = boost::json;
using json::nullable;

bj::object to_json(const Project& p) {
  bj::array funding;
  for (const auto& f : p.funding) funding.push_back({{"source", f.source}, {"amount", f.amount}});
  return {{"code", p.code},
          {"name", p.name},
          {"group", p.group},
          {"investor", p.investor},
          {"managing_unit", p.managing_unit},
          {"total_investment", p.total_investment},
          {"start_year", p.start_year},
          {"end_year", p.end_year},
          {"stage", p.stage},
          {"decision", nullable(p.decision)},
          {"source", nullable(p.source)},
          {"illustrative", p.illustrative},
          {"locations", bj::value_from(p.locations)},
          {"funding", std::move(funding)},
          {"targets", bj::value_from(p.targets)},
          {"version", p.version}};
}

bj::object to_json(const Milestone& m) {
  return {{"id", m.id},
          {"name", m.name},
          {"planned_on", m.planned_on.iso()},
          {"actual_on", nullable(m.actual_on)},
          {"version", m.version}};
}

bj::object to_json(const Progress& p) {
  return {{"as_of", p.as_of.iso()}, {"percent", p.percent}, {"note", nullable(p.note)}, {"entered_by", p.entered_by}};
}

bj::object to_json(const CapitalPlan& p) {
  return {{"id", p.id},
          {"kind", p.kind},
          {"year_from", p.year_from},
          {"year_to", p.year_to},
          {"source", p.source},
          {"level", p.level},
          {"amount", p.amount},
          {"decision", p.decision},
          {"decision_date", p.decision_date.iso()},
          {"note", nullable(p.note)},
          {"illustrative", p.illustrative},
          {"entered_by", p.entered_by}};
}

bj::object to_json(const Extension& e) {
  return {{"id", e.id},
          {"plan_year", e.plan_year},
          {"source", nullable(e.source)},
          {"until", e.until.iso()},
          {"basis", e.basis},
          {"decision_date", e.decision_date.iso()},
          {"entered_by", e.entered_by}};
}

bj::object to_json(const Disbursement& d) {
  return {{"id", d.id},
          {"project", d.project},
          {"plan_year", d.plan_year},
          {"source", d.source},
          {"paid_on", d.paid_on.iso()},
          {"amount", d.amount},
          {"status", d.status},
          {"document", nullable(d.document)},
          {"note", nullable(d.note)},
          {"illustrative", d.illustrative},
          {"entered_by", d.entered_by},
          {"entered_at", d.entered_at},
          {"version", d.version}};
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
