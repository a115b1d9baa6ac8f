// The rules of party discipline, annual quality rating and admission (PRODUCT.md), as pure
// functions. Errors are sen::Error naming the field, with the reason in Vietnamese and English.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "base/date.hpp"
#include "oversight/model.hpp"

namespace sen::oversight {

// The form of discipline as decisions write it: "khiển trách", "cảnh cáo", …
const char* form_name(Form form);

// Regulation 69-QĐ/TW: an organisation may be given khiển trách, cảnh cáo, giải tán; a full
// member khiển trách, cảnh cáo, cách chức (only when holding a post), khai trừ; a probationary
// member khiển trách, cảnh cáo. A member's status is nullopt for an organisation.
std::vector<Form> allowed_forms(SubjectKind subject_kind, std::optional<MemberStatus> member_status, bool holds_post);
// Error unprocessable ("discipline.form_not_allowed", field form) saying why and what is allowed.
void check_form(SubjectKind subject_kind, std::optional<MemberStatus> member_status, bool holds_post, Form form);

// Years of the statute of limitations (thời hiệu) of a form: 5 for khiển trách, 10 for cảnh cáo
// and cách chức; none for khai trừ and giải tán.
std::optional<int> limitation_years(Form form);
// Counted from the (latest) violation to the competent body's conclusion. Error unprocessable
// ("discipline.time_barred", field violation_on) when it ran out; a warning when less than six
// months were left; nullopt otherwise.
std::optional<std::string> check_limitation(Form form, Date violation_on, Date concluded_on);

// When another body disciplines a member, the member's organisation is told within 5 days.
Date notice_due(Date decided_on);

// The rating rule set in force on 31 December of the year; Error unprocessable when none.
const RuleSet& rating_rule_set(const std::vector<RuleSet>& rules, int year);
// 366-QĐ/TW bands of the 100-point scale: xuất sắc from 90, tốt from 70, hoàn thành from 50.
Level band_of(double score);
// Checks one rating against its rule set and completes it: on a points scale the score is
// required and the level, taken from the band when absent, may not be above it; on a levels
// scale the level is required. An exempt rating has a reason and neither.
void check_rating(Rating& r, const RuleSet& rules);
// Members admitted less than six months before the end of the year are not rated.
bool newly_admitted(Date admitted_on, int year);
// The cap: at most 20% of those rated tốt may be rated xuất sắc within a grassroots organisation
// (members) or under one committee (organisations). Error unprocessable ("rating.cap") saying
// the counts and the most allowed.
void check_cap(int excellent, int good, const std::string& where);

// Twelve months of probation from the admission decision.
Date probation_due(Date admitted_on);
// Forms of an admission file in order: 1-KNĐ … 9-KNĐ before the decision, 10-KNĐ … 15-KNĐ for
// the confirmation.
bool is_admission_form(const std::string& form);
bool is_confirmation_form(const std::string& form);

}  // namespace sen::oversight
