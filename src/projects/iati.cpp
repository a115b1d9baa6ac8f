#include "projects/iati.hpp"

#include <map>

#include "projects/projects.hpp"
#include "projects/store.hpp"
#include "units/units.hpp"

namespace sen::projects {

namespace bj = boost::json;

namespace {

const char* source_name(const std::string& source) {
  static const std::map<std::string, const char*> names = {{"city", "Ngân sách thành phố"},
                                                           {"province", "Ngân sách tỉnh"},
                                                           {"central", "Ngân sách trung ương"},
                                                           {"oda", "Vốn vay ODA, vay ưu đãi"},
                                                           {"socialised", "Vốn xã hội hóa"}};
  auto it = names.find(source);
  return it == names.end() ? "" : it->second;
}

// IATI ActivityStatus: 1 pipeline, 2 implementation, 3 finalisation, 4 closed.
const char* activity_status(Stage stage) {
  if (stage == Stage::preparation) return "1";
  if (stage == Stage::implementation) return "2";
  if (stage == Stage::completed) return "3";
  return "4";
}

bj::object narrative(const std::string& text) {
  return {{"narrative", bj::array{bj::object{{"lang", "vi"}, {"text", text}}}}};
}

bj::object money(std::int64_t amount, const Date& value_date) {
  return {{"currency", "VND"}, {"value-date", value_date.iso()}, {"amount", amount}};
}

std::string org_ref(const std::string& unit) {
  return "VN-SEN-" + unit;
}

}  // namespace

bj::object iati_activity(db::Connection& c, const std::string& code) {
  Project p = get(c, code);
  Date today = today_in_vietnam();
  auto unit = units::find_clamped(c, p.managing_unit, today);
  std::string unit_name = unit ? unit->name : p.managing_unit;

  bj::array orgs;
  for (const auto& f : p.funding) {
    bj::object o = narrative(source_name(f.source));
    o["role"] = "1";  // funding
    o["sen:source"] = f.source;
    orgs.push_back(std::move(o));
  }
  bj::object accountable = narrative(unit_name);
  accountable["role"] = "2";
  accountable["ref"] = org_ref(p.managing_unit);
  orgs.push_back(std::move(accountable));
  bj::object implementing = narrative(p.investor);
  implementing["role"] = "4";
  orgs.push_back(std::move(implementing));

  // One budget per annual plan year: the current allocated amount, "revised" once adjusted.
  std::map<int, std::map<std::string, std::pair<std::int64_t, int>>> annual;  // year → source → (amount, decisions)
  std::map<int, Date> last_decision;
  for (const auto& plan : store::plans(c, code)) {
    if (plan.kind != PlanKind::annual || plan.level != PlanLevel::allocated) continue;
    auto& slot = annual[plan.year_from][plan.source];
    slot.first = plan.amount;
    ++slot.second;
    last_decision[plan.year_from] = plan.decision_date;
  }
  bj::array budgets;
  for (const auto& [year, sources] : annual) {
    std::int64_t amount = 0;
    bool revised = false;
    for (const auto& [source, slot] : sources) {
      amount = add_amounts(amount, slot.first);
      revised = revised || slot.second > 1;
    }
    budgets.push_back({{"type", revised ? "2" : "1"},
                       {"status", "2"},  // committed
                       {"period-start", Date::from_ymd(year, 1, 1).iso()},
                       {"period-end", Date::from_ymd(year, 12, 31).iso()},
                       {"value", money(amount, last_decision[year])}});
  }

  bj::array transactions;
  for (const auto& d : store::disbursements(c, code)) {
    if (d.status == DisbursementStatus::cancelled) continue;
    bj::object t{{"transaction-type", "3"},  // disbursement
                 {"transaction-date", d.paid_on.iso()},
                 {"value", money(d.amount, d.paid_on)},
                 {"provider-org", narrative(source_name(d.source))},
                 {"sen:plan-year", d.plan_year},
                 {"sen:status", model::enum_text(d.status)}};
    if (d.document) t["description"] = narrative(*d.document);
    transactions.push_back(std::move(t));
  }

  bj::array results;
  auto progress = store::progress(c, code);
  if (!progress.empty()) {
    bj::array periods;
    for (const auto& pr : progress) {
      periods.push_back({{"period-end", pr.as_of.iso()}, {"actual", {{"value", pr.percent}}}});
    }
    bj::object indicator = narrative("Khối lượng thực hiện (%)");
    indicator["measure"] = "2";  // percentage
    indicator["period"] = std::move(periods);
    bj::object result{{"type", "1"}, {"title", narrative("Tiến độ thực hiện dự án")}};
    result["indicator"] = bj::array{std::move(indicator)};
    results.push_back(std::move(result));
  }
  for (const auto& m : store::milestones(c, code)) {
    bj::object result{{"type", "1"}, {"title", narrative(m.name)}, {"sen:planned-on", m.planned_on.iso()}};
    result["sen:actual-on"] = m.actual_on ? bj::value(m.actual_on->iso()) : bj::value(nullptr);
    results.push_back(std::move(result));
  }

  bj::array dates{bj::object{{"type", "1"}, {"iso-date", Date::from_ymd(p.start_year, 1, 1).iso()}},
                  bj::object{{"type", "3"}, {"iso-date", Date::from_ymd(p.end_year, 12, 31).iso()}}};
  return {{"iati-identifier", org_ref(p.managing_unit) + "-" + p.code},
          {"reporting-org",
           [&] {
             bj::object o = narrative(unit_name);
             o["ref"] = org_ref(p.managing_unit);
             o["type"] = "10";  // government
             return o;
           }()},
          {"title", narrative(p.name)},
          {"activity-status", activity_status(p.stage)},
          {"activity-date", std::move(dates)},
          {"participating-org", std::move(orgs)},
          {"default-currency", "VND"},
          {"budget", std::move(budgets)},
          {"transaction", std::move(transactions)},
          {"result", std::move(results)},
          {"sen:illustrative", p.illustrative}};
}

}  // namespace sen::projects
