#include "open311/xml.hpp"

#include <boost/json.hpp>
#include <stdexcept>

#include "base/json.hpp"

namespace sen::open311 {

namespace bj = boost::json;

namespace {

// Escapes text for element content. Control characters other than tab, line feed and carriage
// return cannot appear in XML 1.0; a carriage return is kept as a reference so parsers keep it.
void append_text(std::string& out, std::string_view text) {
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

void append_element(std::string& out, std::string_view name, const bj::value& value, const ItemNames& item_names,
                    int depth) {
  std::string indent(static_cast<std::size_t>(depth) * 2, ' ');
  out += indent + "<" + std::string(name);
  switch (value.kind()) {
    case bj::kind::null:
      out += "/>\n";
      return;
    case bj::kind::object:
      out += ">\n";
      for (const auto& member : value.get_object()) {
        append_element(out, member.key(), member.value(), item_names, depth + 1);
      }
      break;
    case bj::kind::array: {
      auto item = item_names.find(name);
      if (item == item_names.end()) throw std::logic_error("no XML item name for the list " + std::string(name));
      out += ">\n";
      for (const auto& v : value.get_array()) append_element(out, item->second, v, item_names, depth + 1);
      break;
    }
    case bj::kind::string:
      out += ">";
      append_text(out, value.get_string());
      out += "</" + std::string(name) + ">\n";
      return;
    default:
      out += ">" + json::serialize(value) + "</" + std::string(name) + ">\n";
      return;
  }
  out += indent + "</" + std::string(name) + ">\n";
}

}  // namespace

std::string to_xml(std::string_view root, const bj::value& value, const ItemNames& item_names) {
  std::string out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
  append_element(out, root, value, item_names, 0);
  return out;
}

}  // namespace sen::open311
