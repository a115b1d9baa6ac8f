#include "reports/render.hpp"

namespace sen::reports {

std::optional<Format> parse_format(const std::string& text) {
  if (text == "html") return Format::html;
  if (text == "docx") return Format::docx;
  if (text == "xlsx") return Format::xlsx;
  if (text == "pdf") return Format::pdf;
  return std::nullopt;
}

const char* content_type(Format f) {
  switch (f) {
    case Format::html:
      return "text/html; charset=utf-8";
    case Format::docx:
      return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    case Format::xlsx:
      return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    case Format::pdf:
      return "application/pdf";
  }
  return "application/octet-stream";
}

const char* extension(Format f) {
  switch (f) {
    case Format::html:
      return "html";
    case Format::docx:
      return "docx";
    case Format::xlsx:
      return "xlsx";
    case Format::pdf:
      return "pdf";
  }
  return "bin";
}

std::string render(const Report& r, Format f) {
  switch (f) {
    case Format::html:
      return render_html(r);
    case Format::docx:
      return render_docx(r);
    case Format::xlsx:
      return render_xlsx(r);
    case Format::pdf:
      return render_pdf(r);
  }
  return {};
}

}  // namespace sen::reports
