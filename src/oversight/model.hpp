// Party oversight (kiểm tra, giám sát, kỷ luật), annual quality rating and admission.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/date.hpp"
#include "base/model.hpp"
#include "base/request.hpp"

namespace sen::oversight {

// Who a case, a discipline decision or a rating is about: a party organisation or a member.
enum class SubjectKind { organisation, member };
BOOST_DESCRIBE_ENUM(SubjectKind, organisation, member)
// A member's standing: on probation (dự bị), full (chính thức), or no longer a member.
enum class MemberStatus { probationary, full, left };
BOOST_DESCRIBE_ENUM(MemberStatus, probationary, full, left)
// What a case or a programme item is: an inspection (kiểm tra) or a supervision (giám sát).
enum class CaseKind { inspection, supervision };
BOOST_DESCRIBE_ENUM(CaseKind, inspection, supervision)
// Inspection: by programme, on signs of violation, of lower levels' inspection and discipline
// work, of party finances; supervision: regular, thematic.
inline const std::vector<std::string> kInspectionTypes = {"by_programme", "signs_of_violation", "lower_level_work",
                                                          "party_finance"};
inline const std::vector<std::string> kSupervisionTypes = {"regular", "thematic"};
// The forms of discipline, in the order of the rules: khiển trách, cảnh cáo, cách chức, khai trừ, giải tán.
enum class Form { khien_trach, canh_cao, cach_chuc, khai_tru, giai_tan };
BOOST_DESCRIBE_ENUM(Form, khien_trach, canh_cao, cach_chuc, khai_tru, giai_tan)
// The levels of the annual quality rating, best first: xuất sắc, tốt, hoàn thành, không hoàn thành.
enum class Level { xuat_sac, tot, hoan_thanh, khong_hoan_thanh };
BOOST_DESCRIBE_ENUM(Level, xuat_sac, tot, hoan_thanh, khong_hoan_thanh)
// The steps of a rating: the self-assessment, the proposal, the competent body's decision.
enum class RatingStep { self, proposal, decision };
BOOST_DESCRIBE_ENUM(RatingStep, self, proposal, decision)
// Where an admission file stands: a candidate, admitted on probation, confirmed a full member, or
// not admitted.
enum class AdmissionStatus { candidate, probation, confirmed, not_admitted };
BOOST_DESCRIBE_ENUM(AdmissionStatus, candidate, probation, confirmed, not_admitted)

struct Member {
  std::string code;
  std::string full_name;
  int birth_year = 0;
  std::string organisation;
  Date admitted_on;
  std::optional<Date> full_member_on;
  MemberStatus status = MemberStatus::full;
  std::optional<std::string> posts;
  bool illustrative = false;
  std::int64_t version = 1;
};
BOOST_DESCRIBE_STRUCT(Member, (),
                      (code, full_name, birth_year, organisation, admitted_on, full_member_on, status, posts,
                       illustrative, version))

struct ProgrammeItem {
  std::int64_t id = 0;
  CaseKind kind = CaseKind::inspection;
  std::string subject;  // as written in the programme
  std::string content;
  std::string timing;               // e.g. "Quý II"
  std::vector<std::int64_t> cases;  // the cases that carried it out
};
BOOST_DESCRIBE_STRUCT(ProgrammeItem, (), (id, kind, subject, content, timing, cases))

// The annual inspection and supervision programme of a committee or inspection committee.
struct Programme {
  std::int64_t id = 0;
  std::string committee;
  int year = 0;
  std::string title;
  std::optional<std::string> document;
  bool illustrative = false;
  std::vector<ProgrammeItem> items;
};
BOOST_DESCRIBE_STRUCT(Programme, (), (id, committee, year, title, document, illustrative, items))

struct Subject {
  SubjectKind kind = SubjectKind::organisation;
  std::string code;
};
BOOST_DESCRIBE_STRUCT(Subject, (), (kind, code))

struct Remedy {
  std::int64_t id = 0;
  std::string content;
  std::optional<Date> due;
  std::optional<Date> done_on;
  std::optional<std::string> note;
  std::int64_t version = 1;
};
BOOST_DESCRIBE_STRUCT(Remedy, (), (id, content, due, done_on, note, version))

struct Case {
  std::int64_t id = 0;
  CaseKind kind = CaseKind::inspection;
  std::string type;  // of kInspectionTypes or kSupervisionTypes, as the kind says
  std::string body;
  int decision_number = 0;  // 0: the next of its issuer, type and term
  std::string decision_type = "QĐ";
  std::string issuer;
  std::string term;
  Date decided_on;
  std::optional<std::string> team;
  std::optional<Date> period_from;
  std::optional<Date> period_to;
  std::optional<std::int64_t> programme_item_id;
  std::optional<std::string> conclusion;
  std::optional<Date> concluded_on;
  std::optional<std::string> recommendations;
  bool illustrative = false;
  std::string created_by;
  std::int64_t version = 1;
  std::vector<Subject> subjects;
  std::vector<Remedy> remedies;

