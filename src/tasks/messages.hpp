// The error messages of tasks, keyed by their code (base/catalogue.hpp).
#pragma once
#include "base/catalogue.hpp"

namespace sen::tasks {

inline constexpr Message kMessages[] = {
    {"document.not_found", ErrorKind::not_found, "Không tìm thấy văn bản '{}'", "No document '{}'"},
    {"document.exists", ErrorKind::conflict, "{} đã có văn bản số {}", "{} already has a document numbered {}"},
    {"document.out_of_scope", ErrorKind::forbidden, "Văn bản này nằm ngoài phạm vi được giao cho tài khoản",
     "This document is outside this account's scope"},

    {"programme.not_found", ErrorKind::not_found, "Không tìm thấy chương trình phối hợp '{}'", "No programme '{}'"},
    {"programme.too_few_units", ErrorKind::invalid, "Chương trình phối hợp cần ít nhất hai đơn vị ký kết",
     "A coordination programme needs at least two signing units"},
    {"programme.lead_not_signatory", ErrorKind::invalid, "Đơn vị chủ trì phải là một đơn vị ký kết",
     "The lead unit must be a signatory"},
    {"programme.ends_before_start", ErrorKind::invalid, "Ngày kết thúc phải sau ngày bắt đầu",
     "valid_to must not be before valid_from"},

    {"task.not_found", ErrorKind::not_found, "Không tìm thấy nhiệm vụ '{}'", "No task '{}'"},
    {"task.cancelled", ErrorKind::conflict, "Nhiệm vụ đã bị hủy", "The task was cancelled"},
    {"task.done", ErrorKind::conflict, "Nhiệm vụ đã hoàn thành", "The task is already done"},
    {"task.lead_coordinates", ErrorKind::invalid, "Đơn vị chủ trì không đồng thời là đơn vị phối hợp",
     "The lead unit cannot also coordinate"},
    {"task.recurrence_until_invalid", ErrorKind::invalid, "Nhiệm vụ định kỳ cần ngày kết thúc không trước hạn đầu tiên",
     "A recurring task needs recurrence_until, not before its first deadline"},
    {"task.percent_range", ErrorKind::invalid, "Tỷ lệ hoàn thành từ 0 đến 100", "percent must be from 0 to 100"},
    {"task.report_date_future", ErrorKind::invalid, "Ngày báo cáo không được sau hôm nay",
     "The report date cannot be in the future"},
    {"task.completion_date_future", ErrorKind::invalid, "Ngày hoàn thành không được sau hôm nay",
     "The completion date cannot be in the future"},
    {"task.occurrence_required", ErrorKind::invalid, "Nhiệm vụ định kỳ: hãy chỉ rõ kỳ (hạn) được hoàn thành",
     "A recurring task: give the due date of the occurrence completed"},
    {"task.occurrence_unknown", ErrorKind::invalid, "Nhiệm vụ không có kỳ hạn ngày {}",
     "The task has no occurrence due {}"},
    {"task.occurrence_done", ErrorKind::conflict, "Kỳ này đã hoàn thành", "That occurrence is already done"},

    {"task.recurring_extension", ErrorKind::unprocessable,
     "Nhiệm vụ định kỳ không gia hạn theo từng kỳ; hãy điều chỉnh nhiệm vụ",
     "A recurring task's occurrences are not extended one by one; change the task instead"},
    {"task.extension_not_later", ErrorKind::invalid, "Hạn mới phải sau hạn hiện tại ({})",
     "The new deadline must be after the current one ({})"},
    {"task.extension_pending", ErrorKind::conflict, "Đang có một đề nghị gia hạn chờ quyết định",
     "An extension request is already waiting for a decision"},
    {"extension.not_found", ErrorKind::not_found, "Không tìm thấy đề nghị gia hạn '{}'", "No extension request '{}'"},
    {"extension.approve_missing", ErrorKind::invalid, "Thiếu trường 'approve'", "Field 'approve' is required"},
    {"task.extension_decided", ErrorKind::conflict, "Đề nghị này đã được quyết định",
     "That request was already decided"},

    {"task_filter.status_unknown", ErrorKind::invalid,
     "Trạng thái: in_progress, overdue, done_on_time, done_late, cancelled",
     "status is one of in_progress, overdue, done_on_time, done_late, cancelled"},
    {"task_filter.due_within_invalid", ErrorKind::invalid, "due_within là số ngày (0 trở lên)",
     "due_within is a number of days (0 or more)"},
    {"task_filter.document_invalid", ErrorKind::invalid, "document là mã số văn bản", "document is a document id"},
    {"task_stats.scope_unknown", ErrorKind::invalid, "Tham số 'scope' là record hoặc due_within",
     "Parameter 'scope' is record or due_within"},
    {"notice.within_invalid", ErrorKind::invalid, "within là số ngày", "within is a number of days"},
};
using messages = Catalogue<kMessages>;

}  // namespace sen::tasks
