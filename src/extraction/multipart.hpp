// Reading a multipart/form-data request body (RFC 7578): how the web app uploads a report.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sen::extraction {

struct FormPart {
  std::string name;
  std::optional<std::string> filename;
  std::string content;
};

// Whether a Content-Type header announces multipart/form-data.
bool is_multipart(std::string_view content_type);

// The parts of the body, in order. Error invalid naming "body" when the boundary is missing or
// the body does not follow it.
std::vector<FormPart> parse_multipart(std::string_view content_type, std::string_view body);

}  // namespace sen::extraction
