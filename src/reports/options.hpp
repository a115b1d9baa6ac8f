// Reading a report request (format, issuer, number, date) the same way for the API and the CLI.
#pragma once
#include <optional>
#include <string>

#include "reports/header.hpp"
#include "reports/render.hpp"

namespace sen::reports {

// Error invalid (report.format_unknown) naming `field` unless html, docx, xlsx or pdf.
Format require_format(const std::string& text, const char* field);
// Error invalid (report.issuer_unknown) naming `field` unless party or state.
Issuer require_issuer(const std::string& text, const char* field);

}  // namespace sen::reports
