// The error messages of oversight, keyed by their code (base/catalogue.hpp).
#pragma once
#include "base/catalogue.hpp"

namespace sen::oversight {

inline constexpr Message kMessages[] = {
    // Any request. A path's id that is not one: of a record, of a remedy.
    {"record.not_found", ErrorKind::not_found, "Không tìm thấy bản ghi '{}'", "No record '{}'"},
    {"remedy.id_not_found", ErrorKind::not_found, "Không tìm thấy kiến nghị '{}'", "No remedy '{}'"},
    {"field.required", ErrorKind::invalid, "Không được để trống", "This field is required"},
    {"field.not_array", ErrorKind::invalid, "{} là một mảng", "{} is an array"},
    {"field.element_not_object", ErrorKind::invalid, "Mỗi phần tử của {} là một đối tượng",
     "Each element of {} is an object"},
    {"member.grant_needed", ErrorKind::forbidden, "Cần quyền xem hồ sơ đảng viên (oversight.members)",
     "The oversight.members grant is needed"},

    // Party organisations.
    {"unit.not_party", ErrorKind::invalid, "'{}' không phải là tổ chức đảng", "'{}' is not a party organisation"},
    {"unit.no_superior", ErrorKind::invalid, "Tổ chức đảng này không có cấp trên", "This organisation has no superior"},

    // Members.
    {"member.not_found", ErrorKind::not_found, "Không tìm thấy đảng viên '{}'", "No party member '{}'"},
    {"member.code_taken", ErrorKind::conflict, "Mã đảng viên '{}' đã có", "Member code '{}' is taken"},
    {"member.birth_year_invalid", ErrorKind::invalid, "Năm sinh không hợp lệ", "Invalid birth year"},
    {"member.admitted_under_18", ErrorKind::invalid, "Đảng viên được kết nạp khi đủ 18 tuổi trở lên",
     "A member is admitted at 18 or older"},
    {"member.full_before_admission", ErrorKind::invalid, "Ngày chính thức không được trước ngày kết nạp",
     "Full membership cannot precede admission"},

    // Admissions.
    {"admission.not_found", ErrorKind::not_found, "Không tìm thấy hồ sơ kết nạp '{}'", "No admission '{}'"},
    {"admission.form_unknown", ErrorKind::invalid, "Mẫu phải là 1-KNĐ … 15-KNĐ", "The form is one of 1-KNĐ … 15-KNĐ"},
    {"admission.probation_form", ErrorKind::conflict, "Mẫu 10-KNĐ … 15-KNĐ dùng trong thời gian dự bị",
     "Forms 10-KNĐ … 15-KNĐ belong to the probation"},
    {"admission.already_decided", ErrorKind::conflict, "Hồ sơ đã có quyết định kết nạp",
     "The admission is already decided"},
    {"admission.step_done", ErrorKind::conflict, "Mẫu {} đã có", "Form {} is already recorded"},
    {"admission.age", ErrorKind::unprocessable, "Người vào Đảng phải từ đủ 18 đến 60 tuổi (năm sinh {})",
     "A candidate must be 18 to 60 years old (born {})"},
    {"admission.not_in_probation", ErrorKind::conflict, "Chưa có quyết định kết nạp hoặc đã công nhận chính thức",
     "Not in probation"},
    {"admission.probation_not_over", ErrorKind::unprocessable, "Thời gian dự bị 12 tháng kết thúc ngày {}",
     "The 12-month probation ends on {}"},

    // Programmes.
    {"programme.year_invalid", ErrorKind::invalid, "Năm không hợp lệ", "Invalid year"},

    // Cases and their remedies.
    {"case.not_found", ErrorKind::not_found, "Không tìm thấy cuộc kiểm tra, giám sát '{}'", "No case '{}'"},
    {"case.no_subjects", ErrorKind::invalid, "Cần ít nhất một đối tượng", "At least one subject is required"},
    {"case.subject_twice", ErrorKind::invalid, "Đối tượng '{}' bị lặp", "Subject '{}' appears twice"},
    {"case.programme_item_unknown", ErrorKind::invalid, "Không có nội dung chương trình này", "No such programme item"},
    {"case.period_reversed", ErrorKind::invalid, "Thời kỳ kiểm tra không hợp lệ",
     "The period covered ends before it starts"},
    {"case.decision_number_invalid", ErrorKind::invalid, "Số quyết định không hợp lệ", "Invalid decision number"},
    {"case.conclusion_missing", ErrorKind::invalid, "Cần nội dung và ngày kết luận",
     "The conclusion and its date are required"},
    {"case.concluded_before_decision", ErrorKind::invalid, "Ngày kết luận không được trước ngày quyết định",
     "The conclusion cannot precede the decision"},
    {"remedy.not_found", ErrorKind::not_found, "Không tìm thấy kiến nghị khắc phục '{}'", "No remedy '{}'"},

    // Discipline decisions and complaints.
    {"discipline.not_found", ErrorKind::not_found, "Không tìm thấy quyết định kỷ luật '{}'",
     "No discipline decision '{}'"},
    {"discipline.decided_before_conclusion", ErrorKind::invalid, "Ngày quyết định không được trước ngày kết luận",
     "The decision cannot precede the conclusion"},
    {"discipline.not_a_member", ErrorKind::unprocessable, "Người này không còn là đảng viên",
     "This person is no longer a member"},
    // The form (its name, its code), whom it is refused, the names of the allowed forms.
    {"discipline.form_not_allowed", ErrorKind::unprocessable,
     "Không thể thi hành kỷ luật {} đối với {} (Quy định 69-QĐ/TW); các hình thức được áp dụng: {}",
     "{} cannot be given to {} (Regulation 69-QĐ/TW); allowed: {}"},
    {"discipline.concluded_before_violation", ErrorKind::invalid, "Ngày kết luận không được trước ngày vi phạm",
     "The conclusion cannot be before the violation"},
    // The form (its name, its code), the years, the violation, the limitation's end, the conclusion.
    {"discipline.time_barred", ErrorKind::unprocessable,
     "Đã hết thời hiệu kỷ luật {} ({} năm kể từ ngày vi phạm {}, hết ngày {}); ngày kết luận {}",
     "The {1}-year limitation of {0} ran out on {3} (violation {2}, conclusion {4})"},
    {"discipline.notice_before_decision", ErrorKind::invalid, "Ngày thông báo không được trước ngày quyết định",
     "The notice cannot precede the decision"},
    {"complaint.before_decision", ErrorKind::invalid, "Ngày nhận khiếu nại không được trước ngày quyết định",
     "The complaint cannot precede the decision"},

    // Ratings.
    {"rating.no_rule_set", ErrorKind::unprocessable, "Không có quy định đánh giá, xếp loại chất lượng cho năm {}",
     "No rating regulation covers {}"},
    {"rating.not_a_member", ErrorKind::unprocessable, "Người này không còn là đảng viên",
     "This person is no longer a member"},
    {"rating.newly_admitted", ErrorKind::unprocessable,
     "Đảng viên kết nạp ngày {} chưa đủ 6 tháng đến cuối năm {}: không xếp loại",
     "A member admitted on {} is not rated for {} (under six months)"},
    {"rating.exists", ErrorKind::conflict, "Đã có bước '{}' của đối tượng {} năm {}",
     "Step '{}' of {} for {} is already recorded"},
    {"rating.exempt_with_level", ErrorKind::invalid, "Trường hợp không xếp loại thì không có mức xếp loại hay điểm",
     "An exempt rating has no level and no score"},
    {"rating.score_range", ErrorKind::invalid, "Theo {} cần điểm từ 0 đến 100", "{} needs a score from 0 to 100"},
    {"rating.above_band", ErrorKind::unprocessable, "{} điểm chỉ cho phép xếp loại từ mức '{}' trở xuống ({})",
     "A score of {} allows '{}' at most ({})"},
    {"rating.score_not_used", ErrorKind::invalid, "{} xếp loại theo mức, không chấm điểm",
     "{} rates by level, without a score"},
    {"rating.level_missing", ErrorKind::invalid, "Cần mức xếp loại", "The level is required"},
    {"rating.cap", ErrorKind::unprocessable,
     "Số xếp loại \"Hoàn thành xuất sắc nhiệm vụ\" ({}) vượt quá 20% số xếp loại \"Hoàn thành tốt nhiệm vụ\" ({}) "
     "trong {}: nhiều nhất {}",
     "{} rated excellent exceed 20% of the {} rated good in {}: at most {}"},

};
using messages = Catalogue<kMessages>;

}  // namespace sen::oversight
