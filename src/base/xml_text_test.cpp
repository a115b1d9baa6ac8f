#include "base/xml_text.hpp"

#include <gtest/gtest.h>

namespace sen {
namespace {

TEST(XmlText, EscapesMarkupAndKeepsVietnamese) {
  EXPECT_EQ(xml_text("Đường <Xuân Diệu> & \"Hà Huy Tập\""), "Đường &lt;Xuân Diệu&gt; &amp; &quot;Hà Huy Tập&quot;");
}

TEST(XmlText, KeepsTabsAndLinesAndReplacesWhatXmlCannotHold) {
  EXPECT_EQ(xml_text("a\tb\nc\rd"), "a\tb\nc&#13;d");
  EXPECT_EQ(xml_text(std::string("x\x01y\x1fz", 5)), "x\xEF\xBF\xBDy\xEF\xBF\xBDz");
}

}  // namespace
}  // namespace sen
