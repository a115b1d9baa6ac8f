// What an uploaded file is, judged by its content, never by its name.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace sen::files {

// The media type of the bytes when they are one of the kinds Sen keeps — PDF, DOCX, XLSX, PNG,
// JPEG, plain UTF-8 text — and nullopt for anything else (an executable, an old .doc, a zip
// of other files, text with control characters).
std::optional<std::string> media_type_of(std::string_view bytes);

// Whether the web app may show the file inline (a PDF or an image); others are downloaded.
bool previewable(std::string_view media_type);

}  // namespace sen::files
