#include "open311/xml.hpp"

#include <boost/json.hpp>
#include <stdexcept>

#include "base/json.hpp"
#include "base/xml_text.hpp"

namespace sen::open311 {

namespace bj = boost::json;

namespace {

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
      append_xml_text(out, value.get_string());
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
