// The error messages of calendar, keyed by their code (base/catalogue.hpp).
#pragma once
#include "base/catalogue.hpp"

namespace sen::calendar {

inline constexpr Message kMessages[] = {
    // Arguments: what lies outside (a date, a year, a computed date: Localized), the span's first and
    // last days, why it ends there (Localized).
    {"calendar.out_of_range", ErrorKind::invalid, "{} ngoài phạm vi của lịch: từ {} đến {} ({})",
     "{} is outside the calendar's range, {} to {} ({})"},
    {"calendar.param_range", ErrorKind::invalid, "Tham số '{}' phải là số nguyên từ {} đến {}",
     "Parameter '{}' must be a whole number from {} to {}"},

    // Arguments: day, month, whether a leap month (Localized: " nhuận", "leap " or empty), year.
    {"lunar.no_such_day", ErrorKind::not_found, "Không có ngày {0} tháng {1}{2} năm {3} âm lịch",
     "There is no lunar day {0} of {2}month {1} of {3}"},

    {"working_days.to_before_from", ErrorKind::invalid, "Ngày 'to' trước ngày 'from'", "'to' is before 'from'"},
    {"working_days.range_too_long", ErrorKind::invalid, "Khoảng tối đa 10 năm", "At most 10 years"},
    {"working_days.count_range", ErrorKind::invalid, "Số ngày làm việc từ 1 đến 2000",
     "days must be a whole number from 1 to 2000"},

    {"rule.code_missing", ErrorKind::invalid, "Thiếu mã quy tắc", "The rule needs a code and a variant"},
    {"rule.limit_range", ErrorKind::invalid, "Thời hạn từ 1 đến 3650 ngày", "limit must be 1 to 3650 days"},
    {"rule.basis_invalid", ErrorKind::invalid, "Cách tính là working_days hoặc calendar_days",
     "basis is working_days or calendar_days"},
    {"rule.valid_to_before_from", ErrorKind::invalid, "Ngày hết hiệu lực phải sau ngày có hiệu lực",
     "valid_to must not be before valid_from"},
    {"rule.exists", ErrorKind::conflict, "Đã có quy tắc cùng mã, biến thể và ngày hiệu lực",
     "A rule with this code, variant and start exists"},
    {"rule.unknown", ErrorKind::not_found, "Không có quy tắc thời hạn '{}'", "No deadline rule '{}'"},
    {"rule.unknown_variant", ErrorKind::not_found, "Quy tắc {} không có biến thể '{}'; các biến thể: {}",
     "Rule {} has no variant '{}'; variants: {}"},
    {"rule.before_first_text", ErrorKind::unprocessable,
     "Ngày {} trước mọi văn bản quy định thời hạn {} ({}) mà Sen có: sớm nhất là {}, có hiệu lực từ {}",
     "{} is before every text Sen holds for the deadline {} ({}): the earliest, {}, applies from {}"},
    // The last argument lists the periods that have a rule (Localized: their dates in each form).
    {"rule.not_in_force", ErrorKind::unprocessable,
     "Không có văn bản quy định thời hạn {} ({}) có hiệu lực ngày {}; các thời kỳ có quy định: {}",
     "No text sets the deadline {} ({}) on {}; periods with a rule: {}"},

    {"decision.kind_invalid", ErrorKind::invalid, "Loại là days_off hoặc working_day",
     "kind is days_off or working_day"},
    {"decision.to_before_from", ErrorKind::invalid, "Ngày kết thúc trước ngày bắt đầu", "to is before from"},
    {"decision.too_long", ErrorKind::invalid, "Một quyết định không quá 32 ngày", "A decision spans at most 32 days"},
    {"decision.exists", ErrorKind::conflict, "Đã có quyết định cho khoảng ngày này",
     "A decision for these days exists"},

    {"rest_weekdays.not_array", ErrorKind::invalid, "rest_weekdays là mảng số 0–6",
     "rest_weekdays is an array of numbers 0–6"},
    {"rest_weekdays.day_range", ErrorKind::invalid, "Ngày trong tuần từ 0 (Chủ nhật) đến 6 (Thứ bảy)",
     "Weekdays are 0 (Sunday) to 6 (Saturday)"},
    {"rest_weekdays.too_many", ErrorKind::invalid, "Tối đa 3 ngày nghỉ mỗi tuần", "At most 3 rest days a week"},

    {"regime.unknown", ErrorKind::not_found, "Không có chế độ báo cáo '{}'", "No reporting regime '{}'"},
};
using messages = Catalogue<kMessages>;

}  // namespace sen::calendar
