#include "files/media_type.hpp"

#include "extraction/document_text.hpp"

namespace sen::files {

namespace {

constexpr std::string_view kPdf = "application/pdf";
constexpr std::string_view kDocx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
constexpr std::string_view kXlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
constexpr std::string_view kPng = "image/png";
constexpr std::string_view kJpeg = "image/jpeg";
constexpr std::string_view kText = "text/plain; charset=utf-8";

bool starts_with(std::string_view bytes, std::string_view magic) {
  return bytes.substr(0, magic.size()) == magic;
}

// Text a person wrote: UTF-8 without control characters other than tab and line breaks.
bool plain_text(std::string_view bytes) {
  if (bytes.empty() || !extraction::valid_utf8(bytes)) return false;
  for (unsigned char c : bytes) {
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) return false;
  }
  return true;
}

}  // namespace

std::optional<std::string> media_type_of(std::string_view bytes) {
  if (starts_with(bytes, "%PDF-")) return std::string(kPdf);
  if (starts_with(bytes, "\x89PNG\r\n\x1a\n")) return std::string(kPng);
  if (starts_with(bytes, "\xFF\xD8\xFF")) return std::string(kJpeg);
  if (starts_with(bytes, "PK\x03\x04")) {
    // An Office Open XML package names its main part in the archive's (uncompressed) directory.
    if (bytes.find("word/document.xml") != std::string_view::npos) return std::string(kDocx);
    if (bytes.find("xl/workbook.xml") != std::string_view::npos) return std::string(kXlsx);
    return std::nullopt;
  }
  if (plain_text(bytes)) return std::string(kText);
  return std::nullopt;
}

bool previewable(std::string_view media_type) {
  return media_type == kPdf || media_type == kPng || media_type == kJpeg;
}

}  // namespace sen::files
