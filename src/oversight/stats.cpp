// The statistics of inspection, supervision, discipline and admission, and the figures of the
// indicators computed from these records.
#include <fmt/format.h>

#include <set>

#include "base/vi_number.hpp"
#include "oversight/oversight.hpp"
#include "oversight/rules.hpp"
#include "oversight/store.hpp"
#include "units/units.hpp"

namespace sen::oversight {

namespace {

std::string count_text(int n) {
  return format_vi(static_cast<double>(n), 0);
}

std::string forms_text(const std::map<std::string, int>& forms) {
  std::string out;
  for (const auto& f : kForms) {
    auto it = forms.find(f);
    if (it == forms.end()) continue;
    out += (out.empty() ? "" : ", ") + std::string(form_name(f)) + " " + count_text(it->second);
  }
  return out;
}

}  // namespace

Stats stats(db::Connection& c, const std::string& unit, const Period& period) {
  auto days = period.days();
  auto scope = units::subtree(c, unit, days.last);
  Stats s;
  std::set<std::string> orgs_inspected, members_inspected, orgs_supervised, members_supervised;
  for (const auto& k : store::cases_between(c, days.first, days.last)) {
    if (!scope.count(k.body)) continue;
    bool inspection = k.kind == "inspection";
    ++(inspection ? s.inspection_cases : s.supervision_cases);
    if (k.illustrative) (inspection ? s.inspection_illustrative : s.supervision_illustrative) = true;
    for (const auto& subject : k.subjects) {
      auto& set = subject.kind == "member" ? (inspection ? members_inspected : members_supervised)
                                           : (inspection ? orgs_inspected : orgs_supervised);
      set.insert(subject.code);
    }
  }
  s.organisations_inspected = static_cast<int>(orgs_inspected.size());
  s.members_inspected = static_cast<int>(members_inspected.size());
  s.organisations_supervised = static_cast<int>(orgs_supervised.size());
  s.members_supervised = static_cast<int>(members_supervised.size());
  std::set<std::string> disciplined_members, disciplined_orgs;
  for (const auto& d : store::disciplines_between(c, days.first, days.last)) {
    if (!scope.count(d.body)) continue;
    s.discipline_illustrative = s.discipline_illustrative || d.illustrative;
    if (d.subject.kind == "member") {
      disciplined_members.insert(d.subject.code);
      ++s.member_forms[d.form];
    } else {
      disciplined_orgs.insert(d.subject.code);
      ++s.organisation_forms[d.form];
    }
  }
  s.members_disciplined = static_cast<int>(disciplined_members.size());
  s.organisations_disciplined = static_cast<int>(disciplined_orgs.size());
  for (const auto& a : store::admissions(c)) {
    if (a.admitted_on && *a.admitted_on >= days.first && *a.admitted_on <= days.last && scope.count(a.organisation)) {
      ++s.admissions;
      s.admissions_illustrative = s.admissions_illustrative || a.illustrative;
    }
  }
  s.sentence = fmt::format(
      "Kiểm tra {} tổ chức đảng, {} đảng viên; giám sát {} tổ chức đảng, {} đảng viên; thi hành kỷ "
      "luật {} đảng viên",
      count_text(s.organisations_inspected), count_text(s.members_inspected), count_text(s.organisations_supervised),
      count_text(s.members_supervised), count_text(s.members_disciplined));
  if (!s.member_forms.empty()) s.sentence += " (" + forms_text(s.member_forms) + ")";
  if (s.organisations_disciplined > 0) {
    s.sentence += fmt::format(", {} tổ chức đảng ({})", count_text(s.organisations_disciplined),
                              forms_text(s.organisation_forms));
  }
  return s;
}

std::optional<Figure> FigureSource::figure(const std::string& what, const std::string& unit, const Period& period) {
  if (what == "admissions") return admissions(unit, period);
  if (period.kind() != PeriodKind::year) return std::nullopt;  // ratings are yearly
  return ratings(what == "member_ratings", unit, period);
}

std::optional<Figure> FigureSource::admissions(const std::string& unit, const Period& period) {
  if (!admissions_) admissions_ = store::admissions(c_);
  auto days = period.days();
  std::vector<const Admission*> in_period;
  for (const auto& a : *admissions_) {
    if (a.admitted_on && *a.admitted_on >= days.first && *a.admitted_on <= days.last) in_period.push_back(&a);
  }
  if (in_period.empty()) return std::nullopt;
  auto scope = units::subtree(c_, unit, days.last);
  int n = 0;
  bool illustrative = false;
  for (const auto* a : in_period) {
    if (!scope.count(a->organisation)) continue;
    ++n;
    illustrative = illustrative || a->illustrative;
  }
  if (n == 0) return std::nullopt;
  return Figure{static_cast<double>(n), illustrative};
}

std::optional<Figure> FigureSource::ratings(bool members, const std::string& unit, const Period& period) {
  auto it = ratings_.find(period.year());
  if (it == ratings_.end())
    it = ratings_.emplace(period.year(), store::ratings(c_, period.year(), "decision", std::nullopt)).first;
  if (it->second.empty()) return std::nullopt;
  auto days = period.days();
  auto scope = units::subtree(c_, unit, days.last);
  int rated = 0, good = 0;
  bool illustrative = false;
  for (const auto& r : it->second) {
    if (r.exempt_reason || r.subject.kind != (members ? "member" : "organisation")) continue;
    if (members) {
      // A member counts in the organisation they belonged to at the year's end.
      if (!member_holders_) member_holders_.emplace(c_, "party_member");
      const auto& organisation =
          member_holders_->on(r.subject.code, member(c_, r.subject.code).organisation, days.last);
      if (!scope.count(organisation)) continue;
    } else if (!scope.count(r.subject.code) || grassroots_of(c_, r.subject.code, days.last) != r.subject.code) {
      continue;  // only grassroots organisations count
    }
    ++rated;
    good += r.level == "xuat_sac" || r.level == "tot";
    illustrative = illustrative || r.illustrative;
  }
  if (rated == 0) return std::nullopt;
  return Figure{100.0 * good / rated, illustrative};
}

}  // namespace sen::oversight
