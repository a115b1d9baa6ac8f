// Writes JSON values as the XML of Open311 GeoReport v2, whose JSON is the "Spark convention"
// mapping of its XML: the same data in either format, by construction.
#pragma once
#include <boost/json/value.hpp>
#include <functional>
#include <map>
#include <string>
#include <string_view>

namespace sen::open311 {

// The element name of the items of a list element: <services> holds <service>s.
using ItemNames = std::map<std::string, std::string, std::less<>>;

// An XML document (with its UTF-8 declaration) whose root element `root` holds `value`: an
// object's members become child elements in their order; an array's items become elements named
// item_names[name of the array]; null becomes an empty element; strings are escaped (characters XML
// cannot carry become U+FFFD); numbers and booleans are written as JSON writes them. Throws
// std::logic_error for an array whose name has no item name: the shapes are fixed in code.
std::string to_xml(std::string_view root, const boost::json::value& value, const ItemNames& item_names);

}  // namespace sen::open311
