// The error messages of targets, keyed by their code (base/catalogue.hpp).
#pragma once
#include "base/catalogue.hpp"

namespace sen::targets {

inline constexpr Message kMessages[] = {
    // Indicators.
    {"indicator.not_found", ErrorKind::not_found, "Không tìm thấy chỉ tiêu '{}'", "No indicator '{}'"},
    {"indicator.unknown", ErrorKind::invalid, "Không có chỉ tiêu mã '{}'", "No indicator with code '{}'"},
    {"indicator.code_invalid", ErrorKind::invalid,
     "Mã chỉ tiêu '{}' không hợp lệ: chữ in hoa, số và '_', bắt đầu bằng chữ",
     "Indicator code '{}' is invalid: capitals, digits and '_', starting with a letter"},
    {"indicator.code_taken", ErrorKind::conflict, "Mã chỉ tiêu {} đã có", "Indicator code {} is already used"},
    {"indicator.code_unchangeable", ErrorKind::invalid, "Không đổi được mã chỉ tiêu",
     "An indicator's code cannot change"},
    {"indicator.max_below_min", ErrorKind::invalid, "Giá trị lớn nhất không được nhỏ hơn giá trị nhỏ nhất",
     "max_value cannot be below min_value"},
    {"indicator.decimals_range", ErrorKind::invalid, "Số chữ số thập phân phải từ 0 đến 6",
     "decimals must be from 0 to 6"},
    {"indicator.weight_missing", ErrorKind::invalid, "Bình quân gia quyền cần chỉ tiêu trọng số (weight_indicator)",
     "A weighted average needs a weight_indicator"},
    {"indicator.weight_unknown", ErrorKind::invalid, "Không có chỉ tiêu trọng số '{}'", "No weight indicator '{}'"},
    {"indicator.computed_with_formula", ErrorKind::invalid, "Chỉ tiêu tính từ dữ liệu nghiệp vụ không có công thức",
     "An indicator computed from records has no formula"},

    // Formulas; the argument is the 1-based character position.
    {"formula.empty", ErrorKind::invalid, "Công thức trống ở vị trí {} của công thức",
     "The formula is empty at position {} of the formula"},
    {"formula.unexpected_character", ErrorKind::invalid, "Ký tự không mong đợi ở vị trí {} của công thức",
     "Unexpected character at position {} of the formula"},
    {"formula.ends_early", ErrorKind::invalid, "Công thức kết thúc giữa chừng ở vị trí {} của công thức",
     "The formula ends too early at position {} of the formula"},
    {"formula.missing_parenthesis", ErrorKind::invalid, "Thiếu dấu ')' ở vị trí {} của công thức",
     "Missing ')' at position {} of the formula"},
    {"formula.invalid_number", ErrorKind::invalid,
     "Số không hợp lệ (dùng dấu chấm thập phân) ở vị trí {} của công thức",
     "Invalid number (use a decimal point) at position {} of the formula"},
    {"formula.operand_expected", ErrorKind::invalid, "Cần một số, một mã chỉ tiêu hoặc '(' ở vị trí {} của công thức",
     "Expected a number, an indicator code or '(' at position {} of the formula"},
    {"formula.unknown_indicator", ErrorKind::invalid, "Không có chỉ tiêu mã '{}' ở vị trí {} của công thức",
     "No indicator '{}' at position {} of the formula"},
    {"formula.cycle", ErrorKind::unprocessable, "Công thức tạo vòng lặp: {}", "The formula makes a cycle: {}"},

    // Plans.
    {"plan.not_found", ErrorKind::not_found, "Không tìm thấy kế hoạch '{}'", "No plan '{}'"},
    {"plan.unknown", ErrorKind::invalid, "Không có kế hoạch mã '{}'", "No plan with code '{}'"},
    {"plan.code_invalid", ErrorKind::invalid, "Mã kế hoạch phải có 1–64 ký tự, không có khoảng trắng hay / ? # %",
     "A plan code has 1–64 characters without spaces or / ? # %"},
    {"plan.period_from_not_year", ErrorKind::invalid, "Kỳ bắt đầu của kế hoạch phải là một năm, ví dụ 2023",
     "period_from must be a year, such as 2023"},
    {"plan.period_to_invalid", ErrorKind::invalid, "Kỳ kết thúc phải là một năm không trước kỳ bắt đầu",
     "period_to must be a year not before period_from"},
    {"plan.unit_missing", ErrorKind::unprocessable, "Đơn vị {} không tồn tại trong thời gian của kế hoạch",
     "Unit {} does not exist during the plan's years"},
    {"plan.code_taken", ErrorKind::conflict, "Mã kế hoạch {} đã có", "Plan code {} is already used"},

    // Targets.
    {"target.not_found", ErrorKind::not_found, "Không tìm thấy chỉ tiêu kế hoạch '{}'", "No target '{}'"},
    {"target.exists", ErrorKind::conflict, "Kế hoạch {} đã có chỉ tiêu {} của đơn vị {} kỳ {}",
     "Plan {} already has a target for {}, unit {}, period {}"},
    {"target.period_outside_plan", ErrorKind::invalid, "Kỳ {} nằm ngoài kế hoạch {} ({}–{})",
     "Period {} is outside plan {} ({}–{})"},
    {"target.comparator_unknown", ErrorKind::invalid, "Phép so sánh '{}' không có; dùng >=, >, <=, <, = hoặc between",
     "Comparator '{}' is unknown; use >=, >, <=, <, = or between"},
    {"target.value_to_required", ErrorKind::invalid,
     "Chỉ tiêu 'between' cần giá trị trên (value_to) không nhỏ hơn giá trị dưới",
     "A 'between' target needs value_to, not below value"},
    {"target.value_to_not_between", ErrorKind::invalid, "Chỉ dùng value_to với phép so sánh between",
     "value_to is only for 'between' targets"},
    {"target.duplicate_row", ErrorKind::invalid, "Trùng với dòng {}", "Same target as line {}"},

    {"value.vintage_unknown", ErrorKind::invalid,
     "Loại số liệu '{}' không có; dùng plan, estimate, preliminary hoặc official",
     "Vintage '{}' is unknown; use plan, estimate, preliminary or official"},
    // Indicator, lowest and highest value (each in Vietnamese and English), measure.
    {"value.out_of_range", ErrorKind::invalid, "Giá trị của chỉ tiêu {} phải từ {} đến {} ({})",
     "A value of {} must be from {} to {} ({})"},

    // Units and periods.
    {"unit.out_of_scope", ErrorKind::forbidden, "Đơn vị {} nằm ngoài phạm vi được giao",
     "Unit {} is outside this account's scope"},
    {"period.not_found", ErrorKind::not_found, "Không tìm thấy kỳ báo cáo '{}'", "No period '{}'"},
    {"period.invalid", ErrorKind::invalid, "Kỳ '{}' không hợp lệ (dạng 2023, 2023-6M, 2023-9M, 2023-Q1, 2023-03)",
     "Period '{}' is invalid (forms: 2023, 2023-6M, 2023-9M, 2023-Q1, 2023-03)"},

    // Parameters of reads, imports and exports.
    {"param.not_year", ErrorKind::invalid, "Tham số '{}' phải là một năm", "Parameter '{}' must be a year"},
    {"series.range", ErrorKind::invalid, "Khoảng năm phải từ 1 đến 50 năm", "The range must cover 1 to 50 years"},
    {"number_style.invalid", ErrorKind::invalid, "Kiểu số phải là 'vi' (1.172,5) hoặc 'plain' (1172.5)",
     "The number style must be 'vi' (1.172,5) or 'plain' (1172.5)"},
};
using messages = Catalogue<kMessages>;

}  // namespace sen::targets
