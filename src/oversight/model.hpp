// Party oversight (kiểm tra, giám sát, kỷ luật), annual quality rating and admission.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/date.hpp"

namespace sen::oversight {

inline const std::vector<std::string> kSubjectKinds = {"organisation", "member"};
inline const std::vector<std::string> kMemberStatuses = {"probationary", "full", "left"};
inline const std::vector<std::string> kCaseKinds = {"inspection", "supervision"};
// Inspection: by programme, on signs of violation, of lower levels' inspection and discipline
// work, of party finances; supervision: regular, thematic.
inline const std::vector<std::string> kInspectionTypes = {"by_programme", "signs_of_violation", "lower_level_work",
                                                          "party_finance"};
inline const std::vector<std::string> kSupervisionTypes = {"regular", "thematic"};
inline const std::vector<std::string> kForms = {"khien_trach", "canh_cao", "cach_chuc", "khai_tru", "giai_tan"};
inline const std::vector<std::string> kLevels = {"xuat_sac", "tot", "hoan_thanh", "khong_hoan_thanh"};
inline const std::vector<std::string> kRatingSteps = {"self", "proposal", "decision"};

struct Member {
  std::string code;
  std::string full_name;
  int birth_year = 0;
  std::string organisation;
  Date admitted_on;
  std::optional<Date> full_member_on;
  std::string status = "full";
  std::optional<std::string> posts;
  bool illustrative = false;
  std::int64_t version = 1;
};

struct ProgrammeItem {
  std::int64_t id = 0;
  std::string kind;     // inspection | supervision
  std::string subject;  // as written in the programme
  std::string content;
  std::string timing;               // e.g. "Quý II"
  std::vector<std::int64_t> cases;  // the cases that carried it out
};

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

struct Subject {
  std::string kind;  // organisation | member
  std::string code;
};

struct Remedy {
  std::int64_t id = 0;
  std::string content;
  std::optional<Date> due;
  std::optional<Date> done_on;
  std::optional<std::string> note;
  std::int64_t version = 1;
};

struct Case {
  std::int64_t id = 0;
  std::string kind;
  std::string type;
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

struct Discipline {
  std::int64_t id = 0;
  Subject subject;
  std::optional<std::string> member_status;  // as it stood when decided
  std::string form;
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

struct Rating {
  std::int64_t id = 0;
  int year = 0;
  Subject subject;
  std::string step = "decision";
  std::optional<std::string> level;  // none when exempt
  std::optional<double> score;
  std::optional<std::string> exempt_reason;
  std::string
      rated_within;  // where the cap counts: the grassroots organisation, or the superior of a rated organisation
  std::string rule_set;
  bool illustrative = false;
  std::string recorded_by;
};

struct AdmissionStep {
  std::string form;  // 1-KNĐ …
  Date done_on;
  std::optional<std::string> note;
};

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
  std::string status = "candidate";  // candidate | probation | confirmed | not_admitted
  bool illustrative = false;
  std::int64_t version = 1;
  std::vector<AdmissionStep> steps;
};

// A regulation in force for a span of days: ratings (levels or points), discipline, inspection.
struct RuleSet {
  std::string code;
  std::string subject;
  Date valid_from;
  std::optional<Date> valid_to;
  std::string name;
  std::string scale;
};

}  // namespace sen::oversight
