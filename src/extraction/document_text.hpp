// The text of an uploaded report: a DOCX (its paragraphs, from word/document.xml), a PDF (its
// pages' text, by poppler) or a UTF-8 text file.
#pragma once
#include <string>
#include <string_view>

namespace sen::extraction {

struct DocumentText {
  std::string text;        // UTF-8, paragraphs on their own lines
  std::string media_type;  // what it was read as
};

// Recognises the file by its first bytes. Error invalid naming `field` when it cannot be read
// (a damaged archive or PDF, a binary or non-UTF-8 file, no text at all).
DocumentText document_text(std::string_view bytes, const char* field = "file");

// Whether the bytes are valid UTF-8.
bool valid_utf8(std::string_view bytes);

}  // namespace sen::extraction
