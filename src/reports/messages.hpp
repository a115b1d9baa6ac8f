// The error messages of reports, keyed by their code (base/catalogue.hpp).
#pragma once
#include "base/catalogue.hpp"

namespace sen::reports {

inline constexpr Message kMessages[] = {
    {"report.format_unknown", ErrorKind::invalid, "Định dạng là html, docx, xlsx hoặc pdf",
     "The format is html, docx, xlsx or pdf"},
    {"report.issuer_unknown", ErrorKind::invalid, "Cơ quan ban hành là party (cấp ủy) hoặc state (Ủy ban nhân dân)",
     "The issuer is party (the Party committee) or state (the People's Committee)"},
    {"report.kind_unknown", ErrorKind::invalid, "Loại báo cáo là annual (năm) hoặc periodic (định kỳ)",
     "The kind is annual or periodic"},
    {"report.period_invalid", ErrorKind::invalid, "Kỳ không hợp lệ (dạng 2023, 2023-6M, 2023-Q1, 2023-03)",
     "Invalid period (2023, 2023-6M, 2023-Q1, 2023-03)"},
    {"report.annual_needs_year", ErrorKind::invalid, "Báo cáo năm cần kỳ là một năm (ví dụ 2022)",
     "An annual report needs a year as its period (e.g. 2022)"},
    {"report.periodic_needs_months", ErrorKind::invalid,
     "Báo cáo định kỳ cần kỳ là tháng, quý, 6 hoặc 9 tháng (ví dụ 2023-6M)",
     "A periodic report needs a month, quarter, 6 or 9 months (e.g. 2023-6M)"},
    {"report.number_length", ErrorKind::invalid, "Số văn bản từ 1 đến 20 ký tự",
     "The document number has 1 to 20 characters"},
    {"report.number_digits", ErrorKind::invalid, "Số văn bản là số thứ tự, từ 1 đến 6 chữ số",
     "The number is an ordinal of 1 to 6 digits"},
    {"report.unit_absent", ErrorKind::unprocessable, "Đơn vị {} không tồn tại trong kỳ {}",
     "Unit {} did not exist in the period {}"},
    {"report.unit_not_formed", ErrorKind::unprocessable,
     "{} ({}) được thành lập ngày {}; không thể lập báo cáo của đơn vị này đề ngày {} (số liệu các năm trước được "
     "quy đổi qua sắp xếp đơn vị, báo cáo đề ngày hôm nay)",
     "{} ({}) was formed on {}; no report of it can be dated {} (earlier years' figures are derived through the "
     "reorganisation, in a report dated today)"},
    {"report.unit_national", ErrorKind::unprocessable,
     "Sen lập báo cáo của tỉnh và các cấp dưới; {} ({}) là cả nước, chưa có mẫu báo cáo",
     "Sen makes the reports of a province and the levels below it; {} ({}) is the nation, which has no report form"},
    {"report.unit_closed", ErrorKind::unprocessable,
     "{} ({}) hoạt động đến hết ngày {}; không thể lập báo cáo của đơn vị này đề ngày {}",
     "{} ({}) existed until {}; no report of it can be dated {}"},
    {"report.date", ErrorKind::unprocessable, "Ngày ban hành {} phải từ ngày {} (đầu kỳ) đến hôm nay",
     "The date {} must lie between {} (the period's start) and today"},
    {"report.number_taken", ErrorKind::unprocessable, "Số {} đã dùng cho một báo cáo khác của đơn vị năm {}",
     "Number {} is used by another report of the unit in {}"},
    {"report.issued", ErrorKind::conflict,
     "Báo cáo số {} đã ban hành ngày {}, không sửa được; để đính chính, hãy lập dự thảo mới",
     "Report {} was issued on {} and cannot change; to correct it, make a new draft"},
    {"report.not_issued", ErrorKind::conflict, "Bản có chữ ký chỉ đính kèm được vào báo cáo đã ban hành",
     "A signed copy can be attached only to an issued report"},
    {"report.section_forbidden", ErrorKind::forbidden, "Báo cáo đã ban hành có phần cần quyền '{}'",
     "The issued report holds a section that needs the permission '{}'"},

    {"report.not_found", ErrorKind::not_found, "Không tìm thấy báo cáo '{}'", "No report '{}'"},
    {"report_draft.not_found", ErrorKind::not_found, "Không tìm thấy dự thảo báo cáo '{}'", "No report draft '{}'"},
    {"report_part.not_found", ErrorKind::not_found, "Không tìm thấy phần của báo cáo '{}'", "No report part '{}'"},
    {"report_file.not_found", ErrorKind::not_found, "Không tìm thấy tệp báo cáo '{}'", "No report file '{}'"},

};
using messages = Catalogue<kMessages>;

}  // namespace sen::reports
