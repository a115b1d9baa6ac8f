// The statistics of inspection, supervision, discipline and admission, and the figures of the
// indicators computed from these records.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <set>

#include "base/error.hpp"
#include "base/vi_number.hpp"
#include "oversight/messages.hpp"
#include "oversight/oversight.hpp"
#include "oversight/rules.hpp"
#include "oversight/store.hpp"
#include "units/lineage.hpp"
#include "units/units.hpp"

namespace sen::oversight {

namespace {

std::string count_text(int n) {
  return format_vi(static_cast<double>(n), 0);
}

// "khiển trách 19, cảnh cáo 6": the forms used, in the order of the rules (the map's order).
std::string forms_text(const std::map<Form, int>& forms) {
  std::string out;
  for (const auto& [form, count] : forms)
    out += (out.empty() ? "" : ", ") + std::string(form_name(form)) + " " + count_text(count);
  return out;
}

// "118 tổ chức đảng, 45 đảng viên": the counts that are not zero.
std::string counted(int organisations, int members) {
  std::string out;
  if (organisations > 0) out = count_text(organisations) + " tổ chức đảng";
  if (members > 0) out += (out.empty() ? "" : ", ") + count_text(members) + " đảng viên";
  return out;
}

// The sentence's clauses whose counts are not zero. The split of discipline by form is a clause
// of its own when it is illustrative and the total is not, so that a mark can say which.
std::vector<Stats::Clause> clauses_of(const Stats& s) {
  std::vector<Stats::Clause> out;
  if (auto n = counted(s.organisations_inspected, s.members_inspected); !n.empty())
    out.push_back({"kiểm tra " + n, s.inspection_illustrative});
  if (auto n = counted(s.organisations_supervised, s.members_supervised); !n.empty())
    out.push_back({"giám sát " + n, s.supervision_illustrative});
  // Who was disciplined ("28", "đảng viên") and by which forms ("khiển trách 19, …").
  struct Disciplined {
    int count;
    const char* who;
    std::string forms;
  };
  std::vector<Disciplined> disciplined;
  if (s.members_disciplined > 0)
    disciplined.push_back({s.members_disciplined, "đảng viên", forms_text(s.member_forms)});
  if (s.organisations_disciplined > 0)
    disciplined.push_back({s.organisations_disciplined, "tổ chức đảng", forms_text(s.organisation_forms)});
  if (disciplined.empty()) return out;
  std::string totals, with_forms, forms_apart;
  for (const auto& d : disciplined) {
    auto counted_who = count_text(d.count) + " " + d.who;
    totals += (totals.empty() ? "" : ", ") + counted_who;
    with_forms += (with_forms.empty() ? "" : ", ") + counted_who + " (" + d.forms + ")";
    forms_apart +=
        (forms_apart.empty() ? "" : "; ") + (disciplined.size() > 1 ? std::string(d.who) + " " : "") + d.forms;
  }
  if (s.discipline_forms_illustrative && !s.discipline_illustrative) {
    out.push_back({"thi hành kỷ luật " + totals, false});
    out.push_back({"về hình thức: " + forms_apart, true});
  } else {
    out.push_back({"thi hành kỷ luật " + with_forms, s.discipline_illustrative});
  }
  return out;
}

// The counts of a row of the report's table, by the names an issued report's totals use.
int count_of(const Stats& s, const std::string& figure) {
  for (const auto& f : counted_figures())
    if (figure == f.name) return s.*f.count;
  return 0;
}

// A row's counts are the totals an issued report states when each count that is not zero is stated
// as it is, and some count is stated: the row is then that report's figure, not an illustration.
void attest(db::Connection& c, const std::string& unit, const Period& period, Stats& s) {
  for (const auto& t : store::reported_totals(c, unit, period.code())) {
    s.reported[t.figure] = t.value;
    s.reported_source = t.source;
  }
  auto stated = [&](const char* organisations, const char* members) {
    bool any = false;
    for (const char* figure : {organisations, members}) {
      auto it = s.reported.find(figure);
      if (it != s.reported.end()) {
        if (it->second != count_of(s, figure)) return false;
        any = true;
      } else if (count_of(s, figure) != 0) {
        return false;
      }
    }
    return any;
  };
  if (stated("organisations_inspected", "members_inspected")) s.inspection_illustrative = false;
  if (stated("organisations_supervised", "members_supervised")) s.supervision_illustrative = false;
  if (stated("organisations_disciplined", "members_disciplined")) s.discipline_illustrative = false;
}

}  // namespace

const std::vector<CountedFigure>& counted_figures() {
  static const std::vector<CountedFigure> figures{
      {"organisations_inspected", &Stats::organisations_inspected, &Stats::inspection_illustrative,
       "Tổ chức đảng được kiểm tra", "kiểm tra {} tổ chức đảng"},
      {"members_inspected", &Stats::members_inspected, &Stats::inspection_illustrative, "Đảng viên được kiểm tra",
       "kiểm tra {} đảng viên"},
      {"organisations_supervised", &Stats::organisations_supervised, &Stats::supervision_illustrative,
       "Tổ chức đảng được giám sát", "giám sát {} tổ chức đảng"},
      {"members_supervised", &Stats::members_supervised, &Stats::supervision_illustrative, "Đảng viên được giám sát",
       "giám sát {} đảng viên"},
      {"members_disciplined", &Stats::members_disciplined, &Stats::discipline_illustrative, "Đảng viên bị kỷ luật",
       "kỷ luật {} đảng viên"},
      {"organisations_disciplined", &Stats::organisations_disciplined, &Stats::discipline_illustrative,
       "Tổ chức đảng bị kỷ luật", "kỷ luật {} tổ chức đảng"}};
  return figures;
}

Figure admitted_into(const std::vector<Member>& members, const units::Holders& holders,
                     const std::set<std::string>& scope, DateRange days) {
  Figure f;
  for (const auto& m : members) {
    if (m.admitted_on < days.first || m.admitted_on > days.last) continue;
    if (!scope.count(holders.on(m.code, m.organisation, m.admitted_on))) continue;
    ++f.value;
    f.illustrative = f.illustrative || m.illustrative;
  }
  return f;
}

Stats stats(db::Connection& c, const std::string& unit, const Period& period) {
  return stats(c, unit, period, period.days());
}

Stats stats(db::Connection& c, const std::string& unit, const Period& period, DateRange days) {
  if (auto absent = units::absent_during(c, unit, days)) throw *absent;
  auto scope = units::subtree(c, unit, days.last);
  Stats s;
  std::set<std::string> orgs_inspected, members_inspected, orgs_supervised, members_supervised;
  for (const auto& k : store::cases_between(c, days.first, days.last)) {
    if (!scope.count(k.body)) continue;
    bool inspection = k.kind == CaseKind::inspection;
    ++(inspection ? s.inspection_cases : s.supervision_cases);
    if (k.illustrative) (inspection ? s.inspection_illustrative : s.supervision_illustrative) = true;
    s.cases_illustrative = s.cases_illustrative || k.illustrative;
    for (const auto& subject : k.subjects) {
      auto& set = subject.kind == SubjectKind::member ? (inspection ? members_inspected : members_supervised)
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
    if (d.subject.kind == SubjectKind::member) {
      disciplined_members.insert(d.subject.code);
      ++s.member_forms[d.form];
    } else {
      disciplined_orgs.insert(d.subject.code);
      ++s.organisation_forms[d.form];
    }
  }
  s.members_disciplined = static_cast<int>(disciplined_members.size());
  s.organisations_disciplined = static_cast<int>(disciplined_orgs.size());
  auto admitted = admitted_into(store::members(c), units::Holders(c, "party_member"), scope, days);
  s.admissions = static_cast<int>(admitted.value);
  s.admissions_illustrative = admitted.illustrative;
  s.discipline_forms_illustrative = s.discipline_illustrative;
  attest(c, unit, period, s);
  s.clauses = clauses_of(s);
  s.sentence = sentence_of(s);
  return s;
}

std::string sentence_of(const Stats& s, std::string_view mark) {
  std::string out;
  for (const auto& clause : s.clauses)
    out += (out.empty() ? "" : "; ") + clause.text + std::string(clause.illustrative ? mark : "");
  // Every clause begins with an ASCII letter ("kiểm tra", "giám sát", "thi hành").
  if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}

void add_reported_total(db::Connection& c, const ReportedTotal& t) {
  store::insert_reported_total(c, t);
}

std::optional<Figure> FigureSource::figure(const std::string& what, const std::string& unit, const Period& period) {
  if (what == "admissions") return admissions(unit, period);
  if (period.kind() != PeriodKind::year) return std::nullopt;  // ratings are yearly
  return ratings(what == "member_ratings", unit, period);
}

std::optional<Figure> FigureSource::admissions(const std::string& unit, const Period& period) {
  if (!members_) members_ = store::members(c_);
  if (!member_holders_) member_holders_.emplace(c_, "party_member");
  auto days = period.days();
  // Most periods a scorecard asks for (each month of each unit) admitted nobody: no subtree to read.
  bool any = std::any_of(members_->begin(), members_->end(),
                         [&](const Member& m) { return m.admitted_on >= days.first && m.admitted_on <= days.last; });
  if (!any) return std::nullopt;
  auto figure = admitted_into(*members_, *member_holders_, units::subtree(c_, unit, days.last), days);
  if (figure.value == 0) return std::nullopt;
  return figure;
}

std::optional<Figure> FigureSource::ratings(bool members, const std::string& unit, const Period& period) {
  auto it = ratings_.find(period.year());
  if (it == ratings_.end())
    it = ratings_.emplace(period.year(), store::ratings(c_, period.year(), RatingStep::decision, std::nullopt)).first;
  if (it->second.empty()) return std::nullopt;
  auto days = period.days();
  auto scope = units::subtree(c_, unit, days.last);
  int rated = 0, good = 0;
  bool illustrative = false;
  for (const auto& r : it->second) {
    if (r.exempt_reason || r.subject.kind != (members ? SubjectKind::member : SubjectKind::organisation)) continue;
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
    good += r.level == Level::xuat_sac || r.level == Level::tot;
    illustrative = illustrative || r.illustrative;
  }
  if (rated == 0) return std::nullopt;
  return Figure{100.0 * good / rated, illustrative, good, rated};
}

}  // namespace sen::oversight
