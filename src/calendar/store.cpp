#include "calendar/store.hpp"

#include <fmt/format.h>

#include <stdexcept>

#include "base/model.hpp"

namespace sen::calendar::store {

namespace {

// A kind or basis the database holds: only names Sen wrote, so another is a bug.
template <class E>
E stored(const std::string& text) {
  if (auto e = model::enum_from_text<E>(text)) return *e;
  throw std::logic_error("the calendar's tables hold an unknown value '" + text + "'");
}

}  // namespace

std::set<unsigned> rest_weekdays(db::Connection& c) {
  auto r = c.query("SELECT value FROM calendar_settings WHERE key = 'rest_weekdays'");
  std::set<unsigned> out;
  if (r.empty()) return {0, 6};
  std::string text = r.row(0).text(0);
  for (std::size_t at = 0; at < text.size();
       at = text.find(',', at) == std::string::npos ? text.size() : text.find(',', at) + 1) {
    out.insert(static_cast<unsigned>(std::stoi(text.substr(at))));
  }
  return out;
}

void set_rest_weekdays(db::Connection& c, const std::set<unsigned>& days) {
  std::string text;
  for (auto d : days) text += (text.empty() ? "" : ",") + std::to_string(d);
  c.execute("UPDATE calendar_settings SET value = $1 WHERE key = 'rest_weekdays'", {text});
}

std::vector<Decision> decisions(db::Connection& c) {
  auto r = c.query("SELECT date_from, date_to, kind, name, source FROM holiday_decisions ORDER BY date_from, id");
  std::vector<Decision> out;
  for (std::size_t i = 0; i < r.size(); ++i) {
    auto row = r.row(i);
    out.push_back({row.date(0), row.date(1), stored<DayKind>(row.text(2)), row.text(3), row.text(4)});
  }
  return out;
}

bool insert_decision(db::Connection& c, const Decision& d) {
  return c.execute(
             "INSERT INTO holiday_decisions(date_from, date_to, kind, name, source) VALUES ($1, $2, $3, $4, $5) "
             "ON CONFLICT (date_from, date_to, kind) DO NOTHING",
             {d.from.iso(), d.to.iso(), model::enum_text(d.kind), d.name, d.source}) == 1;
}

std::vector<DeadlineRule> rules(db::Connection& c) {
  auto r = c.query(
      "SELECT code, variant, name, event, limit_days, basis, valid_from, valid_to, source FROM deadline_rules "
      "ORDER BY code, limit_days, variant, valid_from");
  std::vector<DeadlineRule> out;
  for (std::size_t i = 0; i < r.size(); ++i) {
    auto row = r.row(i);
    std::optional<Date> to;
    if (!row.is_null(7)) to = row.date(7);
    out.push_back({row.text(0), row.text(1), row.text(2), row.text(3), static_cast<int>(row.integer(4)),
                   stored<DeadlineBasis>(row.text(5)), row.date(6), to, row.text(8)});
  }
  return out;
}

bool insert_rule(db::Connection& c, const DeadlineRule& r) {
  return c.execute(
             "INSERT INTO deadline_rules(code, variant, name, event, limit_days, basis, valid_from, valid_to, source) "
             "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (code, variant, valid_from) DO NOTHING",
             {r.code, r.variant, r.name, r.event, static_cast<std::int64_t>(r.limit), model::enum_text(r.basis),
              r.valid_from.iso(), r.valid_to ? db::Value(r.valid_to->iso()) : db::Value(nullptr), r.source}) == 1;
}

std::vector<Regime> regimes(db::Connection& c) {
  auto r = c.query("SELECT code, name, due_working_days, source FROM reporting_regimes ORDER BY code");
  std::vector<Regime> out;
  for (std::size_t i = 0; i < r.size(); ++i) {
    auto row = r.row(i);
    out.push_back({row.text(0), row.text(1), static_cast<int>(row.integer(2)), row.text(3)});
  }
  return out;
}

bool insert_regime(db::Connection& c, const Regime& r) {
  return c.execute(
             "INSERT INTO reporting_regimes(code, name, due_working_days, source) VALUES ($1, $2, $3, $4) "
             "ON CONFLICT (code) DO NOTHING",
             {r.code, r.name, static_cast<std::int64_t>(r.due_working_days), r.source}) == 1;
}

}  // namespace sen::calendar::store
