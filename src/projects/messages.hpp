// The error messages of projects, keyed by their code (base/catalogue.hpp).
#pragma once
#include <fmt/format.h>

#include <cstdint>
#include <string>

#include "base/catalogue.hpp"
#include "base/vi_number.hpp"

namespace sen::projects {

// An amount as each text writes it: 1.000.000 in Vietnamese, 1000000 in English.
inline Localized dong(std::int64_t amount) {
  return {format_vi(static_cast<double>(amount), 0), fmt::format("{}", amount)};
}

inline constexpr Message kMessages[] = {
    {"project.not_found", ErrorKind::not_found, "Không tìm thấy dự án '{}'", "No project '{}'"},
    {"project.code_taken", ErrorKind::conflict, "Mã dự án '{}' đã có", "Project code '{}' is taken"},
    {"project.code_fixed", ErrorKind::invalid, "Mã dự án không đổi được", "A project's code cannot change"},
    {"project.name_missing", ErrorKind::invalid, "Cần tên dự án", "The project needs a name"},
    {"project.investor_missing", ErrorKind::invalid, "Cần chủ đầu tư", "The project needs an investor"},
    {"project.year_range", ErrorKind::invalid, "Năm {} nằm ngoài 1990–2100", "Year {} is outside 1990–2100"},
    {"project.end_before_start", ErrorKind::invalid, "Năm kết thúc không được trước năm khởi công",
     "The end year cannot be before the start year"},
    {"project.amount_negative", ErrorKind::invalid, "Số tiền không được âm (đơn vị: đồng)",
     "The amount cannot be negative (in đồng)"},
    {"project.amount_too_large", ErrorKind::invalid, "Số tiền vượt quá 10^15 đồng", "The amount exceeds 10^15 đồng"},
    {"project.source_not_public", ErrorKind::invalid, "Vốn xã hội hóa không thuộc kế hoạch vốn đầu tư công",
     "Socialised capital is not part of public-investment capital plans"},
    {"project.funding_not_array", ErrorKind::invalid, "funding là một mảng", "funding is an array"},
    {"project.funding_not_object", ErrorKind::invalid, "Mỗi nguồn vốn là một đối tượng", "Each source is an object"},
    {"project.funding_repeated", ErrorKind::invalid, "Nguồn vốn '{}' bị lặp", "Source '{}' appears twice"},
    {"project.funding_exceeds_total", ErrorKind::invalid, "Cơ cấu nguồn vốn ({} đồng) vượt tổng mức đầu tư ({} đồng)",
     "The funding ({} đồng) exceeds the total investment ({} đồng)"},
    {"project.not_number_array", ErrorKind::invalid, "{} là một mảng số", "{} is an array of numbers"},
    {"project.target_unknown", ErrorKind::invalid, "Không có chỉ tiêu kế hoạch số {}", "No target {}"},

    {"milestone.not_found", ErrorKind::not_found, "Không tìm thấy mốc tiến độ '{}'", "No milestone '{}'"},
    {"milestone.name_missing", ErrorKind::invalid, "Cần tên mốc tiến độ", "The milestone needs a name"},

    {"progress.percent_missing", ErrorKind::invalid, "Cần khối lượng thực hiện (%)", "percent is required"},
    {"progress.percent_range", ErrorKind::invalid, "Khối lượng thực hiện từ 0 đến 100%",
     "percent must be from 0 to 100"},

    {"capital_plan.years_reversed", ErrorKind::invalid, "Năm cuối của kế hoạch không được trước năm đầu",
     "The last year of the plan cannot be before its first"},
    {"capital_plan.decision_missing", ErrorKind::invalid,
     "Cần số, ký hiệu quyết định giao hoặc điều chỉnh kế hoạch vốn",
     "The decision (number–symbol) that sets the plan is required"},
    {"capital_plan.below_paid", ErrorKind::unprocessable, "Kế hoạch vốn {} đồng thấp hơn số đã giải ngân {} đồng",
     "The plan of {} đồng is below the {} đồng already paid"},

    {"extension.basis_missing", ErrorKind::invalid, "Cần căn cứ pháp lý (quyết định cho phép kéo dài)",
     "The legal basis (the decision that allows the extension) is required"},
    {"extension.until_range", ErrorKind::invalid, "Thời hạn kéo dài phải sau {} và không quá {}",
     "The extension must end after {} and not beyond {}"},

    {"disbursement.not_found", ErrorKind::not_found, "Không tìm thấy khoản giải ngân '{}'", "No disbursement '{}'"},
    {"disbursement.amount_not_positive", ErrorKind::invalid, "Số tiền giải ngân phải lớn hơn 0 (đồng)",
     "The amount must be above 0 (đồng)"},
    {"disbursement.paid_in_future", ErrorKind::invalid, "Ngày giải ngân không được sau hôm nay",
     "The payment date cannot be in the future"},
    {"disbursement.no_plan", ErrorKind::unprocessable, "Dự án chưa được giao kế hoạch vốn năm {} nguồn '{}'",
     "The project has no {} annual plan from source '{}'"},
    {"disbursement.exceeds_plan", ErrorKind::unprocessable,
     "Giải ngân vượt kế hoạch vốn năm {}: kế hoạch {} đồng, đã giải ngân {} đồng, còn {} đồng",
     "The payment exceeds the {} plan: plan {} đồng, paid {} đồng, {} đồng left"},
    {"disbursement.no_window_rule", ErrorKind::unprocessable,
     "Không có quy định thời hạn giải ngân cho kế hoạch năm {}", "No disbursement-window rule covers plan year {}"},
    {"disbursement.before_plan_year", ErrorKind::unprocessable, "Vốn kế hoạch năm {} chỉ được giải ngân từ ngày {}",
     "Capital of the {} plan can be paid out from {} only"},
    // The English text leaves out the law (its English form is empty).
    {"disbursement.beyond_extension", ErrorKind::unprocessable,
     "Vốn kế hoạch năm {} không được kéo dài quá ngày {} ({})",
     "Capital of the {} plan cannot be extended beyond {}{}"},
    // The last argument is the Vietnamese note on capital extended automatically, empty in English.
    {"disbursement.window_closed", ErrorKind::unprocessable,
     "Thời hạn giải ngân vốn kế hoạch năm {} đã hết ngày {} và không có quyết định kéo dài nào áp dụng cho ngày "
     "{}{}",
     "The disbursement window of the {} plan ended on {} and no extension covers {}{}"},
    {"disbursement.status", ErrorKind::conflict, "Khoản giải ngân đang ở trạng thái '{}', không chuyển sang '{}' được",
     "A disbursement in status '{}' cannot become '{}'"},
    {"disbursement.note_missing", ErrorKind::invalid, "Cần ghi lý do hủy khoản giải ngân",
     "Cancelling a disbursement needs a note"},

    {"import.not_year", ErrorKind::invalid, "'{}' không phải năm (ví dụ 2023)", "'{}' is not a year such as 2023"},
    {"import.not_date", ErrorKind::invalid, "'{}' không phải ngày YYYY-MM-DD", "'{}' is not a date YYYY-MM-DD"},
    {"import.amount_not_whole", ErrorKind::invalid, "Số tiền là số nguyên đồng, không quá 10^15",
     "The amount is a whole number of đồng, at most 10^15"},
    {"import.out_of_scope", ErrorKind::forbidden, "Dự án {} nằm ngoài phạm vi được giao",
     "Project {} is outside this account's scope"},

    {"curve.months_shape", ErrorKind::invalid, "months là 12 tỷ lệ lũy kế (%), tháng 1 đến tháng 12",
     "months is 12 cumulative percents, January to December"},
    {"curve.month_not_number", ErrorKind::invalid, "Cần một số", "A number is needed"},
    {"curve.month_range", ErrorKind::invalid, "Tháng {}: tỷ lệ lũy kế phải từ {} đến 100",
     "Month {}: the cumulative percent must be from {} to 100"},

    {"indicator.measure_not_money", ErrorKind::invalid,
     "Chỉ tiêu tính từ dự án phải đo bằng đồng, triệu đồng hoặc tỷ đồng",
     "An indicator computed from projects is measured in đồng, triệu đồng or tỷ đồng"},
};
using messages = Catalogue<kMessages>;

}  // namespace sen::projects
