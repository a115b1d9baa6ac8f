#include "base/xml_text.hpp"

namespace sen {

void append_xml_text(std::string& out, std::string_view text) {
  for (char ch : text) {
    auto byte = static_cast<unsigned char>(ch);
    switch (ch) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\r':
        out += "&#13;";
        break;
      default:
        if (byte < 0x20 && ch != '\t' && ch != '\n')
          out += "\xEF\xBF\xBD";
        else
          out += ch;
    }
  }
}

std::string xml_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  append_xml_text(out, text);
  return out;
}

}  // namespace sen
