// The renderers of a report: each gives the bytes of one format from the same model.
#pragma once
#include <string>

#include "reports/model.hpp"

namespace sen::reports {

enum class Format { html, docx, xlsx, pdf };

// nullopt for anything but html, docx, xlsx, pdf.
std::optional<Format> parse_format(const std::string& text);
const char* content_type(Format f);
const char* extension(Format f);

std::string render_html(const Report& r);  // a standalone page, A4 print styles
std::string render_docx(const Report& r);  // WordprocessingML with headings, tables, page numbers
std::string render_xlsx(const Report& r);  // one sheet per section, numbers as numbers
std::string render_pdf(const Report& r);   // A4, Liberation Serif (the metrics of Times New Roman)

std::string render(const Report& r, Format f);

}  // namespace sen::reports
