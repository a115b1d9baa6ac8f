#include "targets/json.hpp"

#include <array>
#include <map>

#include "base/json.hpp"
#include "targets/shares.hpp"

namespace sen::targets {

namespace bj = boost::json;
using json::nullable;

bj::array to_json(const std::vector<LineageStep>& path) {
  bj::array out;
  for (const auto& s : path) {
    out.push_back(
        {{"from", s.from}, {"to", s.to}, {"share", s.share}, {"basis", s.basis}, {"illustrative", s.illustrative}});
  }
  return out;
}

void add_lineage(bj::object& o, const std::vector<LineageStep>& path) {
  if (path.empty()) return;
  o["derived"] = "lineage";
  o["lineage"] = to_json(path);
}

bj::value to_json(const std::optional<Refusal>& r) {
  if (!r) return nullptr;
  return {{"reason", r->reason_vi}, {"reason_en", r->reason_en}};
}

bj::object to_json(const Actual& a) {
  bj::object o{{"value", a.value},
               {"vintage", model::enum_text(a.vintage)},
               {"derivation", a.derivation},
               {"illustrative", a.illustrative},
               {"source", nullable(a.source)}};
  add_lineage(o, a.lineage);
  return o;
}

bj::object to_json(const Period& p) {
  auto days = p.days();
  auto cutoff = p.cutoff();
  return {{"code", p.code()},
          {"first_day", days.first.iso()},
          {"last_day", days.last.iso()},
          {"cutoff_from", cutoff.first.iso()},
          {"cutoff_to", cutoff.last.iso()},
          {"previous_year", p.same_period_previous_year().code()}};
}

bj::object to_json(const Scorecard& s) {
  bj::array items;
  std::map<std::string, std::array<int, 4>> by_area;
  std::vector<std::string> area_order;
  for (const auto& it : s.items) {
    bj::object item{
        {"indicator", it.indicator.code},
        {"name", it.indicator.name},
        {"name_en", nullable(it.indicator.name_en)},
        {"area", it.indicator.area},
        {"measure", it.indicator.measure},
        {"decimals", it.indicator.decimals},
        {"direction", model::enum_text(it.indicator.direction)},
        {"plan", it.target.plan},
        {"target",
         {{"id", it.target.id},
          {"comparator", it.target.comparator},
          {"value", it.target.value},
          {"value_to", nullable(it.target.value_to)},
          {"text", describe_target_vi(it.target, it.indicator.decimals)},
          {"source", nullable(it.target.source)},
          {"assigned_by", nullable(it.target.assigned_by)},
          {"illustrative", it.target.illustrative}}},
        {"plan_figure", nullable(it.plan_figure)},
        {"actual", it.actual ? bj::value(it.actual->value) : bj::value(nullptr)},
        {"vintage", it.actual ? bj::value(model::enum_text(it.actual->vintage)) : bj::value(nullptr)},
        {"derivation", it.actual ? bj::value(it.actual->derivation) : bj::value(nullptr)},
        {"actual_source", it.actual ? nullable(it.actual->source) : bj::value(nullptr)},
        {"actual_illustrative", it.actual ? bj::value(it.actual->illustrative) : bj::value(nullptr)},
        {"illustrative", it.target.illustrative || it.indicator.illustrative || (it.actual && it.actual->illustrative)},
        {"achievement_pct", nullable(it.evaluation.achievement_pct)},
        {"target_pct", nullable(target_share(it))},
        {"from_records", it.records ? bj::value({{"value", it.records->value},
                                                 {"derivation", it.records->derivation},
                                                 {"illustrative", it.records->illustrative}})
                                    : bj::value(nullptr)},
        {"status", status_code(it.evaluation.status)},
        {"previous", it.previous ? bj::value(to_json(*it.previous)) : bj::value(nullptr)},
        {"change", nullable(it.change)},
        {"change_pct", nullable(it.change_pct)},
        {"not_comparable", to_json(it.refusal)}};
    if (it.actual) add_lineage(item, it.actual->lineage);
    if (!it.target_lineage.empty()) add_lineage(item["target"].as_object(), it.target_lineage);
    items.push_back(std::move(item));
    if (!by_area.count(it.indicator.area)) area_order.push_back(it.indicator.area);
    by_area[it.indicator.area][static_cast<int>(it.evaluation.status)]++;
  }
  bj::array areas;
  for (const auto& area : area_order) {
    const auto& n = by_area[area];
    areas.push_back({{"area", area},
                     {"name", area_name_vi(area)},
                     {"exceeded", n[0]},
                     {"met", n[1]},
                     {"not_met", n[2]},
                     {"no_data", n[3]}});
  }
  return {{"unit", s.unit},
          {"unit_name", s.unit_name},
          {"period", to_json(s.period)},
          {"total", s.total()},
          {"exceeded", s.exceeded},
          {"met", s.met},
          {"not_met", s.not_met},
          {"no_data", s.no_data},
          {"summary", summary_vi(s)},
          {"summary_en", summary_en(s)},
          {"areas", std::move(areas)},
          {"items", std::move(items)}};
}

}  // namespace sen::targets
