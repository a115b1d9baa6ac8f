#include "base/csv.hpp"

#include <gtest/gtest.h>

#include "base/error.hpp"

namespace sen::csv {
namespace {

TEST(Csv, ParsesQuotesBomCrlfAndComments) {
  auto records =
      parse("\xEF\xBB\xBF# comment\r\ncode,name\r\n436,\"Thành phố \"\"Hà Tĩnh\"\"\"\r\n\r\n42,\"a,\nb\"\n7,");
  ASSERT_EQ(records.size(), 4u);
  EXPECT_EQ(records[0].line, 2);
  EXPECT_EQ(records[0].fields, (std::vector<std::string>{"code", "name"}));
  EXPECT_EQ(records[1].fields[1], "Thành phố \"Hà Tĩnh\"");
  EXPECT_EQ(records[2].line, 5);
  EXPECT_EQ(records[2].fields[1], "a,\nb");
  EXPECT_EQ(records[3].line, 7);
  EXPECT_EQ(records[3].fields, (std::vector<std::string>{"7", ""}));
}

TEST(Csv, UnterminatedQuoteNamesItsLine) {
  try {
    parse("a,b\nc,\"d\n");
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(e.message_en().find("line 2"), std::string::npos);
  }
}

TEST(Csv, QuoteRoundTrips) {
  for (std::string s : {"plain", "a,b", "say \"x\"", "two\nlines"}) {
    auto back = parse("f," + quote(s) + "\n");
    ASSERT_EQ(back.size(), 1u);
    EXPECT_EQ(back[0].fields[1], s);
  }
}

}  // namespace
}  // namespace sen::csv
