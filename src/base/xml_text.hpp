// Text inside XML and HTML (Open311 answers, DOCX parts, HTML reports): & < > " escaped, a
// carriage return kept as a reference so that parsers keep it, and the control characters XML 1.0
// cannot hold (all below U+0020 but tab and line feed) replaced by U+FFFD.
#pragma once
#include <string>
#include <string_view>

namespace sen {

void append_xml_text(std::string& out, std::string_view text);
std::string xml_text(std::string_view text);

}  // namespace sen
