#include "open311/xml.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>

namespace sen::open311 {
namespace {

const ItemNames kItems = {{"services", "service"}, {"formats", "format"}};

TEST(Xml, WritesMembersInOrderListsAsItemsAndNullAsAnEmptyElement) {
  auto value = boost::json::parse(
      R"({"services":[{"service_code":"dat_dai","metadata":true,"order":1,"group":null}],"formats":["text/xml"]})");
  EXPECT_EQ(to_xml("discovery", value, kItems),
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
            "<discovery>\n"
            "  <services>\n"
            "    <service>\n"
            "      <service_code>dat_dai</service_code>\n"
            "      <metadata>true</metadata>\n"
            "      <order>1</order>\n"
            "      <group/>\n"
            "    </service>\n"
            "  </services>\n"
            "  <formats>\n"
            "    <format>text/xml</format>\n"
            "  </formats>\n"
            "</discovery>\n");
}

TEST(Xml, EscapesMarkupAndReplacesWhatXmlCannotCarry) {
  auto xml = to_xml("description", boost::json::value("a < b & c > d\r\n\x01 Đường"), kItems);
  EXPECT_EQ(xml,
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
            "<description>a &lt; b &amp; c &gt; d&#13;\n\xEF\xBF\xBD Đường</description>\n");
}

TEST(Xml, WritesATopLevelListAsItsItems) {
  auto xml = to_xml("services", boost::json::array{}, kItems);
  EXPECT_EQ(xml, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<services>\n</services>\n");
  EXPECT_THROW(to_xml("unknown", boost::json::array{1}, kItems), std::logic_error);
}

}  // namespace
}  // namespace sen::open311
