#include "oversight/oversight.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <sstream>

#include "base/csv.hpp"
#include "base/embedded.hpp"
#include "base/error.hpp"
#include "base/vi_number.hpp"
#include "oversight/common.hpp"
#include "oversight/messages.hpp"
#include "oversight/rules.hpp"
#include "oversight/store.hpp"
#include "units/rules.hpp"
#include "units/units.hpp"

namespace sen::oversight {

using namespace detail;

std::string Case::decision_text() const {
  return fmt::format("{:02}-{}/{}", decision_number, decision_type, issuer);
}

void load_reference_data(db::Connection& c) {
  const char* path = "data/reference/party-rule-sets.csv";
  for (const auto& r : csv::read_table(embedded_file(path), path)) {
    std::optional<Date> to;
    if (!r.at("valid_to").empty()) to = Date::parse(r.at("valid_to")).value();
    store::insert_rule_set(c, RuleSet{r.at("code"), r.at("subject"), Date::parse(r.at("valid_from")).value(), to,
                                      r.at("name"), r.at("scale")});
  }
}

std::vector<RuleSet> rule_sets(db::Connection& c) {
  return store::rule_sets(c);
}

std::optional<std::string> grassroots_of(db::Connection& c, const std::string& unit, Date day) {
  auto self = units::find_clamped(c, unit, day);
  if (!self || !units::is_party_kind(self->kind)) return std::nullopt;
  std::vector<units::Unit> chain{*self};
  for (auto& a : units::ancestors(c, unit, day)) chain.push_back(std::move(a));
  for (std::size_t i = 0; i < chain.size(); ++i) {
    auto kind = chain[i].kind;
    if (kind == units::UnitKind::party_organization) return chain[i].code;
    if (kind != units::UnitKind::party_cell) return std::nullopt;  // a committee lies above the grassroots
    bool under_organisation = i + 1 < chain.size() && chain[i + 1].kind == units::UnitKind::party_organization;
    if (!under_organisation) return chain[i].code;  // a chi bộ cơ sở
  }
  return std::nullopt;
}

Programme create_programme(db::Connection& c, Programme p) {
  units::require_exists(c, p.committee, "committee");
  require_name(p.title, "title");
  if (p.year < 1990 || p.year > 2100) throw messages::error<"programme.year_invalid">("year");
  for (const auto& i : p.items) {
    require_name(i.subject, "items");
    require_name(i.content, "items");
  }
  p.id = store::insert_programme(c, p, utc_timestamp());
  for (auto& i : p.items) i.id = store::insert_programme_item(c, p.id, i);
  return p;
}

std::vector<Programme> programmes(db::Connection& c, int year) {
  return store::programmes(c, year);
}

namespace {

// "2020-2025" → {2020, 2025}; nullopt for a term written otherwise.
std::optional<std::pair<int, int>> term_years(const std::string& term) {
  int from = 0, to = 0;
  char dash = 0;
  std::istringstream in(term);
  if (!(in >> from >> dash >> to) || dash != '-' || !in.eof() || from < 1930 || to < from) return std::nullopt;
  return std::pair{from, to};
}

// The next number of an issuer's decisions of a type within a term (Guidance 36-HD/VPTW): after
// its cases and, when the term reads "YYYY-YYYY", after its discipline decisions of those years
// written "NN-TYPE/ISSUER".
int next_decision_number(db::Connection& c, const std::string& issuer, const std::string& type,
                         const std::string& term) {
  int next = store::next_decision_number(c, issuer, type, term);
  auto years = term_years(term);
  if (!years) return next;
  std::string suffix = "-" + type + "/" + issuer;
  for (const auto& d :
       store::disciplines_between(c, Date::from_ymd(years->first, 1, 1), Date::from_ymd(years->second, 12, 31))) {
    if (d.decision.size() <= suffix.size() || !d.decision.ends_with(suffix)) continue;
    std::string number = d.decision.substr(0, d.decision.size() - suffix.size());
    if (!number.empty() && number.size() < 6 &&
        std::all_of(number.begin(), number.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) {
      next = std::max(next, std::stoi(number) + 1);
    }
  }
  return next;
}

}  // namespace

Case open_case(db::Connection& c, Case k) {
  require_one_of("type", k.type, k.kind == CaseKind::inspection ? kInspectionTypes : kSupervisionTypes);
  units::require_exists(c, k.body, "body");
  require_name(k.issuer, "issuer");
  require_name(k.term, "term");
  if (k.subjects.empty()) throw messages::error<"case.no_subjects">("subjects");
  std::set<std::pair<SubjectKind, std::string>> seen;
  for (const auto& s : k.subjects) {
    if (s.kind == SubjectKind::member)
      member(c, s.code);
    else
      party_unit(c, s.code, k.decided_on, "subjects");
    if (!seen.insert({s.kind, s.code}).second) throw messages::error<"case.subject_twice">("subjects", s.code);
  }
  if (k.programme_item_id && !store::programme_of_item(c, *k.programme_item_id)) {
    throw messages::error<"case.programme_item_unknown">("programme_item_id");
  }
  if (k.period_from && k.period_to && *k.period_to < *k.period_from) {
    throw messages::error<"case.period_reversed">("period_to");
  }
  if (k.decision_number == 0) k.decision_number = next_decision_number(c, k.issuer, k.decision_type, k.term);
  if (k.decision_number < 0) throw messages::error<"case.decision_number_invalid">("decision_number");
  k.id = store::insert_case(c, k, utc_timestamp());
  for (const auto& s : k.subjects) store::insert_subject(c, k.id, s);
  return get_case(c, k.id);
}

Case get_case(db::Connection& c, std::int64_t id) {
  auto k = store::find_case(c, id);
  if (!k) throw messages::error<"case.not_found">("", std::to_string(id));
  return *k;
}

std::vector<Case> cases(db::Connection& c, const Period& period) {
  auto days = period.days();
  return store::cases_between(c, days.first, days.last);
}

Case conclude(db::Connection& c, std::int64_t id, const Case& conclusion, std::int64_t version) {
  Case k = get_case(c, id);
  if (!conclusion.conclusion || !conclusion.concluded_on) {
    throw messages::error<"case.conclusion_missing">("conclusion");
  }
  if (*conclusion.concluded_on < k.decided_on) {
    throw messages::error<"case.concluded_before_decision">("concluded_on");
  }
  k.conclusion = conclusion.conclusion;
  k.concluded_on = conclusion.concluded_on;
  k.recommendations = conclusion.recommendations;
  if (!store::update_conclusion(c, k, version)) throw stale_version(version, k.version);
  for (const auto& r : conclusion.remedies) {
    require_name(r.content, "remedies");
    store::insert_remedy(c, id, r);
  }
  return get_case(c, id);
}

Remedy follow_up(db::Connection& c, std::int64_t case_id, const Remedy& r, std::int64_t version) {
  Case k = get_case(c, case_id);
  auto it = std::find_if(k.remedies.begin(), k.remedies.end(), [&](const Remedy& x) { return x.id == r.id; });
  if (it == k.remedies.end()) throw messages::error<"remedy.not_found">("", std::to_string(r.id));
  Remedy updated = *it;
  updated.done_on = r.done_on;
  updated.note = r.note;
  if (!store::update_remedy(c, case_id, updated, version)) throw stale_version(version, it->version);
  updated.version = version + 1;
  return updated;
}

Discipline discipline(db::Connection& c, Discipline d) {
  units::require_exists(c, d.body, "body");
  require_name(d.decision, "decision");
  require_name(d.reason, "reason");
  if (d.decided_on < d.concluded_on) throw messages::error<"discipline.decided_before_conclusion">("decided_on");
  if (d.case_id) get_case(c, *d.case_id);
  std::string organisation;
  if (d.subject.kind == SubjectKind::member) {
    auto m = member(c, d.subject.code);
    if (m.status == MemberStatus::left) throw messages::error<"discipline.not_a_member">("subject");
    d.member_status = m.status;
    check_form(SubjectKind::member, m.status, m.posts.has_value() && !m.posts->empty(), d.form);
    organisation = m.organisation;
  } else {
    party_unit(c, d.subject.code, d.decided_on, "subject");
    d.member_status.reset();
    check_form(SubjectKind::organisation, std::nullopt, false, d.form);
  }
  // A new violation within the limitation restarts it: the latest violation of the subject counts.
  d.limitation_warning = check_limitation(d.form, d.violation_on, d.concluded_on);
  if (d.subject.kind == SubjectKind::member && d.body != organisation) {
    auto grassroots = grassroots_of(c, organisation, d.decided_on);
    if (d.body != grassroots.value_or(organisation)) d.notice_due = notice_due(d.decided_on);
  }
  d.id = store::insert_discipline(c, d, utc_timestamp());
  // Khai trừ ends the membership; cách chức removes the posts held.
  if (d.subject.kind == SubjectKind::member && (d.form == Form::khai_tru || d.form == Form::cach_chuc)) {
    auto m = member(c, d.subject.code);
    if (d.form == Form::khai_tru)
      m.status = MemberStatus::left;
    else
      m.posts.reset();
    store::update_member(c, m, m.version);
  }
  return *store::find_discipline(c, d.id);
}

std::vector<Discipline> disciplines(db::Connection& c, const Period& period) {
  auto days = period.days();
  return store::disciplines_between(c, days.first, days.last);
}

Discipline get_discipline(db::Connection& c, std::int64_t id) {
  auto d = store::find_discipline(c, id);
  if (!d) throw messages::error<"discipline.not_found">("", std::to_string(id));
  return *d;
}

Discipline record_notice(db::Connection& c, std::int64_t id, Date notified_on, std::int64_t version) {
  auto d = get_discipline(c, id);
  if (notified_on < d.decided_on) throw messages::error<"discipline.notice_before_decision">("notified_on");
  if (!store::record_notice(c, id, notified_on, version)) throw stale_version(version, d.version);
  return *store::find_discipline(c, id);
}

std::int64_t complain(db::Connection& c, std::int64_t decision_id, Date received_on,
                      const std::optional<std::string>& note) {
  auto d = get_discipline(c, decision_id);
  if (received_on < d.decided_on) throw messages::error<"complaint.before_decision">("received_on");
  return store::insert_complaint(c, decision_id, received_on, note);
}

Rating rate(db::Connection& c, Rating r) {
  Date year_end = Date::from_ymd(r.year, 12, 31);
  auto rules = store::rule_sets(c);
  const RuleSet& rule_set = rating_rule_set(rules, r.year);
  if (r.subject.kind == SubjectKind::member) {
    auto m = member(c, r.subject.code);
    if (m.status == MemberStatus::left) throw messages::error<"rating.not_a_member">("subject");
    if (newly_admitted(m.admitted_on, r.year) && !r.exempt_reason) {
      throw messages::error<"rating.newly_admitted">("subject", m.admitted_on, r.year);
    }
  }
  check_rating(r, rule_set);
  r.rated_within = rated_within(c, r.subject, year_end);
  if (store::find_rating(c, r.year, r.subject, r.step)) {
    throw messages::error<"rating.exists">("subject", model::enum_text(r.step), r.subject.code, r.year);
  }
  auto level = r.level;
  if (r.step == RatingStep::decision && (level == Level::xuat_sac || level == Level::tot)) {
    int excellent = level == Level::xuat_sac ? 1 : 0, good = level == Level::tot ? 1 : 0;
    for (const auto& other : store::ratings(c, r.year, RatingStep::decision, r.rated_within)) {
      if (other.subject.kind != r.subject.kind) continue;
      excellent += other.level == Level::xuat_sac;
      good += other.level == Level::tot;
    }
    // Only an excellent rating can break the cap; a good one never makes it worse.
    if (level == Level::xuat_sac) check_cap(excellent, good, units::name_at(c, r.rated_within, year_end));
  }
  store::insert_rating(c, r, utc_timestamp());
  return *store::find_rating(c, r.year, r.subject, r.step);
}

std::vector<Rating> ratings(db::Connection& c, int year, RatingStep step) {
  return store::ratings(c, year, step, std::nullopt);
}

}  // namespace sen::oversight
