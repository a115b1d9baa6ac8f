// The oversight module: what the API, the demo data and the targets module call. Every function
// runs inside the caller's transaction and throws sen::Error for what the user must fix.
#pragma once
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "base/period.hpp"
#include "db/connection.hpp"
#include "oversight/model.hpp"
#include "units/handovers.hpp"

namespace sen::oversight {

// Loads the dated rule sets of data/reference/party-rule-sets.csv (kept when already there).
void load_reference_data(db::Connection& c);
std::vector<RuleSet> rule_sets(db::Connection& c);

// Party organisations are units of kinds party_committee (đảng bộ), party_organization (đảng bộ
// cơ sở), party_cell (chi bộ). The grassroots organisation (tổ chức cơ sở đảng) of one is the
// đảng bộ cơ sở it belongs to, or the chi bộ itself when no đảng bộ cơ sở is above it (chi bộ cơ
// sở); nullopt for a committee.
std::optional<std::string> grassroots_of(db::Connection& c, const std::string& unit, Date day);

Member member(db::Connection& c, const std::string& code);  // Error not_found
std::vector<Member> members(db::Connection& c);
Member create_member(db::Connection& c, Member m);
Member change_member(db::Connection& c, const Member& edited, std::int64_t version);

// A programme with its planned items (each an inspection or a supervision).
Programme create_programme(db::Connection& c, Programme p);
std::vector<Programme> programmes(db::Connection& c, int year);

// Opens a case; a decision number of 0 takes the next one of its issuer, type and term.
Case open_case(db::Connection& c, Case k);
Case get_case(db::Connection& c, std::int64_t id);  // Error not_found
std::vector<Case> cases(db::Connection& c, const Period& period);
Case conclude(db::Connection& c, std::int64_t id, const Case& conclusion, std::int64_t version);
Remedy follow_up(db::Connection& c, std::int64_t case_id, const Remedy& r, std::int64_t version);

// A discipline decision, refused when the form does not fit the subject or the limitation ran
// out; a member disciplined by a body other than their own organisation's gets a notice due date.
// Khai trừ ends the membership (status left); cách chức removes the posts held.
Discipline discipline(db::Connection& c, Discipline d);
std::vector<Discipline> disciplines(db::Connection& c, const Period& period);
Discipline get_discipline(db::Connection& c, std::int64_t id);  // Error not_found
Discipline record_notice(db::Connection& c, std::int64_t id, Date notified_on, std::int64_t version);
std::int64_t complain(db::Connection& c, std::int64_t decision_id, Date received_on,
                      const std::optional<std::string>& note);

// A rating step under the year's rule set; a decision is refused when it breaks the 20% cap.
Rating rate(db::Connection& c, Rating r);
std::vector<Rating> ratings(db::Connection& c, int year, RatingStep step);

Admission open_admission(db::Connection& c, Admission a);
Admission get_admission(db::Connection& c, std::int64_t id);  // Error not_found
std::vector<Admission> admissions(db::Connection& c);
Admission record_step(db::Connection& c, std::int64_t id, const AdmissionStep& s);
// The admission decision: the candidate becomes a probationary member `member_code`.
Admission admit(db::Connection& c, std::int64_t id, const std::string& decision, Date on,
                const std::string& member_code, std::int64_t version);
// The confirmation after the probation: a full member.
Admission confirm(db::Connection& c, std::int64_t id, const std::string& decision, Date on, std::int64_t version);

struct Stats {
  int inspection_cases = 0;
  int organisations_inspected = 0;
  int members_inspected = 0;
  int supervision_cases = 0;
  int organisations_supervised = 0;
  int members_supervised = 0;
  int members_disciplined = 0;
  int organisations_disciplined = 0;
  std::map<Form, int> member_forms;  // form → count, in the order of the rules
  std::map<Form, int> organisation_forms;
  int admissions = 0;
  // Illustrative (demo data) per row of the report's table: some record counted is invented and
  // an issued report does not state the row's totals as they are counted (reported, below).
  bool inspection_illustrative = false;
  bool supervision_illustrative = false;
  bool discipline_illustrative = false;
  bool discipline_forms_illustrative = false;  // the split by form, which no report states
  bool cases_illustrative = false;             // the numbers of cases, which no report states
  bool admissions_illustrative = false;
  // The totals an issued report states for the unit's period (figure → value, as the fields above
  // are named), and that report; empty when none. A total that differs from the count is shown
  // beside it.
  std::map<std::string, int> reported;
  std::optional<std::string> reported_source;
  // "Kiểm tra 118 tổ chức đảng, 45 đảng viên; giám sát …; thi hành kỷ luật 28 đảng viên (khiển
  // trách 19, …)": the clauses whose counts are not zero, each with whether it is illustrative.
  struct Clause {
    std::string text;
    bool illustrative = false;
  };
  std::vector<Clause> clauses;
  std::string sentence;  // the clauses, joined and capitalised, without marks
};
// Cases and decisions of the period by bodies in the unit's subtree; admissions into it. Error
// unprocessable (field "period", code oversight.unit_absent) when the unit did not exist in the
// period: those records are its predecessors' or successors', not a count of zero.
Stats stats(db::Connection& c, const std::string& unit, const Period& period);
// The same, counting the events of `days` (a periodic report's cut-off window) as the period's.
Stats stats(db::Connection& c, const std::string& unit, const Period& period, DateRange days);

// The six counts an issued report may state, in the order they are shown: the name its totals use
// ("organisations_inspected"), the count, whether it is illustrative, a line's label ("Tổ chức
// đảng được kiểm tra") and a report's words ("kiểm tra {} tổ chức đảng").
struct CountedFigure {
  const char* name;
  int Stats::*count;
  bool Stats::*illustrative;
  const char* label;
  const char* words;
};
const std::vector<CountedFigure>& counted_figures();

// The clauses joined and capitalised, `mark` after each illustrative one: "Kiểm tra 118 tổ chức
// đảng, 45 đảng viên; giám sát 24 tổ chức đảng, 12 đảng viên (*); …". Empty when nothing was counted.
std::string sentence_of(const Stats& s, std::string_view mark = "");

// Records a total an issued report states (see Stats::reported).
void add_reported_total(db::Connection& c, const ReportedTotal& t);

// Figures for indicators computed from these records: "admissions" (members admitted in the
// period), "org_ratings" and "member_ratings" (percent of the grassroots organisations, of the
// members, rated tốt or above in the year). nullopt when there is nothing to count.
struct Figure {
  double value = 0;
  bool illustrative = false;  // some record counted is illustrative
  int part = 0, whole = 0;    // a share's counts (rated tốt or above, rated); 0 for a count
};
// The members of the register admitted within `days` into an organisation of `scope` (the one
// that held them on the day): every admission, whether its dossier was kept in Sen or the member
// was entered directly. The statistics and the indicator KET_NAP_DV both count with it.
Figure admitted_into(const std::vector<Member>& members, const units::Holders& holders,
                     const std::set<std::string>& scope, DateRange days);
// Reads the records once for many questions in one request: a scorecard asks for every unit and
// sub-period it tries. The unit's subtree is looked up only when some record falls in the period.
class FigureSource {
 public:
  explicit FigureSource(db::Connection& c) : c_(c) {}
  std::optional<Figure> figure(const std::string& what, const std::string& unit, const Period& period);

 private:
  std::optional<Figure> admissions(const std::string& unit, const Period& period);
  std::optional<Figure> ratings(bool members, const std::string& unit, const Period& period);

  db::Connection& c_;
  std::optional<std::vector<Member>> members_;
  std::map<int, std::vector<Rating>> ratings_;    // decisions, by year
  std::optional<units::Holders> member_holders_;  // members handed over by a closed organisation
};
inline const std::vector<std::string> kIndicatorSources = {"admissions", "org_ratings", "member_ratings"};

}  // namespace sen::oversight
