// The error messages of units, keyed by their code (base/catalogue.hpp).
#pragma once
#include "base/catalogue.hpp"

namespace sen::units {

inline constexpr Message kMessages[] = {
    {"unit.not_found", ErrorKind::not_found, "Không tìm thấy đơn vị '{}'", "No unit '{}'"},
    {"unit.unknown", ErrorKind::invalid, "Không có đơn vị mã '{}'", "No unit '{}'"},
    // Raised by the modules that name a unit in a record or an import row (targets, extraction).
    {"unit.no_such_code", ErrorKind::invalid, "Không có đơn vị mã '{}'", "No unit with code '{}'"},
    {"unit.outside_period", ErrorKind::invalid, "Đơn vị {} không tồn tại trong kỳ {}",
     "Unit {} does not exist during period {}"},
    {"unit.code_invalid", ErrorKind::invalid, "Mã đơn vị '{}' không hợp lệ: 1–32 ký tự gồm chữ, số, '-', '_', '.'",
     "Unit code '{}' is invalid: 1–32 letters, digits, '-', '_', '.'"},
    // The last argument says when the unit closed (Localized: ", đã giải thể sau ngày …"), or is empty.
    {"unit.code_taken", ErrorKind::conflict, "Mã {} đã được dùng (từ ngày {}{}); mã đơn vị không bao giờ được dùng lại",
     "Code {} is already used (since {}{}); unit codes are never reused"},
    {"unit.kind_unknown", ErrorKind::invalid, "Loại đơn vị '{}' không có; các loại: {}",
     "Unknown unit kind '{}'; known kinds: {}"},
    {"unit.state_unknown", ErrorKind::invalid, "Tham số 'state' là current hoặc closed",
     "Parameter 'state' is current or closed"},
    {"unit.nothing_to_change", ErrorKind::invalid, "Không có gì để sửa",
     "Nothing to change: give name, name_en, kind, parent or source"},
    {"unit.closed", ErrorKind::conflict, "Đơn vị {} đã giải thể từ sau ngày {}; không sửa được",
     "Unit {} was closed after {}; it cannot be changed"},
    {"unit.not_closed", ErrorKind::conflict,
     "Đơn vị {} còn hoạt động: chỉ chuyển giao việc của đơn vị đã kết thúc hoạt động",
     "Unit {} still exists: only a closed unit's work is handed over"},
    {"unit.parent_missing", ErrorKind::unprocessable, "Đơn vị cấp trên {} không tồn tại vào ngày {}",
     "Parent unit {} does not exist on {}"},
    // A unit that did not exist in a period, and whose records those days are.
    {"unit.formed_after", ErrorKind::unprocessable,
     "{} được thành lập ngày {}; hồ sơ của thời gian trước đó thuộc các đơn vị trước sắp xếp",
     "{} was formed on {}; the records of earlier days belong to the units before the reorganisation"},
    {"unit.formed_after_from", ErrorKind::unprocessable,
     "{} được thành lập ngày {}; hồ sơ của thời gian trước đó thuộc {}",
     "{} was formed on {}; the records of earlier days belong to {}"},
    {"unit.closed_before", ErrorKind::unprocessable,
     "{} hoạt động đến hết ngày {}; hồ sơ của thời gian sau đó thuộc các đơn vị sau sắp xếp",
     "{} existed until {}; the records of later days belong to the units after the reorganisation"},
    {"unit.closed_before_into", ErrorKind::unprocessable,
     "{} hoạt động đến hết ngày {}; hồ sơ của thời gian sau đó thuộc {}",
     "{} existed until {}; the records of later days belong to {}"},
    {"unit.own_parent", ErrorKind::unprocessable, "Đơn vị không thể là cấp trên của chính nó",
     "A unit cannot be its own parent"},
    {"unit.cycle", ErrorKind::unprocessable, "{} đang là cấp trên của {}; không thể tạo vòng lặp",
     "{} is already above {}; that would make a cycle"},
    // The last argument says what the date must follow (Localized).
    {"unit.date_order", ErrorKind::unprocessable, "Ngày {} phải sau ngày {} ({})",
     "Date {} must not be before {} ({})"},
    {"unit.has_children", ErrorKind::conflict,
     "Còn {} đơn vị trực thuộc sau ngày {}: {}; hãy chuyển hoặc giải thể trước",
     "{} units still hang under it after {}: {}; move or close them first"},
    {"unit.successors_repeated", ErrorKind::invalid, "Danh sách đơn vị kế thừa bị lặp",
     "The list of successors has duplicates"},
    {"unit.successor_missing", ErrorKind::unprocessable, "Đơn vị kế thừa {} không tồn tại vào ngày {}",
     "Successor {} does not exist on {}"},

    // An element of a list in a request body ("items[3]", "parts[0]").
    {"item.not_object", ErrorKind::invalid, "{} phải là một đối tượng", "{} must be an object"},

    {"lineage.basis_invalid", ErrorKind::invalid,
     "Cơ sở phân chia '{}' không hợp lệ: population, area hoặc mã một chỉ tiêu",
     "Basis '{}' is invalid: population, area or an indicator's code"},
    {"lineage.legal_source_missing", ErrorKind::invalid, "Cần nêu văn bản quy định phần chia (legal_source)",
     "The legal source of the shares is required"},
    {"lineage.parts_missing", ErrorKind::invalid, "Cần danh sách phần chia (parts) không rỗng",
     "parts must be a non-empty array"},
    {"lineage.no_successors", ErrorKind::unprocessable, "Đơn vị {} không có đơn vị kế thừa",
     "Unit {} has no successors"},
    {"lineage.not_successor", ErrorKind::invalid, "{} không phải đơn vị kế thừa của {}", "{} is not a successor of {}"},
    {"lineage.successor_repeated", ErrorKind::invalid, "Đơn vị {} được nêu hai lần", "Successor {} is listed twice"},
    {"lineage.shares_total", ErrorKind::invalid, "Tổng các phần của {} theo cơ sở {} là {:.6g}, phải bằng 1",
     "The shares of {} on basis {} add up to {:.6g}, not 1"},

    {"handover.items_missing", ErrorKind::invalid, "Cần danh sách việc cần chuyển (items) không rỗng",
     "items must be a non-empty array"},
    {"handover.too_many_items", ErrorKind::invalid, "Mỗi lần chuyển tối đa {} việc", "At most {} items at a time"},
    {"handover.kind_unknown", ErrorKind::invalid, "Loại hồ sơ không chuyển giao được: {}",
     "Not a kind of work that is handed over: {}"},
    // Arguments: the record's key, its kind, the unit; the English text names the kind first.
    {"handover.not_open_work", ErrorKind::invalid, "'{0}' ({1}) không phải việc còn dở của đơn vị {2}",
     "{1} {0} is not open work of unit {2}"},
    {"handover.item_repeated", ErrorKind::invalid, "Việc này đã có ở trên trong danh sách",
     "This item is already listed above"},
    {"handover.receiver_invalid", ErrorKind::invalid, "Đơn vị nhận phải là một đơn vị đang hoạt động khác: {}",
     "The receiving unit must be another unit that exists today: {}"},
    {"handover.invalid_items", ErrorKind::invalid,
     "Danh sách việc cần chuyển có mục không hợp lệ; không việc nào được chuyển",
     "Some items cannot be handed over; nothing was handed over"},
};
using messages = Catalogue<kMessages>;

}  // namespace sen::units
