// The error messages of petitions, keyed by their code (base/catalogue.hpp).
#pragma once
#include "base/catalogue.hpp"

namespace sen::petitions {

inline constexpr Message kMessages[] = {
    // A letter and its intake.
    {"petition.not_found", ErrorKind::not_found, "Không tìm thấy đơn '{}'", "No letter '{}'"},
    {"petition.not_one_of", ErrorKind::invalid, "Giá trị '{}' của '{}' không hợp lệ; dùng: {}",
     "'{}' is not a valid {}; use: {}"},
    {"petition.types_missing", ErrorKind::invalid, "Hãy chọn loại đơn", "Choose the kind of letter"},
    {"petition.received_after_today", ErrorKind::invalid, "Ngày nhận đơn sau hôm nay", "received_on is in the future"},
    {"petition.unknown_unit", ErrorKind::invalid, "Không có đơn vị '{}'", "No unit '{}'"},
    {"petition.anonymous_with_petitioners", ErrorKind::invalid, "Đơn nặc danh không có người gửi",
     "An anonymous letter has no petitioners"},
    {"petition.petitioners_missing", ErrorKind::invalid, "Hãy ghi người gửi đơn, hoặc đánh dấu đơn nặc danh",
     "Give the petitioners, or mark the letter anonymous"},
    {"petition.petitioners_not_array", ErrorKind::invalid, "petitioners là một mảng", "petitioners is an array"},
    {"petition.previous_not_complaint", ErrorKind::invalid, "Chỉ khiếu nại lần hai mới gắn với đơn lần đầu",
     "Only a second complaint refers to a first one"},
    {"petition.first_not_decided", ErrorKind::unprocessable,
     "Khiếu nại lần hai cần một khiếu nại lần đầu đã có quyết định giải quyết",
     "A second complaint needs a first complaint that was decided"},

    // A petitioner.
    {"petition.petitioner_not_object", ErrorKind::invalid, "Mỗi người gửi là một đối tượng",
     "Each petitioner is an object"},
    {"petition.petitioner_name_missing", ErrorKind::invalid, "Thiếu họ tên người gửi đơn",
     "A petitioner's name is missing"},
    {"petition.petitioner_email_invalid", ErrorKind::invalid, "Địa chỉ thư điện tử '{}' không hợp lệ",
     "E-mail address '{}' is invalid"},
    {"petition.petitioner_phone_invalid", ErrorKind::invalid, "Số điện thoại '{}' không hợp lệ",
     "Phone number '{}' is invalid"},

    // A step of processing or resolution.
    {"petition.step_unknown", ErrorKind::invalid, "Bước xử lý '{}' không có", "Unknown step '{}'"},
    {"petition.step_after_today", ErrorKind::invalid, "Ngày xử lý sau hôm nay", "The step is dated after today"},
    {"petition.step_before_received", ErrorKind::invalid, "Ngày xử lý trước ngày nhận đơn",
     "The step is dated before the letter was received"},
    {"petition.already_processed", ErrorKind::conflict, "Đơn đã được xử lý (thụ lý, chuyển, hướng dẫn hoặc lưu)",
     "The letter was already processed"},
    {"petition.duplicate_processed", ErrorKind::conflict, "Đơn đã được xử lý, không gắn trùng được",
     "The letter was already processed; it cannot be linked as a duplicate"},
    {"petition.anonymous_denunciation", ErrorKind::conflict,
     "Tố cáo nặc danh không được thụ lý giải quyết như tố cáo (Luật Tố cáo 2018, Điều 25); có thể lưu đơn hoặc "
     "kiểm tra nội dung nếu cụ thể",
     "An anonymous denunciation is not processed as a denunciation; file it, or inspect its content if specific"},
    {"petition.recipient_missing", ErrorKind::invalid, "Hãy ghi cơ quan có thẩm quyền nhận đơn chuyển",
     "Name the competent body"},
    {"petition.forwarded_once", ErrorKind::conflict, "Đơn chỉ được chuyển một lần", "A letter is forwarded once only"},
    {"petition.file_reason_missing", ErrorKind::invalid, "Hãy chọn lý do lưu đơn theo Thông tư 05/2021/TT-TTCP",
     "Give a reason for filing allowed by Circular 05/2021/TT-TTCP"},
    {"petition.not_decided", ErrorKind::conflict, "Chưa có quyết định để theo dõi thi hành",
     "Nothing decided to follow up"},
    {"petition.not_in_resolution", ErrorKind::conflict, "Đơn không ở giai đoạn giải quyết",
     "The letter is not being resolved"},
    {"petition.no_deadline", ErrorKind::conflict, "Đơn kiến nghị, phản ánh không gia hạn",
     "Recommendations and feedback are not extended"},
    {"petition.extension_decision_missing", ErrorKind::invalid,
     "Gia hạn phải có quyết định bằng văn bản: số, ngày và thời hạn mới",
     "An extension needs a written decision: number, date and new deadline"},
    {"petition.deadline_not_later", ErrorKind::invalid, "Thời hạn mới phải sau thời hạn hiện tại",
     "The new deadline must be after the current one"},
    {"petition.extensions_used", ErrorKind::conflict, "Đã gia hạn {} lần, tối đa theo luật",
     "Already extended {} times, the most the law allows"},
    {"petition.already_suspended", ErrorKind::conflict, "Việc giải quyết đang tạm đình chỉ",
     "Resolution is already suspended"},
    {"petition.not_suspended", ErrorKind::conflict, "Việc giải quyết không bị tạm đình chỉ",
     "Resolution is not suspended"},
    {"petition.suspended", ErrorKind::conflict, "Hãy tiếp tục giải quyết trước khi ra quyết định",
     "Resume before deciding"},
    {"petition.result_invalid", ErrorKind::invalid, "Kết luận: dung (đúng), sai hoặc dung_mot_phan (đúng một phần)",
     "result is dung, sai or dung_mot_phan"},

    // Duplicates.
    {"petition.duplicate_of_itself", ErrorKind::invalid, "Đơn không trùng với chính nó",
     "A letter does not duplicate itself"},
    {"petition.duplicate_of_duplicate", ErrorKind::invalid, "Đơn {} cũng là đơn trùng; hãy gắn với đơn đầu tiên",
     "{} is itself a duplicate; link to the first letter"},
    {"petition.duplicate_of_later", ErrorKind::invalid, "Chỉ gắn với đơn nhận trước",
     "Link to a letter received earlier"},

    // Handing a letter over to another unit.
    {"petition.receiver_unknown", ErrorKind::invalid, "Không có đơn vị {}", "No unit {}"},
    {"petition.receiver_concerned", ErrorKind::invalid,
     "Đơn tố cáo {} không giao cho {}: đơn vị bị tố cáo, đơn vị kế thừa hoặc trực thuộc đơn vị đó; hãy giao cho cấp "
     "trên",
     "Denunciation {} cannot go to {}: the denounced unit, a unit that took it over, or one under them; hand it to a "
     "superior"},

    // Access.
    {"petition.out_of_scope", ErrorKind::forbidden, "Đơn này nằm ngoài phạm vi được giao cho tài khoản",
     "This letter is outside this account's scope"},

    // The citizen's lookup.
    {"petition.lookup_wait", ErrorKind::unauthorized, "Tra cứu sai quá nhiều lần; hãy thử lại sau {} giây",
     "Too many failed lookups; try again in {} seconds"},
    {"petition.lookup_failed", ErrorKind::not_found, "Không tìm thấy đơn với mã và mã tra cứu này",
     "No letter with this tracking code and lookup PIN"},
};
using messages = Catalogue<kMessages>;

}  // namespace sen::petitions