  // "05-QĐ/UBKTTU"
  std::string decision_text() const;
};
BOOST_DESCRIBE_STRUCT(Case, (),
                      (id, kind, type, body, decision_number, decision_type, issuer, term, decided_on, team,
                       period_from, period_to, programme_item_id, conclusion, concluded_on, recommendations,
                       illustrative, created_by, version, subjects, remedies))

struct Discipline {
  std::int64_t id = 0;
  Subject subject;
  std::optional<MemberStatus> member_status;  // the member's, as it stood when decided
  Form form = Form::khien_trach;
  Date violation_on;
  Date concluded_on;
  Date decided_on;
  std::string decision;
  std::string body;
  std::optional<std::int64_t> case_id;
  std::string reason;
  std::optional<Date> notice_due;
  std::optional<Date> notified_on;
  std::optional<std::string> limitation_warning;
  bool illustrative = false;
  std::string created_by;
  std::int64_t version = 1;
};
BOOST_DESCRIBE_STRUCT(Discipline, (),
                      (id, subject, member_status, form, violation_on, concluded_on, decided_on, decision, body,
                       case_id, reason, notice_due, notified_on, limitation_warning, illustrative, created_by, version))

struct Rating {
  std::int64_t id = 0;
  int year = 0;
  Subject subject;
  RatingStep step = RatingStep::decision;
  std::optional<Level> level;  // none when exempt
  std::optional<double> score;
  std::optional<std::string> exempt_reason;
  std::string
      rated_within;  // where the cap counts: the grassroots organisation, or the superior of a rated organisation
  std::string rule_set;
  bool illustrative = false;
  std::string recorded_by;
};
BOOST_DESCRIBE_STRUCT(Rating, (),
                      (id, year, subject, step, level, score, exempt_reason, rated_within, rule_set, illustrative,
                       recorded_by))

struct AdmissionStep {
  std::string form;  // 1-KNĐ …
  Date done_on;
  std::optional<std::string> note;
};
BOOST_DESCRIBE_STRUCT(AdmissionStep, (), (form, done_on, note))

struct Admission {
  std::int64_t id = 0;
  std::string candidate;
  int birth_year = 0;
  std::string organisation;
  std::optional<std::string> introducer;
  std::optional<std::string> decision;
  std::optional<Date> admitted_on;
  std::optional<Date> probation_due;
  std::optional<Date> confirmed_on;
  std::optional<std::string> confirmation_decision;
  std::optional<std::string> member_code;
  AdmissionStatus status = AdmissionStatus::candidate;
  bool illustrative = false;
  std::int64_t version = 1;
  std::vector<AdmissionStep> steps;
};
BOOST_DESCRIBE_STRUCT(Admission, (),
                      (id, candidate, birth_year, organisation, introducer, decision, admitted_on, probation_due,
                       confirmed_on, confirmation_decision, member_code, status, illustrative, version, steps))

// A regulation in force for a span of days: ratings (levels or points), discipline, inspection.
struct RuleSet {
  std::string code;
  std::string subject;
  Date valid_from;
  std::optional<Date> valid_to;
  std::string name;
  std::string scale;
};
BOOST_DESCRIBE_STRUCT(RuleSet, (), (code, subject, valid_from, valid_to, name, scale))

// What requests may set. Subjects ({kind, code}, or subject_kind and subject) are read beside these.
inline const std::vector<json::Rule> kNewCaseRequest = {json::Rule{"kind", true},
                                                        json::Rule::line("type", 40).needed(),
                                                        json::Rule::line("body", 32).needed(),
                                                        json::Rule::number("decision_number", 1, 99999),
                                                        json::Rule::line("decision_type", 10),
                                                        json::Rule::line("issuer", 40).needed(),
                                                        json::Rule::line("term", 20).needed(),
                                                        json::Rule{"decided_on"},
                                                        json::Rule::text("team", 2000),
                                                        json::Rule{"period_from"},
                                                        json::Rule{"period_to"},
                                                        json::Rule{"programme_item_id"}};
inline const std::vector<json::Rule> kConclusionRequest = {
    json::Rule::text("conclusion", 20000), json::Rule{"concluded_on"}, json::Rule::text("recommendations", 20000)};
inline const std::vector<json::Rule> kNewRemedyRequest = {json::Rule::text("content", 2000).needed(),
                                                          json::Rule{"due"}};
inline const std::vector<json::Rule> kRemedyFollowUpRequest = {json::Rule{"done_on"}, json::Rule::text("note", 2000)};
inline const std::vector<json::Rule> kNewDisciplineRequest = {
    json::Rule{"form", true}, json::Rule{"violation_on", true},           json::Rule{"concluded_on", true},
    json::Rule{"decided_on"}, json::Rule::line("decision", 100).needed(), json::Rule::line("body", 32).needed(),
    json::Rule{"case_id"},    json::Rule::text("reason", 5000).needed()};
inline const std::vector<json::Rule> kNewRatingRequest = {
    json::Rule::number("year", kFirstYear, kLastYear).needed(), json::Rule{"step"}, json::Rule{"level"},
    json::Rule::number("score", 0, 100), json::Rule::line("exempt_reason", 500)};
inline const std::vector<json::Rule> kNewProgrammeRequest = {
    json::Rule::line("committee", 32).needed(), json::Rule::number("year", kFirstYear, kLastYear).needed(),
    json::Rule::line("title", 500).needed(), json::Rule::line("document", 100)};
// An item's kind is read beside these: a kind that names none is refused naming the field items.
inline const std::vector<json::Rule> kNewProgrammeItemRequest = {json::Rule::line("subject", 500).needed(),
                                                                 json::Rule::text("content", 2000).needed(),
                                                                 json::Rule::line("timing", 50).needed()};

inline const std::vector<json::Rule> kNewMemberRequest = {
    json::Rule::line("code", 32).needed(),
    json::Rule::line("full_name", 200).needed(),
    json::Rule::number("birth_year", kFirstYear, kLastYear).needed(),
    json::Rule::line("organisation", 32).needed(),
    json::Rule{"admitted_on", true},
    json::Rule{"full_member_on"},
    json::Rule{"status"},
    json::Rule::line("posts", 500)};
inline const std::vector<json::Rule> kMemberChangeRequest = {
    json::Rule::line("full_name", 200),   json::Rule::number("birth_year", kFirstYear, kLastYear),
    json::Rule::line("organisation", 32), json::Rule{"admitted_on"},
    json::Rule{"full_member_on"},         json::Rule{"status"},
    json::Rule::line("posts", 500)};
inline const std::vector<json::Rule> kNewAdmissionRequest = {
    json::Rule::line("candidate", 200).needed(), json::Rule::number("birth_year", kFirstYear, kLastYear).needed(),
    json::Rule::line("organisation", 32).needed(), json::Rule::line("introducer", 200)};
inline const std::vector<json::Rule> kAdmissionStepRequest = {
    json::Rule::line("form", 10).needed(), json::Rule{"done_on", true}, json::Rule::text("note", 2000)};

// A total of inspection, supervision or discipline that an issued report states for a unit's period
// (see Stats::reported).
struct ReportedTotal {
  std::string unit;
  std::string period;  // a period code: 2022, 2023-6M …
  std::string figure;  // organisations_inspected, members_disciplined … (as Stats names them)
  int value = 0;
  std::string source;
};
BOOST_DESCRIBE_STRUCT(ReportedTotal, (), (unit, period, figure, value, source))

}  // namespace sen::oversight
